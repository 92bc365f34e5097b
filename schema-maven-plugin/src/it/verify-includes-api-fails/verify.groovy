// schema:verify runs the migration round trip and the OpenAPI checks into one report
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Checked 1 OpenAPI specs in src/main/openapi; 1 compared with dir:release.')
assert log =~ /\[ERROR\] \[openapi.path.removed\] src\/main\/openapi\/accounts.yaml:\d+: path \/accounts\/\{id\} was removed with DELETE/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.database.provider == 'embedded'
assert report.migrations*.outcome == ['APPLIED']
assert report.findings.findAll { it.severity == 'ERROR' }*.ruleId == ['openapi.path.removed']
assert new File(basedir, 'target/schemagate/junit.xml').text.contains('name="api accounts.yaml"')
return true
