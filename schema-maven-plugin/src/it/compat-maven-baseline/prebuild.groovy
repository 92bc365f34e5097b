// Invoker filters only the top pom.xml: give the release's pom the same plugin coordinates.
def top = new File(basedir, 'pom.xml').text
def version = (top =~ /<artifactId>schema-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
def template = new File(basedir, 'release/pom-template.xml').text
new File(basedir, 'release/pom.xml').text = template
        .replace('@project.groupId@', 'dev.schemagate')
        .replace('@project.artifactId@', 'schema-maven-plugin')
        .replace('@project.version@', version)
return true
