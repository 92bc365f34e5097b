def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[jsonschema.sample.rejected] src/test/resources/schema-samples/order/unknown-field.json is rejected by src/main/resources/schemas/order.json')
assert !log.contains('small.json is rejected')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings*.ruleId == ['jsonschema.sample.rejected']
assert report.findings[0].location.file == 'src/test/resources/schema-samples/order/unknown-field.json'
assert report.findings[0].details.schema == 'src/main/resources/schemas/order.json'
return true
