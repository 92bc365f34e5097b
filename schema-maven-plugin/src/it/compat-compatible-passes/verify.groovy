def log = new File(basedir, 'build.log').text
assert log.contains('Checked 2 JSON Schemas and 1 samples; 1 changed since dir:release, compared in mode BACKWARD.')
// INFO findings are one count line (-Dschema.verbose=true lists them)
assert !log.contains('[INFO] [jsonschema.enum.value-added]')
assert log =~ /\[INFO\] jsonschema: 3 findings at INFO \(.*1 jsonschema.enum.value-added.*\); listed in target\/schemagate\/report.html/
assert log.contains('[INFO] schemagate: 2 JSON Schemas checked: 0 errors, 0 warnings. Report: target/schemagate/report.html')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.database == null
assert report.migrations.isEmpty()
assert report.summary.error == 0
assert report.findings*.ruleId.toSet() == ['jsonschema.enum.value-added', 'jsonschema.property.added-to-closed-model', 'jsonschema.required.removed'] as Set
assert report.findings.every { it.location.file == 'src/main/resources/schemas/order.json' }
return true
