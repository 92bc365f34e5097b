// -Dschema.verbose=true: every finding of the report in full, each once, at its own level; no count lines
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
assert report.findings.count { it.severity == 'INFO' } == 16
report.findings.each { f ->
    def prefix = "[${f.severity}] [${f.ruleId}] ${f.message}"
    assert log.readLines().count { it.startsWith(prefix) } == 1 : prefix
}
assert !log.contains('findings at INFO')
assert log.contains('[INFO] schemagate: 8 migrations applied, 2 round-tripped, 5 JSON Schemas and 1 OpenAPI spec checked:'
        + ' 0 errors, 2 warnings. Report: target/schemagate/report.html')
return true
