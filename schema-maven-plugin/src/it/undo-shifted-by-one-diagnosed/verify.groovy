def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('U1 fails on table public.posts, which V2 creates: the undo scripts look shifted by one version')
assert log.contains('U2 drops table public.users, which V1 creates: the undo scripts look shifted by one version')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'migration.undo.failed' }
assert f.details.createdBy == '2' && f.location.version == '1'
return true
