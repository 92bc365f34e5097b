def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[migration.undo.failed\] .*U2__create_orders.sql:2:6: ERROR: syntax error at or near "TABEL"/
assert log =~ /V3 +create invoices +.*schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.undo.failed' }
assert f.location.version == '2' && f.location.line == 2
return true
