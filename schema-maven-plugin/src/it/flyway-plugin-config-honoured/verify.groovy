def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Flyway settings: locations, placeholders.retention, schemas, table from pom.xml (flyway-maven-plugin <configuration>)')
assert log =~ /V1 +orders +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
assert log =~ /V2 +order report +up \d+ ms · down \d+ ms · up \d+ ms · schema restored/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.migrations*.script == ['sql/core/V1__orders.sql', 'sql/reporting/V2__order_report.sql']
assert report.migrations*.roundTrip.status == ['RESTORED', 'RESTORED']
return true
