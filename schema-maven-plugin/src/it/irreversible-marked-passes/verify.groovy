def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /V2 +purge test accounts +up \d+ ms · not rolled back \(irreversible: deletes test accounts for good\)/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.roundTrip.status == ['RESTORED', 'IRREVERSIBLE', 'RESTORED']
return true
