def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[migration.released.modified] src/main/resources/db/migration/V1__create_accounts.sql was edited after dir:release-1.0 shipped it')
assert log.contains('[migration.version.conflict] Version 2 is V2__create_orders.sql in dir:release-1.0 but src/main/resources/db/migration/V2__create_carts.sql here')
assert log =~ /\[WARNING\] \[migration.out-of-order\] V4 is new but lower than V5/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings*.ruleId.sort() == ['migration.out-of-order', 'migration.released.modified', 'migration.version.conflict']
assert report.findings.find { it.ruleId == 'migration.released.modified' }.location.version == '1'
return true
