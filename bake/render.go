// Package bake renders the baked part of a plan into a bundle: a deterministic tar.gz holding a
// POSIX-sh runner, each step's script and data, and the manifest template. The provisioner
// uploads it once and runs it with one remote command.
package bake

import (
	"fmt"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// Render builds the bake bundle for plan p. version is parbake's, recorded in the manifest.
func Render(p *plan.Plan, version string) *runner.Bundle {
	b := runner.NewBundle()
	b.Add("lib.sh", 0o644, runner.Lib)
	b.Add("manifest.json.in", 0o644, []byte(ManifestTemplate(p, version)))
	steps := p.Bake()
	var calls strings.Builder
	for i, s := range steps {
		script := runner.AddStep(b, runner.Bake, i+1, s)
		calls.WriteString(runner.StepCall(i+1, len(steps), s, script))
	}
	b.Add("run.sh", 0o755, []byte(fmt.Sprintf(runTemplate, runner.Quote(p.Recipe), runner.Quote(p.Role),
		len(steps), p.BakeDigest, calls.String(), runner.Quote(ManifestPath))))
	return b
}

// runTemplate is the bake runner's main script. Daemons are never started here; the staging dir
// is removed on exit unless PARBAKE_SKIP_CLEAN=1.
const runTemplate = `#!/bin/sh
# parbake bake runner: generated, do not edit. Recipe %s, role %s.
set -eu
umask 022
PB_DIR=$(cd -- "$(dirname -- "$0")" && pwd)
PB_DONE=$PB_DIR/done
export PB_DIR PB_DONE
. "$PB_DIR/lib.sh"
if [ "${PARBAKE_SKIP_CLEAN:-0}" != 1 ]; then
  trap 'cd / && rm -rf -- "$PB_DIR" && rmdir -- "$(dirname -- "$PB_DIR")" 2>/dev/null; true' EXIT
fi
echo $$ >"$PB_DIR/run.pid"
: >"$PB_DONE"
cd "$PB_DIR"
# Wait for a cloud-init that is running (it created /run/cloud-init), so packages don't race it.
if [ "${PARBAKE_WAIT_CLOUD_INIT:-0}" = 1 ] && [ -d /run/cloud-init ] && command -v cloud-init >/dev/null 2>&1; then
  pb_marker "wait-cloud-init"
  timeout 1800 cloud-init status --wait >/dev/null 2>&1 || true
fi
pb_marker "bake-begin %d %s"
%spb_fill_manifest "$PB_DIR/manifest.json.in" %s
# Instances launched from the image must run their own user data, not inherit this build's state.
if [ "${PARBAKE_CLEAN_CLOUD_INIT:-0}" = 1 ] && command -v cloud-init >/dev/null 2>&1; then
  cloud-init clean --logs >/dev/null 2>&1 || echo "parbake: cloud-init clean failed" >&2
fi
pb_marker "bake-done"
`
