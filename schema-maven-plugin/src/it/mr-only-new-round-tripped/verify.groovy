def log = new File(basedir, 'build.log').text
// invocation 1: the merge request
assert log.contains('Baseline: the merge request\'s target branch, git:main')
assert log =~ /V1\.\.V2 +\(2 versions\) +applied in one pass \(1 run of the scripts, seeds after their versions\) in \d+ ms · not round-tripped \(released in git:main, unchanged\)/
assert log =~ /V3 +create orders +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /Applied 3 of 3 migrations, 1 rolled back and restored, 2 not round-tripped, in \d+ ms/
assert log.contains('BUILD SUCCESS')
// invocation 2: from=all, the nightly run, round-trips V1 and V2 too; V2 has no undo script
assert log =~ /V1 +create accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log.contains('[migration.undo.missing]')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.roundTrip.status == ['RESTORED', 'NO_UNDO', 'RESTORED']
assert report.findings*.ruleId.findAll { it.startsWith('migration.') } == ['migration.undo.missing']
return true
