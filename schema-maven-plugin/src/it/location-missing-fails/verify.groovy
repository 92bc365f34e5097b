def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('schema.migrations.locations: the migration folder src/main/resources/db/migration does not exist')
assert log.contains('-Dschema.migrations.locations=')
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
assert !new File(basedir, 'target/schemagate/report.json').exists()
return true
