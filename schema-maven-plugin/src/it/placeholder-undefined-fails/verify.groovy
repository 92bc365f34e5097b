def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert !log.contains('NullPointerException') && !log.contains('No value provided for placeholder')
assert log.contains('[migration.placeholder.undefined] src/main/resources/db/migration/V2__audit.sql:3: the placeholder ${audit_days} has no value')
assert log.contains('spring.flyway.placeholders.audit_days (application.properties)')
assert log =~ /V1 +accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.placeholder.undefined' }
assert f.location.file == 'src/main/resources/db/migration/V2__audit.sql' && f.location.line == 3
assert f.details.placeholder == 'audit_days'
assert report.migrations*.outcome == ['APPLIED', 'NOT_RUN']
return true
