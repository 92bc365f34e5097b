def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /\[WARNING\] \[migration.file.ignored\] .*src\/main\/resources\/db\/migration\/V2-add-t2.sql is never applied: it looks like versioned migration V2 but the separator is '-'.*rename it to V2__add_t2.sql/
assert log =~ /\[WARNING\] \[migration.file.ignored\] .*v3__add_t3.sql is never applied: it looks like versioned migration V3 but the prefix is 'v'/
assert log.contains('schema.migrations.validateNaming=true')
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.version == ['1', '2']
def ignored = report.findings.findAll { it.ruleId == 'migration.file.ignored' }
assert ignored*.location.file.sort() == ['src/main/resources/db/migration/V2-add-t2.sql',
                                         'src/main/resources/db/migration/v3__add_t3.sql']
assert ignored.every { it.severity == 'WARNING' }
return true
