def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[migration.reapply.drift] V3 applied again differs from the first time')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.reapply.drift' }
assert f.location.version == '3' && f.location.pointer == '/table/public.accounts/index/accounts_email_idx'
return true
