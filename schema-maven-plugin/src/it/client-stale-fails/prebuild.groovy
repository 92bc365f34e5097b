// Generates the client into client/ (as 'mvn schema:client' would), commits it in a git repository of
// the IT's own, then edits one generated file by hand and deletes another: schema:verify must notice.
import dev.schemagate.core.Log
import dev.schemagate.core.openapi.client.ClientSettings
import dev.schemagate.core.openapi.client.GeneratorOptions
import dev.schemagate.core.openapi.client.OpenApiClient
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
def settings = new ClientSettings(dir, dir.resolve('src/main/openapi/shop-api.yaml'), Path.of('client'),
        Path.of('target/schemagate-state'), GeneratorOptions.defaults())
OpenApiClient.generate(settings, Log.silent())
git('init', '--quiet', '.')
git('add', 'pom.xml', 'src', 'client')
git('commit', '--quiet', '--no-verify', '-m', 'client generated')

Path order = dir.resolve('client/src/main/java/org/openapitools/client/model/Order.java')
Files.writeString(order, Files.readString(order).replace('private String item;', 'private String product;'))
Files.delete(dir.resolve('client/src/main/java/org/openapitools/client/model/NewOrder.java'))
return true
