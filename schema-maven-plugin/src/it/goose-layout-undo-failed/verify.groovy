def log = new File(basedir, 'build.log').text
assert log.contains('migrations layout: goose (set by schema.migrations.layout)')
assert log.contains('migrations layout: goose (detected from -- +goose Up in 20240101120000_create_users.sql)')
assert (log =~ /V20240102090000 +create orders +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/).count == 2
assert (log =~ /V20240103100000 +index orders user +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/).count == 2
assert log =~ /\[migration.undo.failed\] .*20240104110000_add_order_status.sql:7: ERROR: column "state" of relation "orders" does not exist/
assert log =~ /\[migration.undo.missing\] .*20240105120000_create_plans.sql/
assert !log.contains('schemagate-sections')
for (dir in ['target/schemagate', 'report2']) {
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, dir + '/report.json'))
    def failed = report.findings.find { it.ruleId == 'migration.undo.failed' }
    assert failed.location.file.endsWith('db/migrations/20240104110000_add_order_status.sql')
    assert failed.location.line == 7 && failed.location.version == '20240104110000'
    assert report.findings.findAll { it.ruleId.startsWith('migration.') }.collect { it.ruleId }.sort() ==
            ['migration.undo.failed', 'migration.undo.missing']
    // lint reads the Up section with the goose file's own line numbers
    def serial = report.findings.find { it.ruleId == 'lint.serial' && it.location.version == '20240101120000' }
    assert serial.location.file.endsWith('db/migrations/20240101120000_create_users.sql') && serial.location.line == 3
}
return true
