package boot

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"sort"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/zclconf/go-cty/cty"
)

//go:embed bootlib.sh
var bootLib []byte

// StatePath is where the boot runner records the steps that ran on an instance.
const StatePath = "/var/lib/parbake/boot"

// LogPath is where the boot runner logs, besides the console.
const LogPath = "/var/log/parbake-boot.log"

// stepWeight is how many bytes one step adds to the bundle, for the size budget's advice.
type stepWeight struct {
	Name  string
	Bytes int
}

// script renders the boot runner for the steps that run at boot (all of them with boot-all),
// returning it with each step's weight.
func script(p *plan.Plan, o Options) (string, []stepWeight, error) {
	steps := p.Boot()
	phase := map[string]recipe.Phase{}
	if o.OnMismatch == MismatchBootAll && len(p.Bake()) > 0 {
		steps = p.Steps // a different image needs the baked steps too
	}
	for _, s := range p.Steps {
		phase[s.Name] = s.Phase
	}
	assign, err := variableAssignments(steps, p.Variables, o.Values)
	if err != nil {
		return "", nil, err
	}
	b := runner.NewBundle()
	b.Add("lib.sh", 0o644, runner.Lib)
	b.Add("boot.sh", 0o644, bootLib)
	var calls strings.Builder
	var weights []stepWeight
	for i, s := range steps {
		before := bundleSize(b)
		file := runner.AddStep(b, runner.Boot, i+1, s)
		weights = append(weights, stepWeight{Name: s.Name, Bytes: bundleSize(b) - before})
		call := strings.TrimSuffix(runner.StepCall(i+1, len(steps), s, file), "\n")
		calls.WriteString(strings.Replace(call, "pb_step ", "pb_boot_step ", 1) + " " + string(phase[s.Name]) + "\n")
	}
	guard := ""
	if len(p.Bake()) > 0 {
		guard = fmt.Sprintf("pb_guard %s %s\n", runner.Quote(p.BakeDigest), runner.Quote(string(o.OnMismatch)))
	}
	encoded := wrap(base64.StdEncoding.EncodeToString(b.TarGz()), 76, "\n")
	return fmt.Sprintf(bootTemplate, runner.Quote(p.Recipe), runner.Quote(p.Role), o.Version, runner.Quote(LogPath),
		encoded, runner.Quote(StatePath), runner.Quote(o.IMDSEndpoint), len(steps), guard, assign, calls.String()), weights, nil
}

// variableAssignments fetches, on the instance, each boot variable the steps use: from IMDS, SSM
// or the environment, or inlined from the given values when it has no `from`. Sensitive values
// are never inlined.
func variableAssignments(steps []*plan.Step, vars []*recipe.Variable, values map[string]string) (string, error) {
	used := map[string]bool{}
	usedBy := map[string]string{}
	for _, s := range steps {
		for _, v := range s.BootVars {
			if !used[v] {
				used[v], usedBy[v] = true, s.Name
			}
		}
	}
	var names []string
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	byName := map[string]*recipe.Variable{}
	for _, v := range vars {
		byName[v.Name] = v
	}
	var b strings.Builder
	var missing []string
	for _, n := range names {
		v := byName[n]
		sh := runner.VarName(n)
		switch {
		case v.From != nil:
			fn := map[recipe.SourceKind]string{recipe.SourceIMDS: "pb_imds", recipe.SourceSSM: "pb_ssm", recipe.SourceEnv: "pb_env"}[v.From.Kind]
			fmt.Fprintf(&b, "%s=$(%s %s)\n", sh, fn, runner.Quote(v.From.Path))
		case v.Sensitive:
			return "", fmt.Errorf("step %q uses sensitive variable %q, whose value would be written into user data; declare it with boot = true and a from (imds:, ssm: or env:) so the instance fetches it", usedBy[n], n)
		default:
			val, ok := values[n]
			if !ok {
				if v.Default == cty.NilVal || v.Default.IsNull() {
					missing = append(missing, n)
					continue
				}
				val = v.Default.AsString()
			}
			fmt.Fprintf(&b, "%s=%s\n", sh, runner.Quote(val))
		}
		fmt.Fprintf(&b, "export %s\n", sh)
	}
	if len(missing) > 0 {
		return "", fmt.Errorf("no value for boot variable %s: it has no from and no default; set it in variables", strings.Join(missing, ", "))
	}
	return b.String(), nil
}

func bundleSize(b *runner.Bundle) int {
	n := 0
	for _, name := range b.Names() {
		d, _ := b.File(name)
		n += len(d)
	}
	return n
}

// wrap breaks s into lines of width bytes, joined by eol, for base64 in scripts and MIME parts.
func wrap(s string, width int, eol string) string {
	var b strings.Builder
	for len(s) > width {
		b.WriteString(s[:width] + eol)
		s = s[width:]
	}
	b.WriteString(s)
	return b.String()
}

// bootTemplate is the boot runner. It re-runs itself through tee so every line reaches both the
// console (and so cloud-init's output) and the log, keeping its own exit status.
const bootTemplate = `#!/bin/sh
# parbake boot runner: generated, do not edit. Recipe %s, role %s, parbake %s.
set -eu
umask 022
PB_LOG=%s
if [ -z "${PB_LOGGING:-}" ]; then
  mkdir -p "$(dirname "$PB_LOG")"
  PB_LOGGING=1
  export PB_LOGGING
  PB_RC=$(mktemp)
  { sh "$0" "$@" 2>&1 && echo 0 >"$PB_RC" || echo $? >"$PB_RC"; } | tee -a "$PB_LOG"
  PB_STATUS=$(cat "$PB_RC")
  rm -f "$PB_RC"
  exit "$PB_STATUS"
fi
PB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/parbake-boot.XXXXXX")
trap 'rm -rf -- "$PB_DIR"' EXIT
base64 -d >"$PB_DIR/bundle.tar.gz" <<'PARBAKE_BUNDLE_END'
%s
PARBAKE_BUNDLE_END
tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
PB_DONE=$PB_DIR/done
PB_STATE=%s
PB_IMDS=%s
export PB_DIR PB_DONE PB_STATE PB_IMDS
: >"$PB_DONE"
. "$PB_DIR/lib.sh"
. "$PB_DIR/boot.sh"
cd "$PB_DIR"
pb_marker "boot-begin %d"
%s%s%spb_marker "boot-done"
`
