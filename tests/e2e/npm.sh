#!/usr/bin/env bash
# Installs the pinned npm packages of tests/e2e (playwright-core, axe-core,
# vnu-jar, @sveltia/cms, ajv) from package-lock.json, unless node_modules
# already matches the lock. Used by run.sh and by .ci/run before `cargo
# test`, whose tests/cms.rs judges the CMS config with the pinned schema.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v npm >/dev/null || { echo "error: npm is missing (Node 20 + npm are needed)" >&2; exit 1; }
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ "$(cat node_modules/.e2e-lock-sha256 2>/dev/null || true)" != "$lock_sum" ||
  ! -f node_modules/vnu-jar/build/dist/vnu.jar || ! -f node_modules/axe-core/axe.min.js ||
  ! -f node_modules/playwright-core/package.json ||
  ! -f node_modules/@sveltia/cms/schema/sveltia-cms.json ]]; then
  # --ignore-scripts: vnu-jar's postinstall would download a Java runtime;
  # playwright-core downloads nothing, we use Debian's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error ||
    { echo "error: npm ci failed" >&2; exit 1; }
  echo "$lock_sum" >node_modules/.e2e-lock-sha256
else
  echo "node_modules is up to date with package-lock.json"
fi
