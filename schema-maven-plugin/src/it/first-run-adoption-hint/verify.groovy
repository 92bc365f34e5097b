def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('First run without a previous release to compare with: 4 of 4 migrations have no undo script')
assert log.contains('-Dschema.migrations.from=1.12.15')
assert log.contains('-Dschema.migrations.irreversible=1.1,1.2,1.10,1.12.15')
assert log.contains('schema.baseline=git:<ref of the last release>')
assert log.count('First run without a previous release') == 1
// the undo to write copies the project's own spelling
assert log.contains('Write U1_12_15__table_1_12_15.sql beside it')
// findings in version order, not file-name order (V1_10 sorts before V1_2 by name)
def errors = log.readLines().findAll { it.startsWith('[ERROR] [migration.undo.missing]') }
assert errors.collect { (it =~ /\] (V[0-9.]+)/)[0][1] } == ['V1.1', 'V1.2', 'V1.10', 'V1.12.15']
return true
