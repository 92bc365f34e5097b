// compatible changes only: a widened and a new optional parameter, new operations, a renamed path parameter,
// a loosened request constraint, an optional response property, anonymous access added, a new spec (3.1)
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Checked 2 OpenAPI specs in src/main/openapi; 1 compared with dir:release.')
assert log.contains('[INFO] [openapi.spec.checked] src/main/openapi/incubator.yaml: OpenAPI 3.0.3, 4 operations compared with dir:release.')
assert log.contains('[INFO] [openapi.spec.checked] src/main/openapi/admin.json: OpenAPI 3.1.0, new since dir:release.')
assert log =~ /\[INFO\] \[openapi.operation.added\] src\/main\/openapi\/incubator.yaml:\d+: POST \/ideas\/\{ideaId\}\/votes is new/
assert log.contains('[INFO] schemagate: 2 OpenAPI specs checked: 0 errors, 0 warnings. Report: target/schemagate/report.html')
assert !log.contains('findings at INFO')
assert !log.contains('[ERROR]') && !log.contains('[WARNING] [openapi')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.every { it.severity == 'INFO' }
assert report.findings.find { it.ruleId == 'openapi.parameter.changed' }.details.jsonschemaRule == 'jsonschema.number.constraint-loosened'
def junit = new File(basedir, 'target/schemagate/junit.xml').text
assert junit.contains('name="api incubator.yaml"') && junit.contains('name="api admin.json"')
assert !junit.contains('<failure')
return true
