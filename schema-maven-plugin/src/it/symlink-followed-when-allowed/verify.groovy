// schema.followSymlinks=true: a migration linked from outside the module is read and round-tripped
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('is a symbolic link to')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.version == ['1', '2']
assert report.migrations.every { it.roundTrip.status == 'RESTORED' }
new File(new File(basedir, 'outside-target.txt').text).delete()
return true
