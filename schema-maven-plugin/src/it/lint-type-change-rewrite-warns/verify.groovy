def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] [lint.table.rewrite] V2 line 1 rewrote table public.accounts (new relfilenode), holding ACCESS EXCLUSIVE on public.accounts')
assert log.contains('[WARNING] [lint.lock.access-exclusive] V2 line 1 took an ACCESS EXCLUSIVE lock on public.accounts with no lock_timeout set')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'lint.table.rewrite' }
assert f.details.lock == 'ACCESS EXCLUSIVE' && f.details.rows == 2000
assert f.location.file.endsWith('V2__widen_score.sql')
return true
