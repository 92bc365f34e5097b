// schema:verify regenerates the committed client into a temporary folder, compares, and fails with
// openapi.client.stale listing the changed and missing files, the first lines of the diff and the command.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def model = 'src/main/java/org/openapitools/client/model/'
assert log.contains('[ERROR] [openapi.client.stale] client is stale: it differs from what src/main/openapi/shop-api.yaml generates now (1 changed, 1 added, 0 removed).')
assert log.contains("  changed ${model}Order.java at line ")
assert log.contains('    -   private String product;')
assert log.contains('    +   private String item;')
assert log.contains("  added ${model}NewOrder.java")
assert log.contains("Regenerate it with 'mvn schema:client' and commit client.")
assert !log.contains('Caused by') && !(log =~ /\n\tat /)

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def stale = report.findings.find { it.ruleId == 'openapi.client.stale' }
assert stale.severity == 'ERROR'
assert stale.location.file == 'client'
assert stale.details.added == ["${model}NewOrder.java".toString()]
assert stale.details.changed*.file == ["${model}Order.java".toString()]
assert stale.details.command == 'mvn schema:client'

def junit = new File(basedir, 'target/schemagate/junit.xml').text
assert junit =~ /<testcase [^>]*name="openapi client client"/
assert junit.contains('openapi.client.stale')
def quality = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/codequality.json'))
assert quality.find { it.check_name == 'openapi.client.stale' }?.location?.path == 'client'

// the temporary generation folder is gone, the committed client untouched
assert new File(basedir, "client/${model}Order.java").text.contains('private String product;')
assert !new File(basedir, "client/${model}NewOrder.java").exists()
return true
