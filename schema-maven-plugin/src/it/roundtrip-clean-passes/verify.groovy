def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
(1..8).each { v -> assert log =~ /V$v +.* +up \d+ ms · down \d+ ms · up \d+ ms · schema restored · \d+ rows kept/ }
assert log.contains('Applied 8 of 8 migrations, 8 rolled back and restored')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations.every { it.roundTrip.status == 'RESTORED' && it.timings.undoMs != null }
// the lint of schema:migrations (the same pass as verify) may warn; the round trip itself finds nothing
assert report.findings.findAll { !it.ruleId.startsWith('lint.') }.isEmpty()
return true
