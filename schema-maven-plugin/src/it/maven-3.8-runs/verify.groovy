def log = new File(basedir, 'build.log').text
assert log.contains('Apache Maven 3.8.7')
assert log.contains('BUILD SUCCESS')
assert log.contains('Applied 2 of 2 migrations')
assert new File(basedir, 'target/schemagate/report.json').exists()
return true
