def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[migration.undo.duplicate\] V2 has 2 undo scripts/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings*.ruleId == ['migration.undo.duplicate']
assert report.findings[0].location.version == '2'
return true
