// schema:verify runs the migration round trip and the JSON Schema checks into one report
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Checked 1 JSON Schemas and 0 samples; 1 changed since dir:release, compared in mode BACKWARD.')
assert log.contains("[jsonschema.required.added] src/main/resources/schemas/account.json at #/required: Property 'id' is required now.")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.database.provider == 'embedded'
assert report.migrations*.outcome == ['APPLIED']
assert report.findings*.ruleId == ['jsonschema.required.added']
return true
