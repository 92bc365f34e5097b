// mvn -X: every INFO finding in full, no count lines
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.any { it.startsWith('[DEBUG] ') } : 'ran with -X'
assert lines.count { it.startsWith('[INFO] [openapi.response.incompatible] ') } == 6
assert lines.contains('[INFO] [openapi.spec.checked] src/main/openapi/incubator-api.yaml: OpenAPI 3.0.3, 14 operations compared'
        + ' with dir:release-0.9.')
assert lines.count { it.startsWith('[INFO] [jsonschema.') } == 7
assert !lines.any { it.contains('findings at INFO') }
return true
