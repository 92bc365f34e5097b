def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /Chain check V3..V5 \(3 versions\): 3 difference\(s\) after every undo/
assert log =~ /\[migration.chain.residue\] .*\+ extension pgcrypto\. V4 creates it; .*U4__crypto.sql should drop it/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def chain = report.findings.findAll { it.ruleId == 'migration.chain.residue' }*.location*.pointer
assert chain.containsAll(['/extension/pgcrypto', '/table/public.accounts/index/accounts_email_idx', '/table/public.accounts/column/active'])
return true
