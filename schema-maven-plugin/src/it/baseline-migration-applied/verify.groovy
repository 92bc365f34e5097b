def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Baseline migration B2__baseline.sql: a fresh database starts from it, as with Flyway; the 2 versioned script(s) it covers (V1 to V2) are not applied. Older baseline migrations are not used.')
assert log =~ /V2 +baseline +up \d+ ms · applied only \(Flyway baseline migration: applied, never round-tripped\)/
assert log =~ /V3 +customer name +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert !log.contains('migration.undo.missing')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.script == ['src/main/resources/db/migration/B2__baseline.sql', 'src/main/resources/db/migration/V3__customer_name.sql']
assert report.migrations*.roundTrip.status == ['NOT_ROUND_TRIPPED', 'RESTORED']
return true
