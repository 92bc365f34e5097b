def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[migration.undo.missing] V2')
assert log.contains('Write U2__create_orders.sql beside it')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.findAll { it.ruleId == 'migration.undo.missing' }*.location.version.sort() == ['2', '3']
return true
