def log = new File(basedir, 'build.log').text
// schema.failOn=INFO: any lint finding at all would fail this build
assert log.contains('BUILD SUCCESS')
assert !log.contains('[lint.')
assert (log =~ /lint: clean/).count == 4
assert log.contains('lint: clean · static rules only (Flyway runs it outside a transaction)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.isEmpty()
assert report.migrations.every { it.roundTrip.status == 'RESTORED' }
return true
