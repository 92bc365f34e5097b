def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /V1\.\.V2 +\(2 versions\) +applied in one pass \(2 runs of the scripts, seeds after their versions\) in \d+ ms · not round-tripped \(before schema.migrations.from\)/
assert log =~ /V3 +create invoices +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.roundTrip.status == ['NOT_ROUND_TRIPPED', 'NOT_ROUND_TRIPPED', 'RESTORED']
return true
