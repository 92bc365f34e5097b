def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /V1 +create accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V2 +add nickname +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
return true
