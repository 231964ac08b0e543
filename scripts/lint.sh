#!/usr/bin/env bash
# Lints the Go code (go vet, staticcheck) and every shell script parbake writes or generates
# (shellcheck): the libraries and templates' output through the golden files, the harness and
# the project's scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
go vet ./...
go vet -tags e2e ./test/e2e/
go tool staticcheck ./...
go tool staticcheck -tags e2e ./test/e2e/
command -v shellcheck >/dev/null || { echo "lint: shellcheck is missing; run scripts/setup.sh" >&2; exit 1; }
# The runner's libraries and generated scripts are POSIX sh; the harness and scripts are bash.
shellcheck -s sh runner/lib.sh runner/services.sh runner/session.sh boot/bootlib.sh boot/digest.sh bake/*.sh
# Generated scripts source the libraries at run time and set variables for them.
shellcheck -s sh -e SC1091,SC2034 bake/testdata/golden/run.sh bake/testdata/golden/stop.sh \
  bake/testdata/golden/steps/*.sh boot/testdata/golden/steps/*.sh boot/testdata/golden/user-data.sh
shellcheck scripts/*.sh test/sandbox/*.sh .ci/run
echo "lint: clean" >&2
