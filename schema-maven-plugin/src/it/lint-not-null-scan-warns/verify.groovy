def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// schema:lint applies without a round trip
assert log =~ /V2 +email required +up \d+ ms · applied only \(schema:lint applies without a round trip\)/
assert log.contains('[WARNING] [lint.not-null.scan] V2 line 1 scanned every row of public.accounts to check SET NOT NULL, holding ACCESS EXCLUSIVE')
assert log.contains('Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.find { it.ruleId == 'lint.not-null.scan' }.details.table == 'public.accounts'
assert report.findings.findAll { it.ruleId.startsWith('migration.') }.isEmpty()
return true
