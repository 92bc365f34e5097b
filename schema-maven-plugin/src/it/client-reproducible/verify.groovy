// Two runs of schema:client on the same spec, into two folders, give byte-identical files.
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('into target/run1: ')
assert log.contains('into target/run2: ')
def files = { File root ->
    def map = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { f -> map[root.toPath().relativize(f.toPath()).toString()] = f }
    map
}
def one = files(new File(basedir, 'target/run1'))
def two = files(new File(basedir, 'target/run2'))
assert one.size() > 20
assert one.keySet() == two.keySet()
one.each { name, f -> assert Files.mismatch(f.toPath(), two[name].toPath()) == -1L: "${name} differs" }
assert one.containsKey('.openapi-generator/FILES')
return true
