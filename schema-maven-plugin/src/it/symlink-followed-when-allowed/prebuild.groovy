import java.nio.file.Files

// made here, not checked in: a link in the sources would be copied as its target
def outside = Files.createTempFile('schemagate-it-allowed', '.sql')
outside.toFile().text = 'CREATE TABLE t2 (id int PRIMARY KEY);\n'
outside.toFile().deleteOnExit()
Files.createSymbolicLink(basedir.toPath().resolve('src/main/resources/db/migration/V2__linked.sql'), outside)
new File(basedir, 'outside-target.txt').text = outside.toString()
return true
