def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] [lint.index.not-concurrent] V2 line 1 built index accounts_email_idx on existing table public.accounts without CONCURRENTLY, holding SHARE on public.accounts')
assert log.contains('on 2000 rows here, seeded or generated')
assert log.contains('Use CREATE INDEX CONCURRENTLY')
assert log.contains('[WARNING] [lint.timeout.missing] V2 line 1 locks an existing table')
assert log =~ /V2 +index email +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'lint.index.not-concurrent' }
assert f.severity == 'WARNING' && f.suppressed == null
assert f.location.line == 1 && f.location.version == '2' && f.location.pointer == '/table/public.accounts'
assert f.details.lock == 'SHARE' && f.details.rows == 2000 && f.details.durationMs >= 0
def cq = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/codequality.json'))
assert cq.find { it.check_name == 'lint.index.not-concurrent' } != null
return true
