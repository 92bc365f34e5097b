def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Flyway settings: locations, placeholderPrefix, placeholderSuffix, placeholders.currency, schemas, sqlMigrationSeparator, table from flyway.toml')
assert log.contains('Flyway settings: schema.migrations.table overrides the project\'s table')
assert log =~ /V1 +invoices +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V2 +invoice total +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.roundTrip.status == ['RESTORED', 'RESTORED']
return true
