def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /V4 +broken everywhere +FAILED after .* the chain goes on without V4/
assert log =~ /V5 +add bio +.*schema restored/
assert log.readLines().count { it.contains('[migration.apply.failed]') } == 1 : 'printed once, in the failure message'
assert log =~ /relation "no_such_table" does not exist/
assert log.contains('Fix first: V4 (migration.apply.failed)')
assert log.contains('Results after V4 assume V4 skipped')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.outcome == ['APPLIED', 'APPLIED', 'APPLIED', 'FAILED', 'APPLIED']
assert !report.migrations.any { it.outcome == 'NOT_RUN' }
assert report.findings.count { it.ruleId == 'migration.apply.failed' } == 1
return true
