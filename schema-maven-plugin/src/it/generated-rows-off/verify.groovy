def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('fails-with-rows')
assert log =~ /V3 +copy authors +.*schema restored · 0 rows kept/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations.every { it.roundTrip.status == 'RESTORED' && it.roundTrip.rowsKept == 0 }
// the lint of schema:migrations (the same pass as verify) may warn; the round trip itself finds nothing
assert report.findings.findAll { !it.ruleId.startsWith('lint.') }.isEmpty()
return true
