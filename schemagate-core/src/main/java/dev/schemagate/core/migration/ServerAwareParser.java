package dev.schemagate.core.migration;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.parser.Token;
import org.flywaydb.database.postgresql.PostgreSQLParser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Flyway's PostgreSQL parser, told the server's major version. Flyway reads it from its own database object,
 * which the script runner does not build; without it the parser takes the server for one older than 12 and
 * counts {@code ALTER TYPE … ADD VALUE} as a statement that cannot run in a transaction, so a script mixing it
 * with others would be refused although {@code flyway migrate} runs it.
 */
final class ServerAwareParser extends PostgreSQLParser {
    /** Flyway's own pattern for the statement, on its simplified text. */
    private static final Pattern ADD_VALUE = Pattern.compile("^ALTER TYPE( .*)? ADD VALUE( .*)?");
    private final int serverMajor;

    ServerAwareParser(Configuration config, ParsingContext context, int serverMajor) {
        super(config, context);
        this.serverMajor = serverMajor;
    }

    @Override
    protected Boolean detectCanExecuteInTransaction(String simplifiedStatement, List<Token> keywords) {
        if (serverMajor >= 12 && ADD_VALUE.matcher(simplifiedStatement).matches()) {
            return null; // what Flyway answers on 12 and later: the statement says nothing against a transaction
        }
        return super.detectCanExecuteInTransaction(simplifiedStatement, keywords);
    }
}
