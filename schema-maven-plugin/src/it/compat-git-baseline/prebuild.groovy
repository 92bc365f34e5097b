// Makes the IT's folder a git repository of its own whose tag v1.0 holds the released order.json
// (quantity optional), then puts the new order.json (quantity required) back into the working tree:
// the build reads the baseline with -Dschema.compat.baseline=git:v1.0.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def git = { String... args ->
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.org',
                   '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0: "${command.join(' ')} failed: ${output}"
    output
}

Path dir = basedir.toPath()
Path order = dir.resolve('src/main/resources/schemas/order.json')
Path newOrder = dir.resolve('order.json.new')
Files.move(order, newOrder, StandardCopyOption.REPLACE_EXISTING)
Files.copy(dir.resolve('released/order.json'), order)

git('init', '--quiet', '.')
git('add', 'pom.xml', 'src')
git('commit', '--quiet', '--no-verify', '-m', 'release 1.0')
git('tag', 'v1.0')

Files.move(newOrder, order, StandardCopyOption.REPLACE_EXISTING)
assert git('status', '--porcelain', '--', 'src').contains('src/main/resources/schemas/order.json')
return true
