package plan

import (
	"github.com/parbake/packer-plugin-parbake/timings"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

func mustLoad(t testing.TB, src string) *recipe.Recipe {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "script.sh"), []byte("echo hi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, diags := recipe.LoadSource([]byte(src), "plan.hcl", dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return r
}

func stepByName(p *Plan, name string) *Step {
	for _, s := range p.Steps {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// One case per placement rule, in the order they are tried.
func TestPlacementRules(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		role       string
		step       string
		wantPhase  recipe.Phase
		wantReason string
	}{
		{"explicit phase wins", `
step "a" {
  phase = "boot"
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, `phase = "boot" in the recipe`},
		{"boot variable forces boot", `
variable "domain" {
  boot = true
}
step "a" {
  estimate = "10m"
  run = ["echo ${var.domain}"]
}`, "", "a", recipe.PhaseBoot, "uses var.domain, known only at boot"},
		{"after a boot step", `
step "tls" {
  phase = "boot"
}
step "a" {
  after = ["tls"]
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, "after boot step tls"},
		{"after a boot step, transitively", `
step "tls" {
  phase = "boot"
}
step "mid" {
  after = ["tls"]
}
step "a" {
  after = ["mid"]
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, "after boot step mid"},
		{"role step on a shared base", `
policy {
  shared_base = true
}
step "common" {}
step "a" {
  roles = ["web"]
  estimate = "10m"
}
step "b" {
  roles = ["app"]
}`, "web", "a", recipe.PhaseBoot, "only for role web; the base image is shared"},
		{"step covering every role on a shared base is baked", `
policy {
  shared_base = true
}
step "a" {
  roles = ["web", "app"]
  estimate = "10m"
}
step "b" {
  roles = ["app"]
}`, "web", "a", recipe.PhaseBake, "saves 10m × 100 launches/day"},
		{"policy default", `
policy {
  default = "boot"
}
step "a" {
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, "policy default is boot"},
		{"changes faster than rebuilds", `
policy {
  rebuild_every = "168h"
}
step "a" {
  changes_every = "24h"
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, "changes every 24h; images are rebuilt every 168h, so a baked copy would be stale"},
		{"certification slows rebuilds", `
policy {
  rebuild_every = "24h"
  certify_every = "720h"
}
step "a" {
  changes_every = "168h"
  estimate = "10m"
}`, "", "a", recipe.PhaseBoot, "certification limits rebuilds to every 720h"},
		{"changes slower than rebuilds falls through to cost", `
policy {
  rebuild_every = "24h"
  launches_per_day = 200
}
step "a" {
  changes_every = "168h"
  estimate = "45s"
}`, "", "a", recipe.PhaseBake, "saves 45s × 200 launches/day = 2h30m of boot time per day"},
		{"cheap at boot", `
policy {
  launches_per_day = 200
}
step "a" {
  estimate = "200ms"
}`, "", "a", recipe.PhaseBoot, "cheap at boot (0.2s); kept flexible"},
		{"estimate derived from actions", `
policy {
  launches_per_day = 10
}
step "a" {
  packages = ["nginx"]
}`, "", "a", recipe.PhaseBake, "saves 20s × 10 launches/day = 3m20s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, diags := Make(mustLoad(t, tt.src), Inputs{Role: tt.role})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			s := stepByName(p, tt.step)
			if s == nil {
				t.Fatalf("step %s not in plan", tt.step)
			}
			if s.Phase != tt.wantPhase || !strings.Contains(s.Reason, tt.wantReason) {
				t.Errorf("got %s (%s), want %s (%s)", s.Phase, s.Reason, tt.wantPhase, tt.wantReason)
			}
		})
	}
}

func TestPlacementErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		wantLine int
		want     string
	}{
		{"explicit bake using a boot variable", `variable "d" {
  boot = true
}
step "a" {
  phase = "bake"
  run = ["echo ${var.d}"]
}`, 6, `has phase = "bake" but uses var.d`},
		{"explicit bake after a boot step", `step "tls" {
  phase = "boot"
}
step "a" {
  phase = "bake"
  after = ["tls"]
}`, 5, `comes after "tls", which runs at boot`},
		{"sensitive variable in a baked step", `variable "secret" {
  sensitive = true
  default = "hunter2"
}
step "a" {
  phase = "bake"
  run = ["echo ${var.secret}"]
}`, 7, "would end up on the image"},
		{"s3 value in a command", `variable "bundle" {
  boot = true
  from = "s3://configs/app.tgz"
}
step "a" {
  run = ["tar -xzf ${var.bundle}"]
}`, 6, "use it as a file's whole content"},
		{"s3 value inside other content", `variable "chain" {
  boot = true
  from = "s3://certs/chain.pem"
}
step "a" {
  file "/etc/ssl/all.pem" {
    content = "# chain\n${var.chain}"
  }
}`, 7, "use it as a file's whole content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, diags := Make(mustLoad(t, tt.src), Inputs{})
			if !diags.HasErrors() {
				t.Fatalf("no error; plan:\n%s", p.Text())
			}
			msg := recipe.AsError(diags).Error()
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, "plan.hcl:") {
				t.Errorf("message %q lacks %q or a position", msg, tt.want)
			}
			found := false
			for _, d := range diags {
				if d.Subject != nil && d.Subject.Start.Line == tt.wantLine {
					found = true
				}
			}
			if !found {
				t.Errorf("no diagnostic on line %d: %s", tt.wantLine, msg)
			}
			if strings.Contains(msg, "hunter2") {
				t.Error("a sensitive value appeared in the message")
			}
		})
	}
}

func TestRoles(t *testing.T) {
	src := `
step "common" {}
step "web" {
  roles = ["web"]
}
step "app" {
  roles = ["app"]
}`
	r := mustLoad(t, src)
	tests := []struct {
		role string
		want []string
	}{
		{"", []string{"common"}},
		{"web", []string{"common", "web"}},
		{"app", []string{"common", "app"}},
	}
	for _, tt := range tests {
		p, diags := Make(r, Inputs{Role: tt.role})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		if got := strings.Join(Names(p.Steps), ","); got != strings.Join(tt.want, ",") {
			t.Errorf("role %q: steps %s, want %v", tt.role, got, tt.want)
		}
	}
	if _, diags := Make(r, Inputs{Role: "db"}); !diags.HasErrors() || !strings.Contains(diags.Error(), "app, web") {
		t.Errorf("unknown role: %v", diags)
	}
}

func TestOrderBreaksTiesByDeclaration(t *testing.T) {
	p, diags := Make(mustLoad(t, `
step "c" {
  after = ["b"]
}
step "a" {}
step "b" {}
step "d" {}`), Inputs{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if got := strings.Join(Names(p.Steps), ","); got != "a,b,c,d" {
		t.Errorf("order %s", got)
	}
}

func TestMeasuredDurationsReplaceEstimates(t *testing.T) {
	r := mustLoad(t, `step "a" {
  estimate = "1s"
}`)
	p, _ := Make(r, Inputs{})
	if p.Steps[0].Phase != recipe.PhaseBake {
		t.Fatalf("1s × 100 launches should bake: %s", p.Text())
	}
	tf := &timings.File{}
	tf.Add("a", shortHash(p.Steps[0].Hash), timings.Boot, 0.1)
	tf.Add("a", shortHash(p.Steps[0].Hash), timings.Boot, 0.2)
	tf.Add("a", shortHash(p.Steps[0].Hash), timings.Boot, 0.1)
	p, _ = Make(r, Inputs{Timings: tf})
	if s := p.Steps[0]; s.Phase != recipe.PhaseBoot || !s.Measured || s.Estimate != 100*time.Millisecond ||
		!strings.Contains(p.Text(), "0.1s measured (n=3)") || !strings.Contains(s.Reason, "cheap at boot (0.1s, measured (n=3)); kept flexible; moves to bake from 600 launches/day") {
		t.Errorf("measured 0.1s should boot: %s", p.Text())
	}
	// Measured only in a bake: used for boot too, and the plan says so.
	tf = &timings.File{}
	tf.Add("a", shortHash(p.Steps[0].Hash), timings.Bake, 2)
	p, _ = Make(r, Inputs{Timings: tf})
	if s := p.Steps[0]; s.Phase != recipe.PhaseBake || s.EstimateSource != "measured at bake (n=1)" || s.BakeSource != "measured (n=1)" ||
		!strings.Contains(s.Reason, "moves to boot below 30 launches/day") {
		t.Errorf("bake-measured step: %+v\n%s", s, p.Text())
	}
	// A step whose content changed falls back to its estimate.
	changed := mustLoad(t, "step \"a\" {\n  estimate = \"1s\"\n  run = [\"true\"]\n}")
	p, _ = Make(changed, Inputs{Timings: tf})
	if s := p.Steps[0]; s.Measured || s.EstimateSource != "declared" {
		t.Errorf("changed step kept old measurements: %+v", s)
	}
}

func TestHashAndDigest(t *testing.T) {
	base := `variable "v" {
  default = "one"
}
step "a" {
  run = ["echo ${var.v}"]
}
step "b" {
  estimate = "1h"
  file "/etc/x" {
    source = "script.sh"
  }
}`
	r := mustLoad(t, base)
	p1, _ := Make(r, Inputs{})
	p2, _ := Make(r, Inputs{})
	if p1.JSON() != p2.JSON() || p1.Text() != p2.Text() {
		t.Error("the same inputs gave different plans")
	}
	p3, _ := Make(r, Inputs{Values: map[string]string{"v": "two"}})
	if p3.Steps[0].Hash == p1.Steps[0].Hash {
		t.Error("a different value kept the step's hash")
	}
	if p3.Steps[1].Hash != p1.Steps[1].Hash {
		t.Error("an unrelated value changed another step's hash")
	}
	if !strings.HasPrefix(p1.BakeDigest, "sha256:") || len(p1.BakeDigest) != 71 {
		t.Errorf("digest %q", p1.BakeDigest)
	}
}

func TestViews(t *testing.T) {
	p, _ := Make(mustLoad(t, `step "a" {
  estimate = "45s"
}
step "b" {
  phase = "boot"
}`), Inputs{})
	text := p.Text()
	for _, want := range []string{"STEP", "PHASE", "ESTIMATE", "REASON", "a     bake   45s", "bake digest sha256:"} {
		if !strings.Contains(text, want) {
			t.Errorf("text view lacks %q:\n%s", want, text)
		}
	}
	js := p.JSON()
	for _, want := range []string{`"name": "a"`, `"phase": "boot"`, `"estimate_seconds": 45`, `"bake_digest": "sha256:`} {
		if !strings.Contains(js, want) {
			t.Errorf("JSON view lacks %q:\n%s", want, js)
		}
	}
}

func TestFromPathReportsRecipeErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "r.hcl"), []byte("step \"a\" {\n  after = [\"x\"]\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := FromPath(dir, Inputs{})
	var rerr *recipe.Error
	if err == nil || !asRecipeError(err, &rerr) || !strings.Contains(err.Error(), "r.hcl:2:") {
		t.Errorf("error %v", err)
	}
}

// A recipe with many mistakes reports them all in one run: the recipe's own diagnostics, the
// values' and the role's, none waiting for another to be fixed.
func TestFromPathReportsEveryMistakeAtOnce(t *testing.T) {
	dir := t.TempDir()
	src := `variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "port" {
  type = number
}
step "a" {
  roles = ["web"]
  run   = ["echo ${upper(var.domain)}"]
}
step "b" {
  after = ["nope"]
}
`
	if err := os.WriteFile(filepath.Join(dir, "r.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := FromPath(dir, Inputs{Values: map[string]string{"domain": "x", "port": "eighty", "extra": "1"}, Role: "db"})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		"r.hcl:10:", "upper() is applied to var.domain", // a function over a boot value
		"r.hcl:13:", `no step has that name`, // an unknown step
		`variables sets "domain"`, // a value for a variable with from
		`"port"`,                  // a value of the wrong type
		`variables sets "extra"`,  // an undeclared variable
		`role "db" is not used`,   // an unknown role
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// An s3: value as a file's whole content is copied from the fetched file on the instance.
func TestS3ValueIsAFile(t *testing.T) {
	p, diags := Make(mustLoad(t, `variable "bundle" {
  boot   = true
  from   = "s3://configs/web/app.tgz"
  sha256 = "`+strings.Repeat("ab", 32)+`"
}
step "a" {
  file "/opt/app.tgz" {
    content = var.bundle
    mode    = "0600"
  }
  run = ["tar -xzf /opt/app.tgz -C /opt"]
}`), Inputs{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var step *Step
	for _, s := range p.Steps {
		if s.Name == "a" {
			step = s
		}
	}
	if step == nil || step.Phase != recipe.PhaseBoot || step.Content.Files[0].FromVar != "bundle" {
		t.Fatalf("step a: %+v", step)
	}
	if p.Steps[0].Name != recipe.AWSCLIStep {
		t.Errorf("the AWS CLI is not the first step: %s", p.Steps[0].Name)
	}
}

// A check's text is part of the step's hash: changing what proves a step changes the step.
func TestChecksAreHashed(t *testing.T) {
	hash := func(check string) string {
		p, diags := Make(mustLoad(t, "step \"a\" {\n  phase = \"bake\"\n  run = [\"true\"]\n"+check+"}\n"), Inputs{})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		return p.Steps[0].Hash
	}
	none, one, other := hash(""), hash("  check = [\"nginx -t\"]\n"), hash("  check = [\"nginx -T\"]\n")
	if none == one || one == other {
		t.Errorf("hashes without a check, with one, with another: %s %s %s", none, one, other)
	}
}
