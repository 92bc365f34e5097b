import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
// invocation 1: every old name warns, naming the new one; every goal reads api/ and finds api/v1/pets.yaml
for (String old : ['schema.api.specDir', 'schema.client.specDir', 'schema.docs.specDir']) {
    assert log.contains("[WARNING] ${old} is deprecated: set schema.openapi.specDir instead (one folder for api-compat,"
            + " client, docs and attach). ${old} still works for now.")
}
assert log.contains('[INFO] Generated the OpenAPI client of api/v1/pets.yaml into target/generated-sources/openapi: ')
assert log.contains('Checked 1 OpenAPI specs in api; no baseline, so no breaking-change comparison.')
assert log.contains('API docs: v1/pets.yaml (Pets 1.0.0, 1 paths)')
assert new File(basedir, 'target/schemagate/api-docs/1.0/v1_pets.html').isFile()
assert !new File(basedir, 'target/schemagate/api-docs/1.0/v1_parts_common.html').exists()
File zip = new File(basedir, 'target/schemagate/openapi-spec-dir-deprecated-warns-1.0-schemas.zip')
def names = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert names == ['api/settings.yaml', 'api/v1/parts/common.yaml', 'api/v1/pets.yaml']
// invocation 2: two names, two folders
assert log.contains('schema.openapi.specDir (src/main/openapi) and schema.docs.specDir (api) name different folders,'
        + ' but every OpenAPI goal reads one folder. Set schema.openapi.specDir to the folder of your specs and remove'
        + ' schema.docs.specDir.')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.schemagate')
return true
