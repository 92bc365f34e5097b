def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /V2 +create orders +up \d+ ms · down \d+ ms · up .* · \d+ difference\(s\) after the undo/
assert log.contains('[migration.rollback.residue] V2 rollback: + type public.order_status')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def residue = report.findings.findAll { it.ruleId == 'migration.rollback.residue' }
assert residue*.location.pointer.containsAll(['/type/public.order_status', '/sequence/public.invoice_numbers',
        '/table/public.accounts/index/accounts_email_lower_idx'])
assert residue.every { it.location.version == '2' && it.location.file.endsWith('U2__create_orders.sql') }
assert report.migrations.find { it.version == '2' }.roundTrip.status == 'REAPPLY_FAILED'
return true
