package dev.schemagate.core.lint;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.flywaydb.core.internal.sqlscript.SqlScriptMetadata;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.postgresql.PostgreSQLParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits a script into statements with Flyway's own PostgreSQL parser, as Flyway will run it. */
final class ScriptStatements {
    /**
     * @param inTransaction what the script's .conf file says (executeInTransaction), null when it says nothing
     */
    record Split(List<ScriptStatement> statements, Boolean inTransaction) {
        /** Flyway runs the script in one transaction unless a statement cannot run in one. */
        boolean transactional() {
            return inTransaction != null ? inTransaction : statements.stream().allMatch(ScriptStatement::transactional);
        }
    }

    private ScriptStatements() {
    }

    static Split split(LintScript script) {
        FluentConfiguration config = Flyway.configure(ScriptStatements.class.getClassLoader())
                .placeholders(script.placeholders());
        ParsingContext context = new ParsingContext();
        context.getPlaceholders().put("flyway:defaultSchema", script.defaultSchema());
        context.getPlaceholders().put("flyway:filename", script.file().getFileName().toString());
        PostgreSQLParser parser = new PostgreSQLParser(config, context);
        String text = ScriptText.read(script.file(), script.encoding(), script.display());
        List<ScriptStatement> statements = new ArrayList<>();
        try (SqlStatementIterator it = parser.parse(new StringResource(text), null)) {
            while (it.hasNext()) {
                SqlStatement s = it.next();
                statements.add(new ScriptStatement(s.getLineNumber(), s.getSql(), s.canExecuteInTransaction()));
            }
        }
        return new Split(List.copyOf(statements), inTransaction(script.file(), parser, config));
    }

    private static Boolean inTransaction(Path script, PostgreSQLParser parser, FluentConfiguration config) {
        Path conf = script.resolveSibling(script.getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return null;
        }
        FileSystemResource resource = new FileSystemResource(null, conf.toString(), StandardCharsets.UTF_8, false);
        return SqlScriptMetadata.fromResource(resource, parser, config).executeInTransaction();
    }
}
