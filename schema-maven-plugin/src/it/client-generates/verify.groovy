// schema:client generates the java/native client of src/main/openapi/shop-api.yaml (and the file it
// $refs) in generate-sources; the client compiles because the output is a compile source root.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] Generated the OpenAPI client of src/main/openapi/shop-api.yaml into target/generated-sources/openapi: ')
def out = new File(basedir, 'target/generated-sources/openapi')
assert new File(out, 'src/main/java/com/example/shop/api/OrdersApi.java').isFile()
assert new File(out, 'src/main/java/com/example/shop/model/NewOrder.java').isFile()
assert new File(basedir, 'target/classes/com/example/shop/api/OrdersApi.class').isFile()
assert new File(basedir, 'target/classes/com/example/shop/model/Order.class').isFile()
// quiet: no banner, no line per file
assert !log.contains('Thanks for using OpenAPI Generator')
assert !log.contains('writing file')
assert !log.contains('Generating with dryRun')
// reproducible: no generation timestamp anywhere
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    if (f.name.endsWith('.java')) {
        assert !(f.text =~ /@Generated\([^)]*date\s*=/): "timestamp in ${f}"
    }
}
return true
