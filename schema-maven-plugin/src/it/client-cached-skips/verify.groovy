// The second run of schema:client sees the same resolved spec, options and generator version and
// skips the generation.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def first = log.indexOf('[INFO] Generated the OpenAPI client of src/main/openapi/shop-api.yaml into target/generated-sources/openapi: ')
def second = log.indexOf('[INFO] OpenAPI client target/generated-sources/openapi is up to date with src/main/openapi/shop-api.yaml (2 spec files unchanged, ')
assert first >= 0
assert second > first
def state = new File(basedir, 'target/schemagate-state').listFiles().find { it.name.endsWith('.sha256') }
assert state.readLines().drop(1) == ['src/main/openapi/parts/schemas.yaml', 'src/main/openapi/shop-api.yaml']
return true
