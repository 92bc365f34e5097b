import java.util.zip.ZipFile

// release 1.0 installed its schemas zip: schemas and migrations under their module paths
File zip = new File(localRepositoryPath, 'dev/schemagate/it/compat-maven-baseline/1.0/compat-maven-baseline-1.0-schemas.zip')
assert zip.isFile()
def names = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert names == ['src/main/resources/db/migration/V1__orders.sql',
                 'src/main/resources/schemas/address.json',
                 'src/main/resources/schemas/order.json']

def log = new File(basedir, 'build.log').text
// invocation 2: the unpublished version
assert log.contains('Baseline maven:dev.schemagate.it:compat-maven-baseline:9.9: cannot resolve')
assert log.contains('released with schema:attach')
assert !log.contains('at org.eclipse.aether')
// invocation 3: the break against 1.0, proven by a witness
assert log.contains("[ERROR] [jsonschema.required.added] src/main/resources/schemas/order.json at #/required: Property 'quantity' is required now.")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
def required = report.findings.findAll { it.ruleId == 'jsonschema.required.added' }
assert required.size() == 1
assert required[0].details.witnessChecked == true
assert report.summary.error == 1
// the unpacked baseline is gone
assert !new File(System.getProperty('java.io.tmpdir')).listFiles().any {
    it.name.startsWith('schemagate-baseline-') && new File(it, 'src/main/resources/schemas/order.json').isFile() &&
            new File(it, 'src/main/resources/db/migration/V1__orders.sql').isFile()
}
return true
