def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('(testcontainers) ready')
assert log.contains('Applied 2 of 2 migrations')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.database.provider == 'testcontainers'
assert report.migrations*.outcome == ['APPLIED', 'APPLIED']
return true
