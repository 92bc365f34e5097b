def log = new File(basedir, 'build.log').text
def outside = new File(new File(basedir, 'outside-target.txt').text)
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/resources/db/migration/V2__linked.sql is a symbolic link to ')
assert log.contains('outside the module; it was not read')
assert log.contains('-Dschema.followSymlinks=true')
assert !log.contains('OUTSIDE-SECRET-TEXT') : 'the target is never read'
assert !log.contains('\tat dev.schemagate') : 'no stack trace'
outside.delete()
return true
