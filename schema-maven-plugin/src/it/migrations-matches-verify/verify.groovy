// schema:migrations and schema:verify do the same migration work: the same versions, outcomes and
// migration and lint findings (verify adds only the JSON Schema, OpenAPI and client checks, which
// do not apply to this module).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def slurp = { new groovy.json.JsonSlurper().parse(new File(basedir, it)) }
def migrations = slurp('target/schemagate-migrations/report.json')
def verify = slurp('target/schemagate/report.json')

// timings differ from run to run; everything else must be equal
def untimed
untimed = { v ->
    if (v instanceof Map) {
        return v.findAll { k, x -> !(k =~ /(?i)millis|ms$|duration|time/) }.collectEntries { k, x -> [k, untimed(x)] }
    }
    if (v instanceof List) {
        return v.collect { untimed(it) }
    }
    return v
}
assert migrations.migrations.size() == 8
assert untimed(migrations.migrations) == untimed(verify.migrations)
// a lint message quotes how long a lock was held ("2 ms on 3 seeded rows"): a timing too
def key = { f -> [f.ruleId, f.severity, f.location?.file, f.location?.line, f.message.replaceAll(/\d+ ms\b/, 'N ms')] }
def migrationFindings = { r -> r.findings.findAll { it.ruleId =~ /^(migration|lint)\./ }.collect(key).sort { it.toString() } }
assert !migrationFindings(migrations).isEmpty()
assert migrationFindings(migrations).any { it[0].startsWith('lint.') }
assert migrationFindings(migrations) == migrationFindings(verify)
assert migrations.database == verify.database
return true
