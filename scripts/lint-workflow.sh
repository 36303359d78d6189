#!/usr/bin/env bash
# Checks .github/workflows/*.yml against the GitHub Actions workflow schema
# (check-jsonschema's built-in copy of it), since a workflow cannot run
# here. It installs check-jsonschema from PyPI into target/lint-workflow/,
# once. The Pages workflow runs this script too.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/lint-workflow
if [ ! -x "$venv/bin/check-jsonschema" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet check-jsonschema==0.39.0
fi
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
