package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.options.Goal;
import dev.schemagate.core.options.Option;
import dev.schemagate.core.options.OptionCatalog;
import dev.schemagate.core.options.SchemaGateOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** {@code java -jar schemagate-cli.jar <subcommand> [--flags]}: parses, runs one goal, exits 0/1/2/3. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Path.of("")));
    }

    /** The whole run, with the streams, environment and working folder as parameters (tests call it). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path cwd) {
        CommandLine cl = Commands.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("schemagate: " + e.getMessage());
            PrintWriter w = new PrintWriter(err, true);
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, w)) {
                err.println("Run 'schemagate " + (e.getCommandLine() == cl ? "" : e.getCommandLine().getCommandName()
                        + " ") + "--help' for the flags.");
            }
            w.flush();
            return Exit.USAGE;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return Exit.CLEAN;
        }
        if (!parsed.hasSubcommand()) {
            err.println("schemagate: name a subcommand, e.g. schemagate verify.");
            cl.usage(err);
            return Exit.USAGE;
        }
        ParseResult sub = parsed.subcommand();
        Goal goal = goal(sub.commandSpec().name());
        CliLog log = new CliLog(out, sub.hasMatchedOption(Commands.DEBUG));
        try {
            Path projectDir = cwd.resolve(sub.matchedOptionValue(Commands.PROJECT_DIR, ".")).toAbsolutePath().normalize();
            Map<String, String> flags = flags(sub);
            SchemaGateOptions options = SchemaGateOptions.of(OptionSources.merge(projectDir, env, flags), env,
                    projectDir, projectDir.resolve("target"), env.get("CI_COMMIT_TAG"),
                    StandaloneFrontEnd.of(projectDir, env, log), log);
            return Goals.run(goal, options, projectDir.getFileName() == null ? "API docs"
                    : projectDir.getFileName().toString(), log);
        } catch (ConfigurationException e) {
            log.error(e.getMessage());
            return Exit.USAGE;
        } catch (SchemaGateException e) {
            log.error(e.getMessage());
            return Exit.INTERNAL;
        } catch (RuntimeException e) {
            log.error("schemagate could not run: " + e);
            e.printStackTrace(err);
            return Exit.INTERNAL;
        }
    }

    private static Goal goal(String name) {
        for (Goal g : Goal.values()) {
            if (g.id().equals(name)) {
                return g;
            }
        }
        throw new IllegalStateException(name);
    }

    /** The flags given, under their schema.* names (--out is the subcommand's output property). */
    static Map<String, String> flags(ParseResult sub) {
        Map<String, String> flags = new TreeMap<>();
        for (OptionSpec spec : sub.matchedOptions()) {
            String name = spec.longestName();
            if (name.equals(Commands.OUT)) {
                flags.put(Commands.sub(sub.commandSpec().name()).outProperty(), spec.getValue());
                continue;
            }
            Option option = OptionCatalog.find(OptionCatalog.PREFIX + name.substring(2)).orElse(null);
            if (option == null || option.name().length() != OptionCatalog.PREFIX.length() + name.length() - 2) {
                continue;
            }
            Object value = spec.getValue();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> flags.put(option.name() + "." + k, String.valueOf(v)));
            } else if (value != null) {
                flags.put(option.name(), value.toString());
            }
        }
        return flags;
    }
}
