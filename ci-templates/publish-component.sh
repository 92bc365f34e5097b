#!/usr/bin/env bash
# Lays out ci-templates/ as a GitLab CI/CD Catalog component project, and optionally pushes it.
#
#   ci-templates/publish-component.sh OUT_DIR [--push GIT_URL --tag TAG]
#
# OUT_DIR gets templates/<name>.yml (each ci-templates/<name>.yml, unchanged), a README.md listing
# the components and their inputs, and a .gitlab-ci.yml whose tag pipelines create the release the
# Catalog needs. With --push, OUT_DIR becomes a one-commit git repository that is force-pushed to
# GIT_URL's default branch together with TAG (the plugin's tag, so `component@<tag>` matches the
# plugin version). The URL may carry a token (https://oauth2:$TOKEN@host/group/components.git): it
# is never printed. See docs/gitlab.md "As a CI/CD Catalog component".
set -euo pipefail

usage() { echo "usage: $0 OUT_DIR [--push GIT_URL --tag TAG]" >&2; exit 2; }
[ $# -ge 1 ] || usage
out=$1; shift
push_url=""; tag=""
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push_url=${2:?--push needs a git URL}; shift 2 ;;
    --tag) tag=${2:?--tag needs a tag}; shift 2 ;;
    *) usage ;;
  esac
done
if [ -n "$push_url" ] && [ -z "$tag" ]; then echo "--push needs --tag" >&2; exit 2; fi

src=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/templates"
names=()
for file in "$src"/*.yml; do
  name=$(basename "$file" .yml)
  cp "$file" "$out/templates/$name.yml"
  names+=("$name")
done

# README.md: the Catalog shows it. One section per component with its inputs (name, default, description).
{
  echo "# schemagate CI/CD components"
  echo
  echo "GitLab CI/CD components of [schema-maven-plugin](https://gitlab.com/schemagate/schema-maven-plugin):"
  echo "database migrations, JSON Schemas and OpenAPI specs checked in merge requests, API docs published on tags."
  echo "Versions follow the plugin's tags. Full documentation: docs/gitlab.md of the plugin project."
  for name in "${names[@]}"; do
    echo
    echo "## $name"
    echo
    echo '```yaml'
    echo 'include:'
    echo "  - component: \$CI_SERVER_FQDN/<group>/<this project>/$name@${tag:-<version>}"
    echo '```'
    echo
    sed -n '1,/^spec:/p' "$src/$name.yml" | sed -n 's/^# \{0,1\}//p' | grep -v '^Usage, every input' || true
    echo
    echo "| input | default | description |"
    echo "|---|---|---|"
    awk '
      /^---/ { exit }
      /^    [A-Za-z0-9_]+:$/ { if (n) print row(); n = substr($1, 1, length($1) - 1); d = ""; desc = ""; next }
      /^      default:/ { sub(/^      default: */, ""); d = $0; next }
      /^      description: >-/ { inblock = 1; next }
      /^      description:/ { sub(/^      description: */, ""); desc = $0; inblock = 0; next }
      /^        / { if (inblock) { sub(/^ +/, ""); desc = desc (desc ? " " : "") $0 }; next }
      /^      / { inblock = 0 }
      function row() { gsub(/\|/, "\\|", desc); return "| `" n "` | `" d "` | " desc " |" }
      END { if (n) print row() }
    ' "$src/$name.yml"
  done
} > "$out/README.md"

# The component project's own pipeline: a tag creates the release that publishes the version in the Catalog.
cat > "$out/.gitlab-ci.yml" <<'YAML'
# Tag pipelines create the release that publishes this version in the CI/CD Catalog.
create-release:
  stage: deploy
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - echo "Releasing the schemagate components $CI_COMMIT_TAG"
  release:
    tag_name: $CI_COMMIT_TAG
    description: "schemagate components $CI_COMMIT_TAG (same version as dev.schemagate:schema-maven-plugin)"
YAML
echo "schemagate: component project laid out in $out: ${names[*]}"

if [ -n "$push_url" ]; then
  (
    cd "$out"
    git init -q -b main
    git add -A
    git -c user.name="schemagate release" -c user.email="release@schemagate.invalid" \
      commit -q -m "schemagate components $tag"
    git tag -f "$tag"
    git push -q --force "$push_url" HEAD:refs/heads/main 2>&1 | sed 's#//[^@/]*@#//****@#g'
    git push -q --force "$push_url" "refs/tags/$tag" 2>&1 | sed 's#//[^@/]*@#//****@#g'
    rm -rf .git
  )
  echo "schemagate: pushed the components with tag $tag"
fi
