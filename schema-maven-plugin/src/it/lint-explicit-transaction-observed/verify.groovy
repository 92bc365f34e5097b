// V2 has its own BEGIN; ... COMMIT;: lint observes it statement by statement anyway
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] [lint.table.rewrite] V2 line 3 rewrote table public.accounts')
assert log.contains('[WARNING] [lint.constraint.validating] V2 line 4 scanned every row of public.orders')
assert log.contains('[WARNING] [lint.not-null.scan] V2 line 5 scanned every row of public.accounts')
// observed: the V2 lint line carries no 'static rules only' note
assert log =~ /lint: lint.constraint.validating, lint.lock.access-exclusive, lint.not-null.scan, lint.table.rewrite, lint.timeout.missing · \d+ ms/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def lint = report.findings.findAll { it.ruleId.startsWith('lint.') }.collect { it.ruleId + '@' + it.location.line }.sort()
// the same findings as the script without its two lines (LintIT compares both on real PostgreSQL)
assert lint == ['lint.constraint.validating@4', 'lint.constraint.validating@4', 'lint.lock.access-exclusive@3',
                'lint.not-null.scan@5', 'lint.table.rewrite@3', 'lint.timeout.missing@4'] : lint
assert report.findings.findAll { it.ruleId.startsWith('migration.') }.isEmpty()
return true
