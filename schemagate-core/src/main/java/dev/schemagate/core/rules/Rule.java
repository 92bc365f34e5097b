package dev.schemagate.core.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of every rule id. Ids are a public interface: never rename one.
 * docs/rules.md is generated from this enum ({@link RulesDoc}).
 */
public enum Rule {
    MIGRATION_APPLY_FAILED("migration.apply.failed", Severity.ERROR,
            "A versioned migration failed to apply on a fresh database."),
    MIGRATION_APPLY_NEEDS_SUPERUSER("migration.apply.needs-superuser", Severity.ERROR,
            "A statement failed for want of superuser (schema.db.privileges=managed): managed PostgreSQL (Amazon RDS, Azure, Google Cloud SQL) refuses it too, e.g. ALTER SYSTEM, COPY ... PROGRAM, an untrusted extension, ALTER ... OWNER TO a role the migrations' role is not a member of."),
    MIGRATION_APPLY_FAILS_WITH_ROWS("migration.apply.fails-with-rows", Severity.ERROR,
            "A versioned migration fails on a database holding rows but applies on empty tables: ERROR when the rows came from seed files, WARNING when they were generated."),
    MIGRATION_CHAIN_UNDO_FAILED("migration.chain.undo.failed", Severity.ERROR,
            "With every version applied, running the undo scripts newest first fails at this one (schema.migrations.chain)."),
    MIGRATION_CHAIN_RESIDUE("migration.chain.residue", Severity.ERROR,
            "After every undo script ran newest first, the schema differs from before the first version, or the versions fail to apply again."),
    MIGRATION_UNDO_MISSING("migration.undo.missing", Severity.ERROR,
            "A migration has no undo script (U<version>__*.sql or <version>_*.down.sql), or an empty one, and is not marked irreversible."),
    MIGRATION_UNDO_FAILED("migration.undo.failed", Severity.ERROR,
            "The undo script failed to run right after its migration was applied."),
    MIGRATION_ROLLBACK_RESIDUE("migration.rollback.residue", Severity.ERROR,
            "After the undo, the schema differs from before the migration: an object was left behind, is missing or changed."),
    MIGRATION_REAPPLY_FAILED("migration.reapply.failed", Severity.ERROR,
            "The migration failed to apply again after its undo (the undo did not fully reverse it)."),
    MIGRATION_REAPPLY_DRIFT("migration.reapply.drift", Severity.ERROR,
            "Applying the migration again after its undo gives a different schema than the first time."),
    MIGRATION_DATA_LOST("migration.data.lost", Severity.ERROR,
            "After the migration and its undo, rows of a table that existed before the migration are gone or changed."),
    MIGRATION_UNDO_ORPHAN("migration.undo.orphan", Severity.WARNING,
            "An undo script whose version has no migration."),
    MIGRATION_UNDO_DUPLICATE("migration.undo.duplicate", Severity.ERROR,
            "A migration has more than one undo script."),
    MIGRATION_UNDO_UNSUPPORTED("migration.undo.unsupported", Severity.INFO,
            "A migration that cannot be round-tripped (a Java migration) was applied but not rolled back."),
    MIGRATION_SEED_FAILED("migration.seed.failed", Severity.ERROR,
            "A seed file (src/test/resources/db/seed/V<version>__*.sql) failed to run after its migration."),
    MIGRATION_RELEASED_MODIFIED("migration.released.modified", Severity.ERROR,
            "A migration that the previous release shipped was edited (its checksum differs)."),
    MIGRATION_VERSION_CONFLICT("migration.version.conflict", Severity.ERROR,
            "A version number that the previous release used for another script."),
    MIGRATION_OUT_OF_ORDER("migration.out-of-order", Severity.WARNING,
            "A new migration's version is lower than the previous release's highest version."),
    MIGRATION_FILE_IGNORED("migration.file.ignored", Severity.WARNING,
            "A file in a migration folder looks like a migration but matches no name pattern, so Flyway would skip it."),
    MIGRATION_FILE_UNREADABLE("migration.file.unreadable", Severity.ERROR,
            "A migration script is not text in schema.migrations.encoding: the message names the line and byte offset."),
    MIGRATION_PLACEHOLDER_UNDEFINED("migration.placeholder.undefined", Severity.ERROR,
            "A script uses a Flyway placeholder (${name}) that no configuration defines; Flyway would refuse to run it."),
    JSONSCHEMA_PARSE_FAILED("jsonschema.parse.failed", Severity.ERROR,
            "A schema file is not valid JSON or YAML (the message gives line and column)."),
    JSONSCHEMA_SCHEMA_INVALID("jsonschema.schema.invalid", Severity.ERROR,
            "A schema fails its metaschema (chosen by $schema, default draft 2020-12)."),
    JSONSCHEMA_REF_UNRESOLVED("jsonschema.ref.unresolved", Severity.ERROR,
            "A local $ref points to a file or location that does not exist."),
    JSONSCHEMA_REF_ESCAPES("jsonschema.ref.escapes", Severity.ERROR,
            "A $ref points outside the schemas folder."),
    JSONSCHEMA_REF_REMOTE("jsonschema.ref.remote", Severity.ERROR,
            "A $ref points to a remote (http/https) schema; remote schemas are never fetched."),
    JSONSCHEMA_EXAMPLE_INVALID("jsonschema.example.invalid", Severity.ERROR,
            "An examples, default or const value is not valid against its own schema."),
    JSONSCHEMA_SAMPLE_REJECTED("jsonschema.sample.rejected", Severity.ERROR,
            "A recorded sample payload (src/test/resources/schema-samples/<schema>/*.json) is not valid under the new schema."),
    JSONSCHEMA_SCHEMA_ADDED("jsonschema.schema.added", Severity.INFO,
            "A schema file that the baseline does not have."),
    JSONSCHEMA_SCHEMA_REMOVED("jsonschema.schema.removed", Severity.ERROR,
            "A schema file of the baseline is gone (ERROR under BACKWARD and FULL, INFO otherwise)."),
    JSONSCHEMA_TYPE_NARROWED("jsonschema.type.narrowed", Severity.ERROR,
            "Narrows: a type is no longer allowed (or the schema became false)."),
    JSONSCHEMA_TYPE_WIDENED("jsonschema.type.widened", Severity.INFO,
            "Widens: a type is newly allowed (or the schema was false)."),
    JSONSCHEMA_TYPE_CHANGED("jsonschema.type.changed", Severity.ERROR,
            "Both: types were removed and others added."),
    JSONSCHEMA_REQUIRED_ADDED("jsonschema.required.added", Severity.ERROR,
            "Narrows: a property became required."),
    JSONSCHEMA_REQUIRED_REMOVED("jsonschema.required.removed", Severity.INFO,
            "Widens: a property is no longer required."),
    JSONSCHEMA_PROPERTY_REMOVED("jsonschema.property.removed", Severity.INFO,
            "Widens: a declared property was removed from an open model, so any value is now accepted."),
    JSONSCHEMA_PROPERTY_REMOVED_FROM_CLOSED_MODEL("jsonschema.property.removed-from-closed-model", Severity.ERROR,
            "Narrows: a declared property was removed from a closed model, so documents carrying it are rejected."),
    JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL("jsonschema.property.added-to-open-model", Severity.WARNING,
            "Narrows: a constrained property was added to an open model; WARNING under the lenient policy, ERROR under strict."),
    JSONSCHEMA_PROPERTY_ADDED_TO_CLOSED_MODEL("jsonschema.property.added-to-closed-model", Severity.INFO,
            "Widens: a property was added to a closed model (additionalProperties: false)."),
    JSONSCHEMA_ENUM_VALUE_REMOVED("jsonschema.enum.value-removed", Severity.ERROR,
            "Narrows: an allowed enum/const value was removed."),
    JSONSCHEMA_ENUM_VALUE_ADDED("jsonschema.enum.value-added", Severity.INFO,
            "Widens: an enum/const value was added."),
    JSONSCHEMA_ENUM_ADDED("jsonschema.enum.added", Severity.ERROR,
            "Narrows: an enum was introduced where any value was allowed."),
    JSONSCHEMA_ENUM_REMOVED("jsonschema.enum.removed", Severity.INFO,
            "Widens: an enum was dropped, any value is allowed again."),
    JSONSCHEMA_CONST_CHANGED("jsonschema.const.changed", Severity.ERROR,
            "Both: const now requires a different value."),
    JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED("jsonschema.string.constraint-tightened", Severity.ERROR,
            "Narrows: minLength raised, maxLength lowered, pattern or format added."),
    JSONSCHEMA_STRING_CONSTRAINT_LOOSENED("jsonschema.string.constraint-loosened", Severity.INFO,
            "Widens: minLength lowered, maxLength raised, pattern or format removed."),
    JSONSCHEMA_STRING_CONSTRAINT_CHANGED("jsonschema.string.constraint-changed", Severity.ERROR,
            "Both: format changed to another format."),
    JSONSCHEMA_NUMBER_CONSTRAINT_TIGHTENED("jsonschema.number.constraint-tightened", Severity.ERROR,
            "Narrows: a numeric bound (minimum, maximum, exclusive*) tightened or multipleOf made stricter."),
    JSONSCHEMA_NUMBER_CONSTRAINT_LOOSENED("jsonschema.number.constraint-loosened", Severity.INFO,
            "Widens: a numeric bound loosened or multipleOf relaxed."),
    JSONSCHEMA_NUMBER_CONSTRAINT_CHANGED("jsonschema.number.constraint-changed", Severity.ERROR,
            "Both: multipleOf changed to a value that neither divides nor is a multiple of the old one."),
    JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED("jsonschema.array.constraint-tightened", Severity.ERROR,
            "Narrows: minItems raised, maxItems lowered, uniqueItems or contains (or their bounds) added or tightened."),
    JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED("jsonschema.array.constraint-loosened", Severity.INFO,
            "Widens: the reverse of array.constraint-tightened."),
    JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED("jsonschema.object.constraint-tightened", Severity.ERROR,
            "Narrows: minProperties/maxProperties, additionalProperties/patternProperties closed, dependentRequired/dependentSchemas added."),
    JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED("jsonschema.object.constraint-loosened", Severity.INFO,
            "Widens: the reverse of object.constraint-tightened."),
    JSONSCHEMA_COMPOSITION_MEMBER_ADDED("jsonschema.composition.member-added", Severity.ERROR,
            "allOf member: narrows; anyOf member: widens; oneOf member: both."),
    JSONSCHEMA_COMPOSITION_MEMBER_REMOVED("jsonschema.composition.member-removed", Severity.ERROR,
            "allOf member: widens; anyOf member: narrows; oneOf member: both."),
    JSONSCHEMA_COMPOSITION_CHANGED("jsonschema.composition.changed", Severity.ERROR,
            "allOf/anyOf/oneOf/not introduced (narrows) or dropped (widens)."),
    JSONSCHEMA_UNDECIDABLE("jsonschema.undecidable", Severity.WARNING,
            "The engine cannot decide the change's direction (if/then/else, pattern changed, remote $ref, dependencies, unevaluated*); the witness search decides it when it finds a document that separates the schemas, else WARNING (unproven)."),
    JSONSCHEMA_FORMAT_CHANGED("jsonschema.format.changed", Severity.WARNING,
            "A format was added, removed or changed while format is an annotation (2020-12 default); with schema.compat.formatAssertion=true it is compared as an assertion and proven by a witness instead."),
    JSONSCHEMA_CONTENT_CHANGED("jsonschema.content.changed", Severity.WARNING,
            "contentEncoding, contentMediaType or contentSchema changed: annotations validators do not check, so producers and consumers may decode differently; never proven, so never ERROR."),
    // openapi api: schema:api-compat (docs/api-compat.md)
    OPENAPI_SPEC_INVALID("openapi.spec.invalid", Severity.ERROR,
            "An OpenAPI spec does not parse, has a $ref to a missing file or location, or breaks the OpenAPI structure (file, line and what to fix)."),
    OPENAPI_SPEC_CHECKED("openapi.spec.checked", Severity.INFO,
            "One line per API spec: what it was compared with and how many operations."),
    OPENAPI_SPEC_REMOVED("openapi.spec.removed", Severity.ERROR,
            "An API spec of the baseline is gone: every client of it breaks."),
    OPENAPI_PATH_REMOVED("openapi.path.removed", Severity.ERROR,
            "A path of the baseline is gone with all its operations."),
    OPENAPI_OPERATION_REMOVED("openapi.operation.removed", Severity.ERROR,
            "An operation (method on a path) of the baseline is gone."),
    OPENAPI_OPERATION_ADDED("openapi.operation.added", Severity.INFO,
            "An operation the baseline does not have."),
    OPENAPI_PARAMETER_REMOVED("openapi.parameter.removed", Severity.ERROR,
            "A parameter of an operation is gone: old clients still send it."),
    OPENAPI_PARAMETER_REQUIRED_ADDED("openapi.parameter.required-added", Severity.ERROR,
            "A new required parameter, or an optional one became required: old clients do not send it."),
    OPENAPI_PARAMETER_CHANGED("openapi.parameter.changed", Severity.ERROR,
            "A parameter moved (in: query/header/path/cookie) or its schema rejects values old clients send (checked BACKWARD)."),
    OPENAPI_PARAMETER_DEFAULT_CHANGED("openapi.parameter.default-changed", Severity.WARNING,
            "A parameter's default changed: old clients that omit the parameter get the new behaviour."),
    OPENAPI_REQUEST_INCOMPATIBLE("openapi.request.incompatible", Severity.ERROR,
            "A request body rejects requests old clients send (checked BACKWARD), or became required."),
    OPENAPI_RESPONSE_INCOMPATIBLE("openapi.response.incompatible", Severity.ERROR,
            "A response can carry values old clients do not understand (checked FORWARD)."),
    OPENAPI_RESPONSE_REMOVED("openapi.response.removed", Severity.ERROR,
            "A response status code of an operation is gone."),
    OPENAPI_MEDIA_TYPE_REMOVED("openapi.media-type.removed", Severity.ERROR,
            "A media type of a request body or response is gone."),
    OPENAPI_RESPONSE_ENUM_VALUE_ADDED("openapi.response.enum-value-added", Severity.WARNING,
            "A response enum gained a value: old clients with a closed enum may fail on it."),
    OPENAPI_SECURITY_CHANGED("openapi.security.changed", Severity.ERROR,
            "The security requirements of an operation changed (a scheme or scope is required that was not) or a security scheme changed."),

    // openapi client
    OPENAPI_CLIENT_STALE("openapi.client.stale", Severity.ERROR,
            "A client folder tracked by git differs from what its OpenAPI spec generates now (added, removed or changed files)."),

    // lint: migration safety (docs/lint.md); observed on the throwaway database, or read from the SQL text
    LINT_INDEX_NOT_CONCURRENT("lint.index.not-concurrent", Severity.WARNING,
            "Observed: an index was built on an existing table without CONCURRENTLY, blocking writes while it builds."),
    LINT_TABLE_REWRITE("lint.table.rewrite", Severity.WARNING,
            "Observed: an existing table or index was rewritten (its relfilenode changed) under an ACCESS EXCLUSIVE lock."),
    LINT_NOT_NULL_SCAN("lint.not-null.scan", Severity.WARNING,
            "Observed: SET NOT NULL scanned every row of an existing table under an ACCESS EXCLUSIVE lock."),
    LINT_CONSTRAINT_VALIDATING("lint.constraint.validating", Severity.WARNING,
            "Observed: a CHECK or FOREIGN KEY added without NOT VALID scanned every row of an existing table."),
    LINT_LOCK_ACCESS_EXCLUSIVE("lint.lock.access-exclusive", Severity.WARNING,
            "Observed: the migration took an ACCESS EXCLUSIVE lock on an existing table with no lock_timeout set."),
    LINT_DROP_COLUMN("lint.drop.column", Severity.WARNING,
            "A column that the previous release has (and its code may still read) is dropped."),
    LINT_DROP_TABLE("lint.drop.table", Severity.WARNING,
            "A table that the previous release has (and its code may still read) is dropped."),
    LINT_RENAME_COLUMN("lint.rename.column", Severity.WARNING,
            "A column of the previous release is renamed: its running code still uses the old name."),
    LINT_RENAME_TABLE("lint.rename.table", Severity.WARNING,
            "A table of the previous release is renamed: its running code still uses the old name."),
    LINT_TRUNCATE("lint.truncate", Severity.WARNING,
            "TRUNCATE deletes every row under an ACCESS EXCLUSIVE lock."),
    LINT_DROP_CASCADE("lint.drop.cascade", Severity.WARNING,
            "DROP ... CASCADE also drops every object that depends on the dropped one, unlisted."),
    LINT_TIMEOUT_MISSING("lint.timeout.missing", Severity.WARNING,
            "A statement that locks an existing table runs with no lock_timeout or statement_timeout set before it."),
    LINT_TYPE_VARCHAR("lint.type.varchar", Severity.WARNING,
            "varchar(n): changing n later rewrites or locks the table; text with a CHECK on length is preferred."),
    LINT_TYPE_TIMESTAMP("lint.type.timestamp", Severity.WARNING,
            "timestamp without time zone: use timestamptz."),
    LINT_PK_INT("lint.pk.int", Severity.WARNING,
            "A primary key of type int/smallint (or serial): it runs out at 2^31; use bigint."),
    LINT_SERIAL("lint.serial", Severity.WARNING,
            "serial/bigserial: use GENERATED ... AS IDENTITY."),
    LINT_CONCURRENT_IN_TRANSACTION("lint.concurrent.in-transaction", Severity.WARNING,
            "CREATE/DROP INDEX CONCURRENTLY in a migration that runs in a transaction (or beside other statements)."),
    LINT_UNPARSED("lint.unparsed", Severity.INFO,
            "The SQL parser does not understand a statement: the static rules skipped it; the message says whether it was observed."),
    LINT_TABLE_SWAP("lint.table.swap", Severity.INFO,
            "A table is dropped (or renamed away) and another renamed to its name in the same transaction: a swap, not a drop."),
    LINT_UNOBSERVED("lint.unobserved", Severity.WARNING,
            "Statements of a migration could not be observed (locks, rewrites, scans unknown): only the static rules ran."),
    LINT_ALLOW_UNKNOWN("lint.allow.unknown", Severity.WARNING,
            "A '-- schemagate:allow' comment names a rule id that does not exist, so it silences nothing.");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    /** The area is the first segment of the id: migration, jsonschema, openapi, lint. */
    public String area() {
        return id.substring(0, id.indexOf('.'));
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
