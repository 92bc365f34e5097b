// Makes the IT's folder a git repository of its own: branch main holds the released V1 and V2; the merge
// request's working tree adds V3 (not committed, as in a pipeline the target branch is what counts).
import java.nio.file.Files
import java.nio.file.Path

def git = { String... args ->
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.org',
                   '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0: "${command.join(' ')} failed: ${output}"
    output
}

Path dir = basedir.toPath()
Path migrations = Files.createDirectories(dir.resolve('src/main/resources/db/migration'))
['V1__create_accounts.sql', 'U1__create_accounts.sql', 'V2__add_account_name.sql'].each {
    Files.copy(dir.resolve('migrations').resolve(it), migrations.resolve(it))
}
git('init', '--quiet', '.')
git('add', 'pom.xml', 'src')
git('commit', '--quiet', '--no-verify', '-m', 'release 1.0')
git('checkout', '--quiet', '-b', 'add-orders')
['V3__create_orders.sql', 'U3__create_orders.sql'].each {
    Files.copy(dir.resolve('new').resolve(it), migrations.resolve(it))
}
return true
