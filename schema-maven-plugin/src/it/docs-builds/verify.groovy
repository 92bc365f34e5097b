// schema:docs in the verify phase: target/schemagate/api-docs/<project version>/ with a self-contained page
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/schemagate/api-docs')
def version = new File(site, '2.3.0')
assert log.contains('API docs: incubator-api.yaml (Incubator API 1.2.0, 4 paths)')
assert log.contains('schemagate: API docs of 1 spec(s)')
assert log.contains('BUILD SUCCESS')

def page = new File(version, 'incubator-api.html').text
assert page.contains('src="assets/swagger-ui/swagger-ui-bundle.js"')
assert page.contains('"operationId":"listIdeas"')
assert !page.contains('common.yaml#')          // external $refs are inlined
assert !page.contains('http://') && !page.contains('https://')
assert new File(version, 'assets/swagger-ui/swagger-ui-bundle.js').length() > 100000
assert new File(version, 'spec/incubator-api.yaml').isFile()
assert new File(version, 'spec/schemas/common.yaml').isFile()
assert new File(version, 'index.html').text.contains('href="incubator-api.html"')
assert new File(site, 'index.html').text.contains('href="2.3.0/index.html"')
assert new File(site, 'versions.txt').text == '2.3.0\n'
return true
