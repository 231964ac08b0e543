package boot

import (
	"embed"
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

//go:embed digest.sh
var digestLib []byte

//go:embed templates/*.tmpl
var templates embed.FS

var bootTemplate = runner.NewTemplate(templates, "boot.sh.tmpl")

// StatePath is where the boot runner records the steps that ran on an instance.
const StatePath = "/var/lib/parbake/boot"

// LogPath is where the boot runner logs, besides the console.
const LogPath = "/var/log/parbake-boot.log"

// stepWeight is how many bytes one step adds to the bundle, for the size budget's advice.
type stepWeight struct {
	Name  string
	Bytes int
}

// bootData is what boot.sh.tmpl sees.
type bootData struct {
	Recipe, Role, Version string
	Log, State, IMDS      string
	Manifest, Stage, Lock string
	Bundle                string // base64 of the bundle, wrapped
	Guard                 bool
	Digest, OnMismatch    string
	Variables             []assignment
	Steps                 []runner.StepCall
}

// assignment sets one variable on the instance: fetched with Fetch from Path, or a value.
type assignment struct {
	Shell, Fetch, Path, Value string
}

// fetchers name the boot library function that reads each kind of source.
var fetchers = map[recipe.SourceKind]string{recipe.SourceIMDS: "pb_imds", recipe.SourceSSM: "pb_ssm", recipe.SourceEnv: "pb_env"}

// script renders the boot runner for the steps that run at boot (all of them with boot-all),
// returning it with each step's weight.
func script(p *plan.Plan, o Options) (string, []stepWeight, error) {
	steps := p.Boot()
	if o.OnMismatch == MismatchBootAll && len(p.Bake()) > 0 {
		steps = p.Steps // a different image needs the baked steps too
	}
	if err := checkInlineSize(steps); err != nil {
		return "", nil, err
	}
	vars, err := variableAssignments(steps, p.Variables, o.Values)
	if err != nil {
		return "", nil, err
	}
	b := runner.NewBundle()
	b.Add("lib.sh", 0o644, runner.Lib)
	b.Add("boot.sh", 0o644, bootLib)
	b.Add("digest.sh", 0o644, digestLib)
	d := bootData{Recipe: p.Recipe, Role: p.Role, Version: o.Version, Log: LogPath, State: StatePath,
		IMDS: o.IMDSEndpoint, Manifest: runner.ManifestPath, Stage: runner.StageDir, Lock: runner.LockPath,
		Guard: len(p.Bake()) > 0, Digest: p.BakeDigest, OnMismatch: string(o.OnMismatch), Variables: vars}
	var weights []stepWeight
	for i, s := range steps {
		before := b.Size()
		file, err := runner.AddStep(b, runner.Boot, i+1, s)
		if err != nil {
			return "", nil, err
		}
		weights = append(weights, stepWeight{Name: s.Name, Bytes: int(b.Size() - before)})
		d.Steps = append(d.Steps, runner.NewStepCall(i+1, len(steps), s, file))
	}
	archive, err := b.TarGz()
	if err != nil {
		return "", nil, err
	}
	d.Bundle = wrap(base64.StdEncoding.EncodeToString(archive), 76, "\n")
	text, err := runner.Execute(bootTemplate, d)
	return text, weights, err
}

// checkInlineSize refuses, before reading them, local files too large to ever fit in user data.
func checkInlineSize(steps []*plan.Step) error {
	for _, s := range steps {
		for _, f := range s.Content.Files {
			if f.Size() > MaxUserData {
				return fmt.Errorf("%s: %w: step %q's file %s is %d bytes; bake the step (phase = \"bake\") or fetch the file on the instance",
					f.Range, ErrTooLarge, s.Name, f.Path, f.Size())
			}
		}
		if sc := s.Content.Script; sc != nil && sc.Source.Size > MaxUserData {
			return fmt.Errorf("%s: %w: step %q's script is %d bytes; bake the step (phase = \"bake\")", sc.Range, ErrTooLarge, s.Name, sc.Source.Size)
		}
	}
	return nil
}

// variableAssignments fetches, on the instance, each boot variable the steps use: from IMDS, SSM
// or the environment, or inlined from the given values when it has no `from`. Sensitive values
// are never inlined.
func variableAssignments(steps []*plan.Step, vars []*recipe.Variable, values map[string]string) ([]assignment, error) {
	usedBy := map[string]string{}
	for _, s := range steps {
		for _, v := range s.BootVars {
			if _, ok := usedBy[v]; !ok {
				usedBy[v] = s.Name
			}
		}
	}
	names := make([]string, 0, len(usedBy))
	for n := range usedBy {
		names = append(names, n)
	}
	sort.Strings(names)
	byName := map[string]*recipe.Variable{}
	for _, v := range vars {
		byName[v.Name] = v
	}
	var out []assignment
	var missing []string
	for _, n := range names {
		v := byName[n]
		a := assignment{Shell: runner.VarName(n)}
		switch {
		case v.From != nil:
			a.Fetch, a.Path = fetchers[v.From.Kind], v.From.Path
		case v.Sensitive:
			return nil, fmt.Errorf("step %q uses sensitive variable %q, whose value would be written into user data; declare it with boot = true and a from (imds:, ssm: or env:) so the instance fetches it", usedBy[n], n)
		default:
			val, ok := values[n]
			if !ok {
				if v.Default == cty.NilVal || v.Default.IsNull() {
					missing = append(missing, n)
					continue
				}
				val = v.Default.AsString()
			}
			a.Value = val
		}
		out = append(out, a)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no value for boot variable %s: it has no from and no default; set it in variables", strings.Join(missing, ", "))
	}
	return out, nil
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
