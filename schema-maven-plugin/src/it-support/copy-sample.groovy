// Shared by the sample-verify-* ITs: copies the sample project's checked inputs into the IT's folder, so
// paths read as in the sample project. Run with evaluate() from a prebuild.groovy (same binding).
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path sample = new File(repoRoot, 'sample-project').toPath().toRealPath()
Path dir = basedir.toPath()
['src/main/resources', 'src/main/openapi', 'src/test/resources', 'release-0.9'].each { part ->
    Path from = sample.resolve(part)
    Files.walk(from).forEach { Path p ->
        Path to = dir.resolve(part).resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(to)
        } else {
            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
