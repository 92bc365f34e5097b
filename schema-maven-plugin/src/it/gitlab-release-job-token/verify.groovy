def gitlab = System.getProperties().remove('schemagate.it.gitlab-release')
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Writing the GitLab Release v1.2.0 with job token from $CI_JOB_TOKEN: 2 link(s), docs at https://incubator.gitlab.io/backend/v1.2.0/')
    assert log.contains('GitLab Release: created the release v1.2.0 of project 42; links: 2 added, 0 updated, 0 already right.')
    assert log.contains('GitLab Release: kept the release v1.2.0 of project 42 and its description; links: 0 added, 0 updated, 2 already right.')
    assert !log.contains('glcbt-it-J0b-Secret-19')
    assert log.contains('BUILD SUCCESS')
    def release = gitlab.releases['v1.2.0']
    assert release.name == 'v1.2.0'
    assert release.description.contains('https://incubator.gitlab.io/backend/v1.2.0/spec/incubator-api.yaml')
    assert release.links.values()*.url.sort() == ['https://incubator.gitlab.io/backend/v1.2.0/',
            'https://incubator.gitlab.io/backend/v1.2.0/spec/incubator-api.yaml']
    assert gitlab.requests.every { it.endsWith('job=glcbt-it-J0b-Secret-19 private=null') }
    assert gitlab.requests.count { it.startsWith('POST /v1.2.0/assets/links') } == 2
} finally {
    gitlab?.server?.stop(0)
}
return true
