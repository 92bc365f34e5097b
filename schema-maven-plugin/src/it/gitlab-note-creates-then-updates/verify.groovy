def gitlab = System.getProperties().remove('schemagate.it.gitlab')
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Merge-request note: created note 900 on project 42 merge request !7.')
    assert log.contains('Merge-request note: updated note 900 on project 42 merge request !7.')
    assert !log.contains('glpat-it-Secret-72')
    assert log.contains('BUILD SUCCESS')
    assert gitlab.notes.size() == 1
    assert gitlab.notes[900L] == '<!-- schemagate:mr-note -->\n**schemagate: 1 error**\n'
    def requests = gitlab.requests
    assert requests.findAll { it.startsWith('POST') }.size() == 1
    assert requests.findAll { it.startsWith('PUT') } == ['PUT /api/v4/projects/42/merge_requests/7/notes/900 token=glpat-it-Secret-72']
    assert requests.every { it.endsWith('token=glpat-it-Secret-72') }
} finally {
    gitlab?.server?.stop(0)
}
return true
