def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('validateMigrationNaming from flyway.conf') || log =~ /Flyway settings: .*validateMigrationNaming/
assert log =~ /\[ERROR\] \[migration.file.ignored\] .*V2_add_t2.sql is never applied: it looks like versioned migration V2 but the separator is '_'.*rename it to V2__add_t2.sql/
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.find { it.ruleId == 'migration.file.ignored' }.severity == 'ERROR'
assert report.migrations*.outcome == ['APPLIED']
return true
