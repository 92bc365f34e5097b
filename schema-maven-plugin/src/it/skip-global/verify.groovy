def log = new File(basedir, 'build.log').text
assert log.contains('Skipping: schema.skip is true.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('PostgreSQL 17')
assert !new File(basedir, 'target/schemagate').exists()
return true
