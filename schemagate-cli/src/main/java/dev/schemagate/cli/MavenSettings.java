package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@code ~/.m2/settings.xml} that artifact resolution needs: local repository, offline, mirrors,
 * servers (credentials by repository id), proxies and the repositories of active profiles. {@code ${env.X}},
 * {@code ${user.home}} and other system properties are interpolated as Maven does.
 */
record MavenSettings(String localRepository, boolean offline, List<Mirror> mirrors, List<Server> servers,
                     List<Proxy> proxies, List<Repository> repositories) {
    static final MavenSettings NONE = new MavenSettings(null, false, List.of(), List.of(), List.of(), List.of());

    record Mirror(String id, String url, String mirrorOf, String layouts, boolean blocked) {
    }

    /** Credentials under a repository or mirror id; the password is never printed. */
    record Server(String id, String username, String password) {
        @Override
        public String toString() {
            return "Server[" + id + "]";
        }
    }

    record Proxy(String protocol, String host, int port, String username, String password, String nonProxyHosts) {
        @Override
        public String toString() {
            return "Proxy[" + protocol + "://" + host + ":" + port + "]";
        }
    }

    record Repository(String id, String url, boolean releases, boolean snapshots) {
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    /** The settings at {@code file}; {@link #NONE} when it does not exist. */
    static MavenSettings read(Path file, Map<String, String> env, Properties system) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            root = doc.getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new ConfigurationException(file + ": not a readable settings.xml (" + e.getMessage() + "). Fix it, or"
                    + " move it aside to resolve from Maven Central alone.", e);
        }
        Interpolator values = new Interpolator(env, system);
        List<Mirror> mirrors = new ArrayList<>();
        for (Element m : children(child(root, "mirrors"), "mirror")) {
            mirrors.add(new Mirror(values.text(m, "id"), values.text(m, "url"), values.text(m, "mirrorOf"),
                    values.text(m, "mirrorOfLayouts"), "true".equals(values.text(m, "blocked"))));
        }
        List<Server> servers = new ArrayList<>();
        for (Element s : children(child(root, "servers"), "server")) {
            servers.add(new Server(values.text(s, "id"), values.text(s, "username"), values.text(s, "password")));
        }
        List<Proxy> proxies = new ArrayList<>();
        for (Element p : children(child(root, "proxies"), "proxy")) {
            if (!"false".equals(values.text(p, "active"))) {
                String port = values.text(p, "port");
                String protocol = values.text(p, "protocol");
                proxies.add(new Proxy(protocol == null ? "http" : protocol, values.text(p, "host"), port(file, port),
                        values.text(p, "username"), values.text(p, "password"), values.text(p, "nonProxyHosts")));
            }
        }
        List<String> active = new ArrayList<>();
        for (Element a : children(child(root, "activeProfiles"), "activeProfile")) {
            active.add(values.of(a.getTextContent().trim()));
        }
        List<Repository> repositories = new ArrayList<>();
        for (Element profile : children(child(root, "profiles"), "profile")) {
            Element activation = child(profile, "activation");
            boolean byDefault = activation != null && "true".equals(values.text(activation, "activeByDefault"));
            if (!byDefault && !active.contains(values.text(profile, "id"))) {
                continue;
            }
            for (Element r : children(child(profile, "repositories"), "repository")) {
                repositories.add(new Repository(values.text(r, "id"), values.text(r, "url"),
                        !"false".equals(values.text(child(r, "releases"), "enabled")),
                        "true".equals(values.text(child(r, "snapshots"), "enabled"))));
            }
        }
        return new MavenSettings(values.text(root, "localRepository"), "true".equals(values.text(root, "offline")),
                mirrors, servers, proxies, repositories);
    }

    private static int port(Path file, String port) {
        try {
            return port == null ? 8080 : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(file + ": proxy <port>" + port + "</port> is not a number.", e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private record Interpolator(Map<String, String> env, Properties system) {
        String text(Element parent, String name) {
            Element e = child(parent, name);
            return e == null ? null : of(e.getTextContent().trim());
        }

        String of(String value) {
            Matcher m = EXPRESSION.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String key = m.group(1);
                String replacement = key.startsWith("env.") ? env.get(key.substring(4)) : system.getProperty(key);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
            }
            return m.appendTail(out).toString();
        }
    }
}
