def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[migration.chain.undo.failed\] .*U1__create_orders.sql:1: ERROR: cannot drop table orders because other objects depend on it.*DETAIL: view order_totals depends on table orders/
assert log =~ /Chain check V1..V3 \(3 versions\): U1 FAILED/
assert log.readLines().count { it.contains('[migration.chain.undo.failed]') } == 1
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.chain.undo.failed' }
assert f.location.version == '1' && f.location.line == 1 && f.details.detail.contains('order_totals')
return true
