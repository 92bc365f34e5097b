def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('lint: clean · 2 allowed by comment')
assert log.contains('0 errors, 0 warnings')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def f = report.findings.find { it.ruleId == 'lint.index.not-concurrent' }
assert f.suppressed.reason == 'accounts is tiny, built in the release window'
assert report.findings.find { it.ruleId == 'lint.timeout.missing' }.suppressed.reason == 'runs in the release window with traffic stopped'
def cq = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/codequality.json'))
assert cq.findAll { it.check_name.startsWith('lint.') }.isEmpty()
return true
