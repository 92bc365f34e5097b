def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('No tag to release: CI_COMMIT_TAG is not set (not a tag pipeline) and schema.gitlab.release.tag is empty')
assert !log.contains('\tat dev.schemagate')
return true
