package dev.schemagate.cli;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ToolVersion;
import dev.schemagate.core.db.PostgresMajor;
import dev.schemagate.core.options.Goal;
import dev.schemagate.core.options.Option;
import dev.schemagate.core.options.Option.Area;
import dev.schemagate.core.options.OptionCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Map;

/**
 * The {@code schemagate} command and its subcommands, built from core's option catalogue: each subcommand
 * takes {@code --<property without schema.>} for the options of its areas, plus --project-dir, --out and --debug.
 */
final class Commands {
    static final String PROJECT_DIR = "--project-dir";
    static final String OUT = "--out";
    static final String DEBUG = "--debug";

    /**
     * A subcommand: the goal it runs, its one-line description, the areas whose options it takes, and the
     * property --out sets (where the subcommand writes: the reports, the client, the docs site), said in
     * its help as "Where {@code outWhat}", with its default.
     */
    record Sub(Goal goal, String description, List<Area> areas, String outProperty, String outWhat,
               String outDefault) {
        Sub(Goal goal, String description, List<Area> areas) {
            this(goal, description, areas, SchemaProperties.OUTPUT_DIRECTORY, "the report files go", "target/schemagate");
        }
    }

    static Sub sub(String name) {
        return SUBCOMMANDS.stream().filter(s -> s.goal().id().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name));
    }

    static final List<Sub> SUBCOMMANDS = List.of(
            new Sub(Goal.VERIFY, "Starts a throwaway PostgreSQL and runs every check: the migration round trip with"
                    + " the lint of new migrations, the JSON Schema and OpenAPI checks, the client drift check.",
                    List.of(Area.GLOBAL, Area.DB, Area.MIGRATIONS, Area.LINT, Area.COMPAT, Area.API, Area.CLIENT,
                            Area.GITLAB)),
            new Sub(Goal.MIGRATIONS, "The migration checks alone (round trip, chain, lint of new migrations).",
                    List.of(Area.GLOBAL, Area.DB, Area.MIGRATIONS, Area.LINT, Area.GITLAB)),
            new Sub(Goal.LINT, "The migration safety lint alone: every migration applied, each new one observed.",
                    List.of(Area.GLOBAL, Area.DB, Area.MIGRATIONS, Area.LINT, Area.GITLAB)),
            new Sub(Goal.COMPAT, "The JSON Schema checks alone, without a database.",
                    List.of(Area.GLOBAL, Area.COMPAT)),
            new Sub(Goal.API_COMPAT, "The OpenAPI checks alone, without a database.",
                    List.of(Area.GLOBAL, Area.API, Area.COMPAT)),
            new Sub(Goal.CLIENT, "Generates the client of the OpenAPI spec with openapi-generator (default java,"
                    + " library native), reproducibly; nothing is written when spec and options are unchanged.",
                    List.of(Area.GLOBAL, Area.CLIENT), SchemaProperties.CLIENT_OUTPUT,
                    "the client goes", "target/generated-sources/openapi"),
            new Sub(Goal.DOCS, "Static HTML API docs of every OpenAPI spec, viewable offline: <out>/<version>/ with"
                    + " one page per spec, and an index of the versions present.",
                    List.of(Area.GLOBAL, Area.DOCS), SchemaProperties.DOCS_OUTPUT_DIRECTORY,
                    "the docs site goes", "target/schemagate/api-docs"),
            new Sub(Goal.GITLAB_NOTE, "Creates or updates the one schemagate note on the merge request of a GitLab"
                    + " merge-request pipeline, with the summary.md verify wrote; outside one it says why and does"
                    + " nothing. GitLab errors are warnings: the exit code never changes because of the note.",
                    List.of(Area.GLOBAL, Area.GITLAB)),
            new Sub(Goal.GITLAB_RELEASE, "Creates or updates the GitLab Release of a tag (CI_COMMIT_TAG or"
                    + " --gitlab.release.tag) with links to its API docs and to each OpenAPI spec; with the token of"
                    + " --gitlab.tokenEnv, else the job token. A release that cannot be written exits 3.",
                    List.of(Area.GLOBAL, Area.GITLAB, Area.RELEASE)));

    private Commands() {
    }

    static String[] versionLines() {
        return new String[] {
            "schemagate " + ToolVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            "PostgreSQL " + PostgresMajor.binariesVersion(PostgresMajor.BUNDLED) + " (bundled, for --db.provider=embedded)"};
    }

    static CommandLine commandLine() {
        CommandSpec top = CommandSpec.create().name("schemagate").version(versionLines()).mixinStandardHelpOptions(true);
        top.usageMessage().description("Makes database and API schema changes safe to merge: the goals of"
                + " schema-maven-plugin without Maven.", "Values: flag > SCHEMAGATE_* environment variable > "
                + OptionSources.FILE_NAME + " in the project dir > default. Exit codes: 0 clean, 1 findings at or above"
                + " --failOn, 2 usage or configuration error, 3 internal error. See docs/cli.md.");
        CommandLine cl = new CommandLine(top);
        for (Sub sub : SUBCOMMANDS) {
            cl.addSubcommand(sub.goal().id(), new CommandLine(subcommand(sub)));
        }
        return cl;
    }

    private static CommandSpec subcommand(Sub sub) {
        CommandSpec spec = CommandSpec.create().name(sub.goal().id()).mixinStandardHelpOptions(true);
        spec.version(versionLines());
        spec.usageMessage().description(sub.description()).sortOptions(false).abbreviateSynopsis(true);
        spec.addOption(OptionSpec.builder(PROJECT_DIR, "-C").paramLabel("<dir>").type(String.class)
                .description("The project folder (paths are relative to it; " + OptionSources.FILE_NAME
                        + " is read from it). Default: the current folder.").build());
        spec.addOption(OptionSpec.builder(OUT).paramLabel("<dir>").type(String.class)
                .description("Where " + sub.outWhat() + " (the same as --"
                        + sub.outProperty().substring(OptionCatalog.PREFIX.length()) + "). Default: " + sub.outDefault()
                        + ".")
                .build());
        spec.addOption(OptionSpec.builder(DEBUG).arity("0").type(boolean.class).description("Print debug lines.")
                .build());
        List<Option> options = new java.util.ArrayList<>(OptionCatalog.of(sub.areas()));
        if (!sub.areas().contains(Area.API) && (sub.areas().contains(Area.CLIENT) || sub.areas().contains(Area.DOCS)
                || sub.areas().contains(Area.RELEASE))) {
            // the OpenAPI folder is an api option the client, the docs and the release's links read too
            options.add(OptionCatalog.find(SchemaProperties.OPENAPI_SPEC_DIR).orElseThrow());
        }
        for (Option o : options) {
            spec.addOption(option(o));
        }
        return spec;
    }

    private static OptionSpec option(Option o) {
        String def = o.defaultValue() == null ? "none" : o.defaultValue()
                .replace("${project.build.directory}", "target").replace("${project.basedir}/", "");
        String[] description = {o.description(), "Default: " + def + (o.isMap() ? "." : ". Env: " + o.environmentName())};
        OptionSpec.Builder b = OptionSpec.builder("--" + o.shortName()).description(description);
        switch (o.kind()) {
            case MAP -> b.type(Map.class).auxiliaryTypes(String.class, String.class).paramLabel("<key=value>");
            case BOOLEAN -> b.type(String.class).arity("0..1").fallbackValue("true").paramLabel("<true|false>")
                    .converters(checked(o));
            case CHOICE -> b.type(String.class).paramLabel("<" + String.join("|", o.allowed()) + ">").converters(checked(o));
            case INTEGER -> b.type(String.class).paramLabel("<number>").converters(checked(o));
            case LIST -> b.type(String.class).paramLabel("<a,b,...>");
            case PATH -> b.type(String.class).paramLabel("<path>");
            default -> b.type(String.class).paramLabel("<value>");
        }
        return b.build();
    }

    private static CommandLine.ITypeConverter<String> checked(Option o) {
        return value -> {
            String problem = OptionSources.problem(o, value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return value;
        };
    }
}
