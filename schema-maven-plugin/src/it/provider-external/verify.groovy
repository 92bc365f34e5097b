def server = System.getProperties().remove('schemagate.it.externalServer')
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    assert log =~ /Created scratch database schemagate_[0-9a-f]+ on jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/postgres/
    assert log.contains('Applied 2 of 2 migrations')
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemagate/report.json'))
    assert report.database.provider == 'external'
    // the password is nowhere: not in the log, not in any file we wrote
    new File(basedir, 'target').eachFileRecurse { f -> if (f.isFile()) assert !f.text.contains('it-Secret-93') : f }
    assert !log.contains('it-Secret-93')
    // only the scratch database was used, and it is gone; the others are untouched
    def props = new Properties()
    props.user = 'postgres'
    props.password = 'it-Secret-93'
    def c = new org.postgresql.Driver().connect(server.jdbcUrl(), props)
    def names = []
    def rs = c.createStatement().executeQuery('SELECT datname FROM pg_database')
    while (rs.next()) { names << rs.getString(1) }
    def tables = c.createStatement().executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    tables.next()
    assert tables.getInt(1) == 0 : 'nothing was created in the postgres database'
    c.close()
    assert names.containsAll(['postgres', 'app_prod'])
    assert names.findAll { it.startsWith('schemagate_') }.isEmpty()
} finally {
    server?.close()
}
return true
