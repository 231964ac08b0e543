package boot

import (
	"embed"
	"encoding/base64"
	"fmt"
	"path"
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

//go:embed ssm.sh
var ssmLib []byte

//go:embed s3.sh
var s3Lib []byte

//go:embed aws.sh
var awsLib []byte

//go:embed ready.sh
var readyLib []byte

//go:embed warm.sh
var warmLib []byte

//go:embed templates/*.tmpl
var templates embed.FS

var (
	bootTemplate  = runner.NewTemplate(templates, "boot.sh.tmpl")
	readyTemplate = runner.NewTemplate(templates, "ready.sh.tmpl")
)

// StatePath is where the boot runner records the steps that ran on an instance.
const StatePath = "/var/lib/parbake/boot"

// LogPath is where the boot runner logs, besides the console.
const LogPath = "/var/log/parbake-boot.log"

// ReportPath is where the boot runner writes its report: each step's duration and status.
const ReportPath = "/var/lib/parbake/boot-report.json"

// HookPath is where the runner keeps a copy of itself while the boot part is unfinished.
// cloud-init runs user-data scripts once per instance, but what is in this directory on every
// boot: so a boot part that failed, or rebooted the instance, is resumed on the next boot, and
// the copy is removed once every step has run.
const HookPath = "/var/lib/cloud/scripts/per-boot/parbake-boot.sh"

// stepWeight is how many bytes one step adds to the bundle, for the size budget's advice.
type stepWeight struct {
	Name    string
	Bytes   int
	Largest *recipe.File // its largest file, for the advice
}

// bootData is what boot.sh.tmpl sees.
type bootData struct {
	Token                 string // runner.BootToken: the console's readers find the markers by it
	Recipe, Role, Version string
	Log, IMDS             string
	Report, Hook          string
	SSMEndpoint           string
	S3Endpoint            string
	AutoscalingEndpoint   string
	Ready                 bool   // the recipe has a ready block
	WarmPool              bool   // the policy has a warm pool: each start runs its part (warm.sh)
	InServiceDir          string // runner.InServiceFlag's directory and the flag, quoted
	InServiceFlag         string
	State                 string // StatePath, quoted
	ReadyHook             string // its lifecycle hook, or ""
	Setup                 string
	Bundle                string // base64 of the bundle, wrapped
	Guard                 bool
	Digest, OnMismatch    string
	Sensitive             string       // names of the sensitive variables, for the mask
	Variables             []assignment // in the order the instance resolves them
	Fetches               []fetchGroup // the fetch phase, by dependency depth
	SSMDeadline           int          // seconds
	FetchJitterMS         int
	SSMAttempts           int
	PreFetch              []runner.StepCall
	Steps                 []runner.StepCall
	Starts                []string // baked services no boot step configures: started at the end
}

// assignment gives one variable its value on the instance: fetched from a source, or carried in
// the user data (Fetch empty).
type assignment struct {
	Name     string
	Fetch    recipe.SourceKind
	PathWord string // the source's path as a shell word; other variables expand in it
	From     string // the from as the recipe wrote it, for messages
	Value    string
	Refs     []string // the variables the source's path uses
	SHA256   string   // an s3: value's pinned digest
	// Fresh values are read as the instance goes in service; with a warm pool, not while it
	// warms (no warm step uses them).
	Fresh bool
}

// script renders the boot runner for the steps that run at boot (all of them with boot-all),
// returning it with each step's weight.
func script(p *plan.Plan, o Options) (string, []stepWeight, error) {
	steps := p.Launch() // a direct launch runs the warm part and the boot part in one boot
	if o.OnMismatch == MismatchBootAll && len(p.Bake()) > 0 {
		steps = p.Steps // a different image needs the baked steps too
	}
	if err := checkInlineSize(steps, o); err != nil {
		return "", nil, err
	}
	if err := checkWarmPool(p); err != nil {
		return "", nil, err
	}
	vars, sensitive, err := variableAssignments(steps, p.Variables, o.Values)
	if err != nil {
		return "", nil, err
	}
	b := runner.NewBundle()
	b.Add("lib.sh", 0o644, runner.Compact(runner.Lib))
	b.Add("boot.sh", 0o644, runner.Compact(bootLib))
	b.Add("digest.sh", 0o644, runner.Compact(digestLib))
	libs := []string{"lib.sh", "digest.sh", "boot.sh"}
	// The optional libraries come only with what uses them: user data is 16 KB.
	ssm, s3, ready := reads(vars, recipe.SourceSSM), reads(vars, recipe.SourceS3), p.Ready != nil
	for _, l := range []struct {
		name string
		text []byte
		used bool
	}{{"aws.sh", awsLib, ssm || s3 || (ready && p.Ready.LifecycleHook != "")}, {"ssm.sh", ssmLib, ssm}, {"s3.sh", s3Lib, s3}, {"ready.sh", readyLib, ready},
		{"warm.sh", warmLib, p.Policy.WarmPool != nil}} {
		if l.used {
			b.Add(l.name, 0o644, runner.Compact(l.text))
			libs = append(libs, l.name)
		}
	}
	if ready && len(p.Ready.Run) > 0 {
		text, err := runner.Execute(readyTemplate, p.Ready)
		if err != nil {
			return "", nil, err
		}
		b.Add("ready.sh.run", 0o700, []byte(text))
	}
	d := bootData{Recipe: p.Recipe, Role: p.Role, Version: o.Version, Log: LogPath, Report: ReportPath, Hook: HookPath,
		IMDS: o.IMDSEndpoint, SSMEndpoint: o.SSMEndpoint, S3Endpoint: o.S3Endpoint, AutoscalingEndpoint: o.AutoscalingEndpoint, Ready: ready,
		WarmPool: p.Policy.WarmPool != nil, State: runner.Quote(StatePath),
		InServiceDir: runner.Quote(path.Dir(runner.InServiceFlag)), InServiceFlag: runner.Quote(runner.InServiceFlag),
		Setup: runner.Setup(runner.SetupData{State: runner.Quote(StatePath), Libs: libs, HoldUntil: runner.HoldUntil(p)}),
		Guard: len(p.Bake()) > 0, Digest: p.BakeDigest, OnMismatch: string(o.OnMismatch), Variables: vars,
		Fetches: fetchGroups(vars), SSMDeadline: int(ssmDeadline(o).Seconds()), FetchJitterMS: int(fetchJitter(p, o).Milliseconds()),
		SSMAttempts: SSMCLIAttempts, Sensitive: strings.Join(sensitive, " ")}
	var weights []stepWeight
	for i, s := range steps {
		before := b.Size()
		file, err := runner.AddStep(b, runner.Boot, i+1, s, p.RestartsAfter(s.Name))
		if err != nil {
			return "", nil, err
		}
		weights = append(weights, stepWeight{Name: s.Name, Bytes: int(b.Size() - before), Largest: largestFile(s.Content)})
		call := runner.NewStepCall(i+1, len(steps), s, file)
		// The AWS CLI must be there before any ssm: value is fetched.
		if s.Name == recipe.AWSCLIStep && s.Phase != recipe.PhaseBake && len(vars) > 0 {
			d.PreFetch = append(d.PreFetch, call)
			continue
		}
		d.Steps = append(d.Steps, call)
	}
	if ready {
		d.ReadyHook = p.Ready.LifecycleHook
	}
	d.Starts = bakedStarts(p)
	archive, err := b.TarGz()
	if err != nil {
		return "", nil, err
	}
	d.Bundle = wrap(base64.StdEncoding.EncodeToString(archive), 76, "\n")
	d.Token = runner.BootToken
	text, err := runner.Execute(bootTemplate, d)
	return text, weights, err
}

// maxDeflateRatio is the most DEFLATE can shrink anything: a file larger than MaxUserData times
// this can't fit in user data, however well it compresses.
const maxDeflateRatio = 1032

// inlineLimit is the largest local file that could still fit in user data: MaxUserData without
// gzip; with it, as much as perfect compression could fit. Only the rendered result decides; this
// only spares reading a file that cannot fit.
func inlineLimit(o Options) int64 {
	if o.Gzip == GzipFalse {
		return MaxUserData
	}
	return MaxUserData * maxDeflateRatio
}

// checkInlineSize refuses, before reading them, local files too large to ever fit in user data,
// naming the step and the file.
func checkInlineSize(steps []*plan.Step, o Options) error {
	limit := inlineLimit(o)
	why := "even compressed perfectly"
	if o.Gzip == GzipFalse {
		why = "without gzip"
	}
	for _, s := range steps {
		for _, f := range s.Content.Files {
			if f.Size() > limit {
				return fmt.Errorf("%s: %w: step %q's file %s is %d bytes, which cannot fit %s; bake the step (phase = \"bake\"), %s",
					recipe.Pos(f.Range), ErrTooLarge, s.Name, f.Path, f.Size(), why, s3Advice(s.Name, f))
			}
		}
		if sc := s.Content.Script; sc != nil && sc.Source.Size > limit {
			return fmt.Errorf("%s: %w: step %q's script is %d bytes, which cannot fit %s; bake the step (phase = \"bake\")", recipe.Pos(sc.Range), ErrTooLarge, s.Name, sc.Source.Size, why)
		}
	}
	return nil
}

// variableAssignments lists, in the order the instance resolves them, every variable the steps
// use, and every variable their sources' paths use in turn: fetched from IMDS, SSM or a file,
// or carried in the user data when it has no from. Sensitive values are never carried. It also
// names the sensitive ones, which the runner masks.
func variableAssignments(steps []*plan.Step, vars []*recipe.Variable, values map[string]string) ([]assignment, []string, error) {
	byName := map[string]*recipe.Variable{}
	for _, v := range vars {
		byName[v.Name] = v
	}
	used := map[string]recipe.VarRef{} // the first reference, for messages
	var queue []string
	for _, s := range steps {
		for _, ref := range s.BootRefs {
			if _, ok := used[ref.Name]; !ok {
				used[ref.Name] = ref
				queue = append(queue, ref.Name)
			}
		}
	}
	for i := 0; i < len(queue); i++ { // a from's variables are needed too
		if src := byName[queue[i]].From; src != nil {
			for _, dep := range src.Refs {
				if _, ok := used[dep]; !ok {
					used[dep] = recipe.VarRef{Name: dep, Range: src.Range}
					queue = append(queue, dep)
				}
			}
		}
	}
	var out []assignment
	var sensitive, missing []string
	fresh := map[string]bool{}
	for _, n := range resolutionOrder(queue, byName) {
		v := byName[n]
		a := assignment{Name: n}
		switch {
		case v.From != nil:
			a.Fetch, a.PathWord, a.From, a.Refs, a.SHA256 = v.From.Kind, runner.Word(v.From.Path), v.From.String(), v.From.Refs, v.SHA256
		case v.Sensitive:
			return nil, nil, fmt.Errorf("%s: variable %q is sensitive, so its value may not be written into user data; declare it with boot = true and a from (imds:, ssm: or file:) so the instance fetches it",
				recipe.Pos(used[n].Range), n)
		default:
			val, ok := values[n]
			if !ok {
				if v.Default == cty.NilVal || v.Default.IsNull() {
					missing = append(missing, fmt.Sprintf("%s (%s)", n, recipe.Pos(v.DeclRange)))
					continue
				}
				val = v.Default.AsString()
			}
			a.Value = val
		}
		if v.Sensitive {
			sensitive = append(sensitive, n)
		}
		// A value whose from uses a fresh value is read fresh too.
		a.Fresh = v.Boot && v.IsFresh()
		for _, ref := range a.Refs {
			a.Fresh = a.Fresh || fresh[ref]
		}
		fresh[n] = a.Fresh
		out = append(out, a)
	}
	if len(missing) > 0 {
		return nil, nil, fmt.Errorf("no value for boot variable %s: it has no from and no default; set it in variables", strings.Join(missing, ", "))
	}
	return out, sensitive, nil
}

// resolutionOrder sorts names so that each comes after the variables its from uses, ties by
// name. Load has refused cycles.
func resolutionOrder(names []string, byName map[string]*recipe.Variable) []string {
	pending := append([]string{}, names...)
	sort.Strings(pending)
	done := map[string]bool{}
	var out []string
	for len(pending) > 0 {
		progressed := false
		for i, n := range pending {
			ready := true
			if src := byName[n].From; src != nil {
				for _, dep := range src.Refs {
					ready = ready && done[dep]
				}
			}
			if ready {
				out, done[n] = append(out, n), true
				pending = append(pending[:i], pending[i+1:]...)
				progressed = true
				break
			}
		}
		if !progressed {
			return append(out, pending...) // unreachable after Load's cycle check
		}
	}
	return out
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

// bakedStarts lists the started services of baked steps that no boot step configures: the boot
// part starts them at its end, which is a no-op when systemd already has.
func bakedStarts(p *plan.Plan) []string {
	var out []string
	for _, svc := range p.Services() {
		if svc.Phase == recipe.PhaseBake && svc.Action() == "start" {
			out = append(out, svc.Name)
		}
	}
	return out
}

// checkWarmPool refuses a warm pool the runner cannot serve: without a ready block's
// lifecycle_hook, Auto Scaling stops a warming instance as soon as it has launched, whatever its
// warm part is doing, and puts it in service without waiting for its boot part.
func checkWarmPool(p *plan.Plan) error {
	wp := p.Policy.WarmPool
	if wp == nil || (p.Ready != nil && p.Ready.LifecycleHook != "") {
		return nil
	}
	return fmt.Errorf("%s: %w: add ready { lifecycle_hook = \"…\" } naming the group's EC2_INSTANCE_LAUNCHING hook, or Auto Scaling stops each warming instance before its warm part ends",
		recipe.Pos(wp.Range), ErrWarmPoolHook)
}
