// a YAML syntax error: BUILD FAILURE naming file and line, no stack trace, no half-written docs
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /src\/main\/openapi\/api\.yaml:\d+:\d+ is not valid YAML/
assert log.contains('Fix the syntax at that position')
assert log.contains('(while scanning a quoted scalar that starts at line 8, column 16)')
assert !log.contains('\tat dev.schemagate')
assert !new File(basedir, 'target/schemagate/api-docs/1.0').exists()
return true
