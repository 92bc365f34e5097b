def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Migrations run as schemagate_app, which owns the database but is no superuser')
// a trusted extension works for the database owner, as on managed services
assert log =~ /V1 +accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log.contains('[migration.apply.needs-superuser] src/main/resources/db/migration/V2__tune.sql:2')
assert log.contains('DB parameter group')
assert log.contains('[migration.apply.needs-superuser] src/main/resources/db/migration/V3__export.sql:2')
assert log.contains('DETAIL: Only roles with privileges of the "pg_execute_server_program" role may COPY to or from an external program')
assert log.contains('COPY … FROM STDIN')
assert log.contains('[migration.apply.needs-superuser] src/main/resources/db/migration/V4__files.sql:1')
assert log.contains('HINT: Must be superuser to create this extension')
assert log.contains('-Dschema.db.privileges=superuser')
assert !log.contains('[migration.apply.failed]')
assert !log.contains('at dev.schemagate')
def report = new File(basedir, 'target/schemagate/report.json').text
assert report.contains('"migration.apply.needs-superuser"')
return true
