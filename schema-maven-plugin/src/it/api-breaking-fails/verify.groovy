// an operation and a response removed, a parameter made required, a request property made required (in a
// $ref'd file), a response enum value added (WARNING): each with its rule id, file and line
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Checked 1 OpenAPI specs in src/main/openapi; 1 compared with dir:release.')
assert log =~ /\[ERROR\] \[openapi.operation.removed\] src\/main\/openapi\/incubator.yaml:\d+: DELETE \/ideas\/\{id\} was removed; clients calling it break/
assert log =~ /\[ERROR\] \[openapi.response.removed\] src\/main\/openapi\/incubator.yaml:\d+: GET \/ideas\/\{id\}: response 404 was removed/
assert log =~ /\[ERROR\] \[openapi.parameter.required-added\] src\/main\/openapi\/incubator.yaml:\d+: GET \/ideas: parameter limit \(in: query\) is required now/
assert log.contains("[ERROR] [openapi.request.incompatible] src/main/openapi/schemas/idea.yaml:17: POST /ideas request body application/json at schemas/idea.yaml#/NewIdea/required (checked BACKWARD: old clients' values must still be accepted): [jsonschema.required.added] Property 'summary' is required now.")
assert log =~ /\[WARNING\] \[openapi.response.enum-value-added\] src\/main\/openapi\/schemas\/idea.yaml:\d+: GET \/ideas response 200 application\/json/
assert log.contains('schema.failOn=ERROR')
assert !log.contains('at dev.schemagate.')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def errors = report.findings.findAll { it.severity == 'ERROR' }*.ruleId.sort()
assert errors == ['openapi.operation.removed', 'openapi.parameter.required-added', 'openapi.request.incompatible', 'openapi.response.removed']
def request = report.findings.find { it.ruleId == 'openapi.request.incompatible' }
assert request.location.file == 'src/main/openapi/schemas/idea.yaml'
assert request.location.pointer == '/NewIdea/required'
assert request.details.jsonschemaRule == 'jsonschema.required.added'
assert request.details.witnessChecked == true
assert report.findings.findAll { it.ruleId == 'openapi.response.enum-value-added' }*.severity.unique() == ['WARNING']
def junit = new File(basedir, 'target/schemagate/junit.xml').text
assert junit.contains('name="api incubator.yaml"')
assert new File(basedir, 'target/schemagate/codequality.json').text.contains('openapi.operation.removed')
return true
