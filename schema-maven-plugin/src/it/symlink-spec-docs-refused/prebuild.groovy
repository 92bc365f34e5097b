import java.nio.file.Files

// made here, not checked in: a link in the sources would be copied as its target
def outside = Files.createTempFile('schemagate-it-outside', '.yaml')
outside.toFile().text = 'OUTSIDE-SECRET-TEXT: 1\n'
outside.toFile().deleteOnExit()
Files.createDirectories(basedir.toPath().resolve('src/main/openapi'))
Files.createSymbolicLink(basedir.toPath().resolve('src/main/openapi/api.yaml'), outside)
new File(basedir, 'outside-target.txt').text = outside.toString()
return true
