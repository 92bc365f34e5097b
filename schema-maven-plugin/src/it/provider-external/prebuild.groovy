// Stands up a password-protected PostgreSQL (through the product's own embedded provider) to act
// as the "external" server, as a GitLab services: container would be.
import dev.schemagate.core.Log
import dev.schemagate.core.db.DatabaseSettings
import dev.schemagate.core.db.EmbeddedPostgres
import dev.schemagate.core.db.PrivilegeDrop
import java.nio.file.Files
import java.nio.file.Path

// the embedded server listens on a unix socket only; its (package-private) loopback mode adds
// 127.0.0.1 with scram-sha-256, as a real external server would have
def server = EmbeddedPostgres.start(DatabaseSettings.embedded(basedir.toPath().resolve('server')), Log.silent(),
        PrivilegeDrop.detect(), EmbeddedPostgres.Listen.LOOPBACK_PASSWORD)
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
