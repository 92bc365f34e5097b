def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("[ERROR] [jsonschema.required.added] src/main/resources/schemas/order.json at #/required: Property 'quantity' is required now.")
assert log =~ /\[ERROR\] \[jsonschema.enum.value-removed\] /
assert log.contains('schema.failOn=ERROR')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def required = report.findings.find { it.ruleId == 'jsonschema.required.added' }
assert required.severity == 'ERROR'
assert required.location.file == 'src/main/resources/schemas/order.json'
assert required.details.witnessChecked == true
assert required.details.witness.id != null && !required.details.witness.containsKey('quantity')
assert report.findings.find { it.ruleId == 'jsonschema.enum.value-removed' }.location.pointer == '/properties/status/enum'
return true
