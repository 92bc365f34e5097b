def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('schema.migrations.locations: the migration location src/main/resources/db/migration/V1__init.sql is a file, not a folder')
assert log.contains('-Dschema.migrations.locations=filesystem:src/main/resources/db/migration')
assert !log.contains('does not exist')
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
assert !new File(basedir, 'target/schemagate/report.json').exists()
return true
