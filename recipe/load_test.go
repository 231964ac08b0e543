package recipe

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// writeRecipe puts files (name → content) in a temp dir and returns the dir.
func writeRecipe(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadFullRecipe(t *testing.T) {
	dir := writeRecipe(t, map[string]string{
		"main.hcl": `
variable "domain" {
  type = string
  description = "Public DNS name"
  default = "example.com"
  boot = true
  from = "imds:tags/instance/Domain"
}
variable "workers" {
  type = number
  default = 4
}
policy {
  default = "auto"
  rebuild_every = "168h"
  launches_per_day = 200
  shared_base = false
  certify_every = "0s"
}
step "base" {
  packages = ["curl"]
}
step "nginx" {
  description = "Install NGINX"
  phase = "auto"
  after = ["base"]
  roles = ["web"]
  changes_every = "720h"
  estimate = "45s"
  environment = { DEBIAN_FRONTEND = "noninteractive" }
  timeout = "10m"
  retries = 2
  packages = ["nginx"]
  file "/etc/nginx/conf.d/site.conf" {
    content = templatefile("site.conf.tftpl", { domain = var.domain, workers = var.workers })
    mode = "0644"
    owner = "root:root"
  }
  script = "scripts/tune.sh"
  run = ["nginx -t"]
  service "nginx" {
    enable = true
    start = true
  }
}`,
		"site.conf.tftpl": "server_name ${domain}; workers ${workers};\n",
		"scripts/tune.sh": "#!/bin/sh\necho tune\n",
	})
	r, diags := Load(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if len(r.Variables) != 2 || len(r.Steps) != 2 {
		t.Fatalf("got %d variables, %d steps", len(r.Variables), len(r.Steps))
	}
	d := r.Variables[0]
	if !d.Boot || d.From == nil || d.From.Kind != SourceIMDS || d.From.Path != "tags/instance/Domain" {
		t.Errorf("domain variable decoded as %+v", d)
	}
	if r.Policy.LaunchesPerDay != 200 {
		t.Errorf("launches_per_day = %v", r.Policy.LaunchesPerDay)
	}
	s := r.Steps[1]
	if s.Retries != 2 || s.Timeout.String() != "10m0s" || s.Estimate.String() != "45s" || s.ChangesEvery.String() != "720h0m0s" {
		t.Errorf("static fields decoded as %+v", s)
	}
	if len(s.VarRefs) != 2 || s.VarRefs[0].Name != "domain" {
		t.Errorf("var refs = %+v", s.VarRefs)
	}
	values, diags := r.ResolveValues(map[string]string{"workers": "8"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	c, diags := r.Evaluate(s, r.EvalContext(values))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	want := "server_name " + Placeholder("domain") + "; workers 8;\n"
	if got := string(c.Files[0].Data); got != want {
		t.Errorf("file content = %q, want %q", got, want)
	}
	if c.Script == nil || c.Script.Source == nil || c.Script.Source.Size == 0 {
		t.Errorf("script = %+v", c.Script)
	}
	if len(c.Services) != 1 || !c.Services[0].Start || !c.Services[0].Enable {
		t.Errorf("services = %+v", c.Services)
	}
	if len(c.Environment) != 1 || c.Environment[0].Name != "DEBIAN_FRONTEND" {
		t.Errorf("environment = %+v", c.Environment)
	}
}

func TestLoadDirectoryReadsFilesInNameOrder(t *testing.T) {
	dir := writeRecipe(t, map[string]string{
		"b.hcl":     `step "second" {}`,
		"a.hcl":     `step "first" {}`,
		"notes.txt": `not a recipe`,
	})
	r, diags := Load(dir)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if r.Steps[0].Name != "first" || r.Steps[1].Name != "second" {
		t.Errorf("steps in order %s, %s", r.Steps[0].Name, r.Steps[1].Name)
	}
	if r.Name != filepath.Base(dir) {
		t.Errorf("recipe name %q", r.Name)
	}
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in   string
		typ  cty.Type
		want cty.Value
		err  bool
	}{
		{"x", cty.String, cty.StringVal("x"), false},
		{"42", cty.Number, cty.NumberIntVal(42), false},
		{"forty", cty.Number, cty.NilVal, true},
		{"true", cty.Bool, cty.True, false},
		{"yes please", cty.Bool, cty.NilVal, true},
		{`["a","b"]`, cty.List(cty.String), cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}), false},
		{`[]`, cty.List(cty.String), cty.ListValEmpty(cty.String), false},
		{`{"k":"v"}`, cty.Map(cty.String), cty.MapVal(map[string]cty.Value{"k": cty.StringVal("v")}), false},
		{`not json`, cty.Map(cty.String), cty.NilVal, true},
	}
	for _, tt := range tests {
		got, err := parseValue(tt.in, tt.typ)
		if (err != nil) != tt.err {
			t.Errorf("parseValue(%q, %s) error = %v", tt.in, tt.typ.FriendlyName(), err)
			continue
		}
		if err == nil && !got.RawEquals(tt.want) {
			t.Errorf("parseValue(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestSplitPlaceholders(t *testing.T) {
	s := "a" + Placeholder("x") + Placeholder("y") + "b"
	got := SplitPlaceholders(s)
	want := []Piece{{Text: "a"}, {Var: "x"}, {Var: "y"}, {Text: "b"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("piece %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if len(SplitPlaceholders("")) != 0 {
		t.Error("empty string gave pieces")
	}
}

// A ready block with a lifecycle hook makes the AWS CLI an implicit step, as ssm: does.
func TestReadyNeedsTheAWSCLI(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"ready {\n  lifecycle_hook = \"launching\"\n}\nstep \"a\" {}\n", true},
		{"ready {\n  run = [\"true\"]\n}\nstep \"a\" {}\n", false},
	} {
		r, diags := Load(writeRecipe(t, map[string]string{"r.hcl": c.src}))
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		if got := r.Steps[0].Name == AWSCLIStep; got != c.want || r.Ready == nil {
			t.Errorf("%q: awscli step %v, want %v (ready %+v)", c.src, got, c.want, r.Ready)
		}
	}
}
