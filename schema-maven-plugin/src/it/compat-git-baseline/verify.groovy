def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('git:v1.0')
assert log.contains("[ERROR] [jsonschema.required.added] src/main/resources/schemas/order.json at #/required: Property 'quantity' is required now.")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def required = report.findings.findAll { it.ruleId == 'jsonschema.required.added' }
assert required.size() == 1
assert required[0].severity == 'ERROR'
assert required[0].location.file == 'src/main/resources/schemas/order.json'
assert required[0].details.witnessChecked == true
assert !required[0].details.witness.containsKey('quantity')
// address.json is unchanged at v1.0, so the only error is the required quantity
assert report.summary.error == 1
return true
