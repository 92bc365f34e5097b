def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[jsonschema.parse.failed\] src\/main\/resources\/schemas\/order.json:\d+:\d+ is not valid JSON/
assert log.contains('[jsonschema.schema.invalid] src/main/resources/schemas/address.json at #/properties/zip/type fails its metaschema')
assert !log.contains('at dev.schemagate')
assert !log.contains('start marker')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings*.ruleId.toSet() == ['jsonschema.parse.failed', 'jsonschema.schema.invalid'] as Set
def parse = report.findings.find { it.ruleId == 'jsonschema.parse.failed' }
assert parse.location.line > 0 && parse.location.column > 0
assert report.findings.find { it.ruleId == 'jsonschema.schema.invalid' }.location.pointer == '/properties/zip/type'
return true
