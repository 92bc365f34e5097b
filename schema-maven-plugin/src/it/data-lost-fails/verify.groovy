def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[migration.data.lost] V2 and its undo lost data in public.accounts')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.data.lost' }
assert f.location.version == '2' && f.location.pointer == '/table/public.accounts'
return true
