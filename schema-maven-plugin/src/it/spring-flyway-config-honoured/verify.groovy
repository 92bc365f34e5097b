def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Flyway settings: locations, placeholders.report_role, sqlMigrationSuffixes, table from src/main/resources/application.properties (spring.flyway.*)')
// the H2 and MySQL scripts have other suffixes: Flyway never sees them, neither does the check
assert !log.contains('Two migrations have version')
assert log.contains('Roles (schema.db.roles): created [reporting] NOLOGIN')
assert log.contains('Baseline migration B1_1_0__baseline___POSTGRESQL.sql: a fresh database starts from it')
assert log.contains('(V1.0.0 to V1.0.1) are not applied')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.version == ['1.1.0', '1.1.1', '1.1.2']
assert report.migrations*.roundTrip.status == ['NOT_ROUND_TRIPPED', 'RESTORED', 'RESTORED']
assert report.migrations[0].roundTrip.note == 'Flyway baseline migration: applied, never round-tripped'
assert report.findings.findAll { it.severity == 'ERROR' }.isEmpty()
return true
