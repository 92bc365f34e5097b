def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \[migration.file.unreadable\] .*src\/main\/resources\/db\/migration\/V2__latin1_notes.sql:2: byte 58 \(0xE9\) is not valid UTF-8\. Convert the file to UTF-8/
assert log.contains('-Dschema.migrations.encoding=ISO-8859-1')
assert !log.contains('Input length') : 'no decoder text'
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.outcome == ['APPLIED', 'NOT_RUN', 'APPLIED']
def unreadable = report.findings.find { it.ruleId == 'migration.file.unreadable' }
assert unreadable.severity == 'ERROR'
assert unreadable.location.line == 2
def latin1 = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate-latin1/report.json'))
assert latin1.migrations*.outcome == ['APPLIED', 'APPLIED', 'APPLIED']
assert !latin1.findings.any { it.ruleId == 'migration.file.unreadable' }
assert log.contains('BUILD SUCCESS')
return true
