// Runs where Docker is (always in CI: there a missing engine must fail, not skip).
def ci = Boolean.parseBoolean(System.getenv('CI'))
def docker = new File('/var/run/docker.sock').exists() || System.getenv('DOCKER_HOST')
if (!docker && !ci) {
    println 'provider-testcontainers: no Docker engine here, skipped (it runs in CI)'
}
return docker || ci
