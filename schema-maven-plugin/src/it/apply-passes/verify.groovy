def log = new File(basedir, 'build.log').text
assert log.contains('PostgreSQL 17.')
assert log =~ /V1 +create accounts +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V2 +create orders +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V3 +add order status +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log.contains('Applied 3 of 3 migrations')
assert !log.contains('lint:')   // schema.lint.skip=true
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.formatVersion == 1
assert report.database.provider == 'embedded'
assert report.migrations*.outcome == ['APPLIED', 'APPLIED', 'APPLIED']
assert report.migrations[0].script == 'src/main/resources/db/migration/V1__create_accounts.sql'
assert report.findings.isEmpty()
assert new File(basedir, 'target/schemagate/postgres.log').text.contains('database system is shut down')
def out = new File(basedir, 'target/schemagate')
assert new File(out, 'summary.md').text.startsWith('schemagate: all checks passed')
def html = new File(out, 'report.html').text
assert html.startsWith('<!DOCTYPE html>') && html.contains('<h1>schemagate: all checks passed</h1>')
assert (html =~ /<g class="row" data-version="/).count == 3
assert html.contains('<a href="../../src/main/resources/db/migration/V1__create_accounts.sql">')
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'junit.xml'))
assert junit.'**'.findAll { it.name() == 'testcase' }*.@name*.text().containsAll(['migration V1 round trip', 'migration V3 round trip'])
assert new groovy.json.JsonSlurper().parse(new File(out, 'codequality.json')) == []
return true
