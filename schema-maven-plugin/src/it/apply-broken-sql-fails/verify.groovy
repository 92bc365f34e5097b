def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[migration.apply.failed] src/main/resources/db/migration/V2__create_orders.sql:5:30: ERROR: syntax error at or near "NUL"')
assert log =~ /V1 +create accounts +up \d+ ms · down/
assert log =~ /V2 +create orders +FAILED after/
assert !log.contains('at org.flywaydb') : 'no stack trace for a finding'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.size() == 1
def f = report.findings[0]
assert f.ruleId == 'migration.apply.failed'
assert f.severity == 'ERROR'
assert f.location.file == 'src/main/resources/db/migration/V2__create_orders.sql'
assert f.location.line == 5
assert f.location.version == '2'
assert f.details.sqlState == '42601'
assert report.migrations*.outcome == ['APPLIED', 'FAILED']
def out = new File(basedir, 'target/schemagate')
def cq = new groovy.json.JsonSlurper().parse(new File(out, 'codequality.json'))
assert cq.size() == 1 && cq[0].check_name == 'migration.apply.failed' && cq[0].severity == 'critical'
assert cq[0].location.path.endsWith('src/main/resources/db/migration/V2__create_orders.sql') && cq[0].location.lines.begin == 5
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'junit.xml'))
assert junit.'**'.find { it.name() == 'testcase' && it.@name == 'migration V2 round trip' }.failure.size() == 1
return true
