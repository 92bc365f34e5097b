// The sample project's passing verify, as a person reads it: one progress line per migration, the two lint
// warnings one line each, the INFO findings as one count line per area, and one summary over every area.
def lines = new File(basedir, 'build.log').readLines()
int header = lines.findIndexOf { it ==~ /\[INFO\] --- schema:.*:verify \(default\) @ .* ---/ }
int end = lines.findIndexOf { it == '[INFO] BUILD SUCCESS' }
assert header >= 0 && end > header
// Maven's own lines: artifact downloads into the IT's fresh local repository, and the rule above BUILD SUCCESS
def printed = lines.subList(header + 1, end).findAll { !(it =~ /^\[INFO\] Download(ing|ed) from /) && !(it ==~ /\[INFO\] -+/) }
assert printed.size() <= 24 : "${printed.size()} lines between the plugin's header and BUILD SUCCESS:\n${printed.join('\n')}"

assert printed.count { it.startsWith('[WARNING] [lint.') } == 2
assert printed.contains('[WARNING] [lint.rename.column] V7 line 5 renames column public.reviews.score of dir:release-0.9'
        + ' to rating: its running code still uses the old name. Add the new column, write both, backfill, switch reads,'
        + ' then drop the old one in a later release (or keep the old name).'
        + ' (src/main/resources/db/migration/V7__rename_review_score_to_rating.sql:5)')
assert !printed.any { it.startsWith('[INFO] [') } : 'no INFO finding is listed one by one'
assert printed.contains('[INFO] jsonschema: 7 findings at INFO (6 jsonschema.property.added-to-closed-model,'
        + ' 1 jsonschema.enum.value-added); listed in target/schemagate/report.html, or here with -Dschema.verbose=true')
assert printed.contains('[INFO] openapi: 9 findings at INFO (6 openapi.response.incompatible, 2 openapi.operation.added,'
        + ' 1 openapi.spec.checked); listed in target/schemagate/report.html, or here with -Dschema.verbose=true')
assert printed.last() == ('[INFO] schemagate: 8 migrations applied, 2 round-tripped, 5 JSON Schemas and 1 OpenAPI spec'
        + ' checked: 0 errors, 2 warnings. Report: target/schemagate/report.html')

// each message states the level it is at: the responses are checked FORWARD, so their findings are INFO and say so
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def responses = report.findings.findAll { it.ruleId == 'openapi.response.incompatible' }
assert responses.size() == 6 && responses.every { it.severity == 'INFO' }
assert responses.every { !it.message.contains('WARNING') && it.message.contains('fine under FORWARD, so INFO') }
assert new File(basedir, 'target/schemagate/report.html').isFile()
return true
