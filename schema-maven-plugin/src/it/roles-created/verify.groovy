def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Roles (schema.db.roles): created [app_read, app_write] NOLOGIN')
// the roles that were asked for make V1's grants work
assert log =~ /V1 +accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
// a role nobody asked for: the message says which property creates it
assert log.contains('[migration.apply.failed] src/main/resources/db/migration/V2__ledger.sql:3')
assert log.contains('role "auditor" does not exist')
assert log.contains('create it there with -Dschema.db.roles=auditor')
return true
