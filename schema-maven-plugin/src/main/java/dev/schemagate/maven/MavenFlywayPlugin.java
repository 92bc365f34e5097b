package dev.schemagate.maven;

import dev.schemagate.core.flywayconf.FlywaySource;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * flyway-maven-plugin's {@code <configuration>} in the effective POM (plugin level, then its
 * executions) and the {@code flyway.*} build properties it also reads, as a plain map for core.
 */
final class MavenFlywayPlugin {
    static final String KEY = "org.flywaydb:flyway-maven-plugin";

    private MavenFlywayPlugin() {
    }

    /** Null when the POM configures no Flyway setting. */
    static FlywaySource read(MavenProject project) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        Plugin plugin = project.getBuildPlugins().stream().filter(p -> KEY.equals(p.getKey())).findFirst().orElse(null);
        if (plugin != null) {
            int before = settings.size();
            flatten(plugin.getConfiguration(), settings);
            for (PluginExecution execution : plugin.getExecutions()) {
                flatten(execution.getConfiguration(), settings);
            }
            if (settings.size() > before) {
                parts.add("pom.xml (flyway-maven-plugin <configuration>)");
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        project.getProperties().stringPropertyNames().stream().sorted().filter(k -> k.startsWith("flyway."))
                .forEach(k -> properties.put(k.substring("flyway.".length()), project.getProperties().getProperty(k)));
        if (!FlywaySource.of("", properties).isEmpty()) {
            parts.add("pom.xml (flyway.* properties)");
            settings.putAll(properties);
        }
        FlywaySource source = FlywaySource.of(String.join(", ", parts), settings);
        return source.isEmpty() ? null : source;
    }

    private static void flatten(Object configuration, Map<String, String> out) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return;
        }
        for (Xpp3Dom child : dom.getChildren()) {
            String name = child.getName();
            if (child.getChildCount() == 0) {
                out.put(name, child.getValue() == null ? "" : child.getValue().trim());
            } else if (name.equals("placeholders")) {
                for (Xpp3Dom placeholder : child.getChildren()) {
                    out.put("placeholders." + placeholder.getName(), placeholder.getValue() == null ? "" : placeholder.getValue());
                }
            } else {
                // <locations><location>a</location><location>b</location></locations>
                List<String> items = new ArrayList<>();
                for (Xpp3Dom item : child.getChildren()) {
                    if (item.getValue() != null && !item.getValue().isBlank()) {
                        items.add(item.getValue().trim());
                    }
                }
                out.put(name, String.join(",", items));
            }
        }
    }
}
