def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /V2 +index score +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
return true
