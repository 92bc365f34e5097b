def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Merge-request note not published: could not connect to GitLab at http://127.0.0.1:9/api/v4')
assert !log.contains('glpat-it-Secret-71')
assert log.contains('BUILD SUCCESS')
return true
