// Stands up a password-protected PostgreSQL (through the product's own embedded provider) to act
// as the "external" server, as a GitLab services: container would be.
import dev.schemagate.core.Log
import dev.schemagate.core.db.DatabaseSettings
import dev.schemagate.core.db.Databases
import java.nio.file.Files
import java.nio.file.Path

def server = Databases.start(DatabaseSettings.embedded(basedir.toPath().resolve('server')), Log.silent())
def c = server.connect()
try {
    c.createStatement().execute("ALTER ROLE postgres PASSWORD 'it-Secret-93'")
    c.createStatement().execute("CREATE DATABASE app_prod")
    def rs = c.createStatement().executeQuery('SHOW hba_file')
    rs.next()
    Files.writeString(Path.of(rs.getString(1)), 'host all all 127.0.0.1/32 scram-sha-256\n')
    c.createStatement().execute('SELECT pg_reload_conf()')
} finally {
    c.close()
}
new File(basedir, 'db.properties').text = "schema.db.url=${server.jdbcUrl()}\n"
System.getProperties().put('schemagate.it.externalServer', server)
return true
