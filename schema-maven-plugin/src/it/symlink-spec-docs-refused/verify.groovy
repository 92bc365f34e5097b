// schema:docs refuses a spec that links out of the module, and never reads it
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/openapi/api.yaml is a symbolic link to ')
assert log.contains('outside the module; it was not read')
assert !log.contains('OUTSIDE-SECRET-TEXT') : 'the target is never read'
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
new File(new File(basedir, 'outside-target.txt').text).delete()
return true
