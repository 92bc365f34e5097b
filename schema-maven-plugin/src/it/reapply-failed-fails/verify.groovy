def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[migration.reapply.failed\] .*V2__create_invoices.sql.*invoice_numbers.*already exists/
assert log =~ /V3 +create refunds +.*schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.find { it.ruleId == 'migration.reapply.failed' }.location.version == '2'
return true
