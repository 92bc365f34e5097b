def log = new File(basedir, 'build.log').text
assert log.contains('No merge-request note: not a merge-request pipeline')
assert !log.contains('Merge-request note not published')
assert log.contains('BUILD SUCCESS')
return true
