def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /\[WARNING\] \[migration.undo.orphan\] .*U2__create_orders.sql undoes version 2, which has no V script/
return true
