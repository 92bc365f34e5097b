// A failing verify of the sample project: the one ERROR on one line in the failure message, with its file,
// pointing to report.html; the console before it stays as short as a passing run's.
def lines = new File(basedir, 'build.log').readLines()
int header = lines.findIndexOf { it ==~ /\[INFO\] --- schema:.*:verify \(default\) @ .* ---/ }
int end = lines.findIndexOf { it == '[INFO] BUILD FAILURE' }
assert header >= 0 && end > header
def printed = lines.subList(header + 1, end).findAll { !(it =~ /^\[INFO\] Download(ing|ed) from /) && !(it ==~ /\[INFO\] -+/) }
assert printed.size() <= 26 : "${printed.size()} lines between the plugin's header and BUILD FAILURE:\n${printed.join('\n')}"
assert printed.last() == ('[INFO] schemagate: 9 migrations applied, 2 round-tripped, 5 JSON Schemas and 1 OpenAPI spec'
        + ' checked: 1 error, 3 warnings. Report: target/schemagate/report.html')
assert printed.contains('[INFO] Fix first: V9 (migration.undo.missing)')

def failure = lines.subList(end, lines.size())
assert failure.any { it.contains('1 finding(s) at or above schema.failOn=ERROR:') }
def error = failure.findAll { it.startsWith('[ERROR] [migration.undo.missing] ') }
assert error.size() == 1 : failure.join('\n')
assert error[0].startsWith('[ERROR] [migration.undo.missing] V9 (src/main/resources/db/migration/V9__add_idea_summary.sql)'
        + ' has no undo script. Write U9__add_idea_summary.sql beside it')
assert failure.any { it.startsWith('[ERROR] Report: target/schemagate/report.html.') }
// printed once: in the failure message, not also above it
assert lines.count { it.contains('[migration.undo.missing]') } == 1
return true
