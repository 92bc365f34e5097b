#!/usr/bin/env bash
# Deploys schemagate-core, schema-maven-plugin and schemagate-cli (with their parent POM) to this GitLab project's
# Maven package registry, authenticated with the job token, so users get the plugin through the
# <pluginRepositories> entry of README.md, and the CLI template downloads the runnable
# schemagate-cli-<version>.jar from the same registry. Run by the deploy-packages job on tags.
#
# The tag is the plain release version (0.1.0, as the CI/CD Catalog needs); it is stamped into the
# POMs of the job's checkout in place of the development version, so the commit keeps 0.1.0-SNAPSHOT.
set -euo pipefail
: "${CI_COMMIT_TAG:?deploy-packages runs on tags only}"
: "${CI_API_V4_URL:?}" "${CI_PROJECT_ID:?}" "${CI_JOB_TOKEN:?}"

release=$CI_COMMIT_TAG
if ! [[ $release =~ ^[0-9]+\.[0-9]+\.[0-9]+([.-][0-9A-Za-z.-]+)?$ ]]; then
  echo "The tag '$release' is not a release version like 0.1.0: tag the release with its plain version." >&2
  exit 1
fi
dev_version=$(sed -n '/<artifactId>schemagate-parent<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' pom.xml)
if [ -z "$dev_version" ]; then
  echo "Cannot read the project version from pom.xml." >&2
  exit 1
fi
for pom in pom.xml schemagate-core/pom.xml schema-maven-plugin/pom.xml schemagate-cli/pom.xml; do
  sed -i "s:<version>${dev_version}</version>:<version>${release}</version>:" "$pom"
done

settings=$(mktemp)
trap 'rm -f "$settings"' EXIT
# the token stays in the environment: Maven reads ${env.CI_JOB_TOKEN} itself, nothing prints it
cat > "$settings" <<'XML'
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${env.CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
XML

registry="${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/maven"
echo "== deploying schemagate ${release} (was ${dev_version}) to ${registry}"
./mvnw -B -ntp -s "$settings" deploy -pl schema-maven-plugin,schemagate-cli -am -DskipTests -Dinvoker.skip=true \
  -Dmaven.install.skip=true -DaltDeploymentRepository="gitlab-maven::${registry}"
