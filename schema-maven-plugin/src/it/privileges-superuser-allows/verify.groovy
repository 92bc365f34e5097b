def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Migrations run as postgres, a superuser (schema.db.privileges=superuser)')
assert log =~ /V2 +tune +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V3 +export +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V4 +files +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert !log.contains('needs-superuser')
return true
