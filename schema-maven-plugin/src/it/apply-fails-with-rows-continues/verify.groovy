def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warning = log.readLines().findAll { it.contains('[migration.apply.fails-with-rows]') }
assert warning.size() == 1 : 'printed once'
assert warning[0].startsWith('[WARNING]')
assert warning[0] =~ /V3__copy_authors.sql:2: ERROR: null value in column "created_at".*DETAIL: Failing row contains/
assert warning[0].contains('public.authors (3 rows: {"id":')
assert log =~ /V3 +copy authors +.*fails with the generated rows/
assert log =~ /V5 +add bio +.*schema restored/
// four warnings, one line each: no table of counts per rule (that is for lists longer than the failure message's 10)
assert !(log =~ /WARNING +migration.apply.fails-with-rows +1/)
assert log.contains('[INFO] schemagate: 4 migrations round-tripped: 0 errors, 4 warnings. Report: target/schemagate/report.html')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations.every { it.outcome == 'APPLIED' }
def f = report.findings.find { it.ruleId == 'migration.apply.fails-with-rows' }
assert f.severity == 'WARNING' && f.details.rowsFrom == 'generated' && f.location.version == '3'
return true
