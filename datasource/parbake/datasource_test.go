package parbake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeRecipe(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "web.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const recipeSrc = `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
step "nginx" {
  estimate = "30s"
  packages = ["nginx"]
}
step "site" {
  after = ["nginx"]
  run   = ["echo ${var.domain}"]
}
`

func TestExecuteOutputs(t *testing.T) {
	var d Datasource
	if err := d.Configure(map[string]interface{}{"recipe": writeRecipe(t, recipeSrc)}); err != nil {
		t.Fatal(err)
	}
	v, err := d.Execute()
	if err != nil {
		t.Fatal(err)
	}
	m := v.AsValueMap()
	if got := m["bake_steps"].AsValueSlice(); len(got) != 1 || got[0].AsString() != "nginx" {
		t.Errorf("bake_steps = %#v", got)
	}
	if got := m["boot_steps"].AsValueSlice(); len(got) != 1 || got[0].AsString() != "site" {
		t.Errorf("boot_steps = %#v", got)
	}
	digest := m["bake_digest"].AsString()
	tags := m["image_tags"].AsValueMap()
	if !strings.HasPrefix(digest, "sha256:") || tags["parbake:digest"].AsString() != digest || tags["parbake:recipe"].AsString() == "" {
		t.Errorf("digest %q, tags %#v", digest, tags)
	}
	if !strings.Contains(m["plan"].AsString(), "uses var.domain, known only at boot") || !strings.Contains(m["plan_json"].AsString(), `"bake_digest"`) {
		t.Errorf("plan views: %s\n%s", m["plan"].AsString(), m["plan_json"].AsString())
	}
}

func TestConfigureErrors(t *testing.T) {
	tests := []struct {
		name string
		raw  map[string]interface{}
		want string
	}{
		{"no recipe", map[string]interface{}{}, "recipe: required"},
		{"missing recipe", map[string]interface{}{"recipe": "/nonexistent/recipe"}, "no such file"},
		{"bad recipe", map[string]interface{}{"recipe": writeRecipe(t, "step \"a\" {\n  bogus = 1\n}\n")}, "web.hcl:2:"},
		{"undeclared variable", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "variables": map[string]string{"nope": "x"}}, `declares no such variable`},
		{"value for a variable with from", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "variables": map[string]string{"domain": "x"}}, `fetches it on the instance from imds:tags/instance/Name`},
		{"unknown format", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "format": "yaml"}, `format: "yaml" is not one of "mime", "shell" or "cloud-config"`},
		{"unknown gzip", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "gzip": "maybe"}, `gzip: "maybe" is not one of "auto", "true" or "false"`},
		{"bad retry_timeout", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "image": map[string]interface{}{"retry_timeout": "soon"}}, `image.retry_timeout: "soon" is not a positive duration`},
		{"filters without owners", map[string]interface{}{"recipe": writeRecipe(t, recipeSrc), "image": map[string]interface{}{"filters": map[string]string{"name": "web-*"}}}, "filters need owners"},
		{"config and recipe errors together", map[string]interface{}{"recipe": writeRecipe(t, "step \"a\" {\n  bogus = 1\n}\n"), "on_mismatch": "ignore"}, `on_mismatch: "ignore" is not one of "error" or "boot-all"`},
		{"recipe errors beside config errors", map[string]interface{}{"recipe": writeRecipe(t, "step \"a\" {\n  bogus = 1\n}\n"), "on_mismatch": "ignore"}, "web.hcl:2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Datasource
			err := d.Configure(tt.raw)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// A recipe with a warm pool says which steps warm, in which pool state, and how long warming
// takes; without a pool those outputs are empty.
func TestExecuteWarmOutputs(t *testing.T) {
	src := `
variable "name" {
  boot = true
  from = "imds:instance-id"
}
policy {
  warm_pool {
    state = "Running"
  }
}
ready {
  lifecycle_hook = "launching"
}
step "base" {
  phase = "bake"
  run   = ["true"]
}
step "identity" {
  after = ["base"]
  run   = ["echo ${var.name} >/etc/name"]
}
`
	for _, c := range []struct {
		name, src, pool string
		warm            []string
	}{
		{"warm pool", src, "Running", []string{"identity"}},
		{"none", recipeSrc, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var d Datasource
			if err := d.Configure(map[string]interface{}{"recipe": writeRecipe(t, c.src)}); err != nil {
				t.Fatal(err)
			}
			v, err := d.Execute()
			if err != nil {
				t.Fatal(err)
			}
			m := v.AsValueMap()
			var warm []string
			for _, s := range m["warm_steps"].AsValueSlice() {
				warm = append(warm, s.AsString())
			}
			if strings.Join(warm, ",") != strings.Join(c.warm, ",") || m["warm_pool"].AsString() != c.pool {
				t.Errorf("warm_steps %v, warm_pool %q; want %v, %q", warm, m["warm_pool"].AsString(), c.warm, c.pool)
			}
			if secs, _ := m["estimated_warm_seconds"].AsBigFloat().Float64(); (secs > 0) != (len(c.warm) > 0) {
				t.Errorf("estimated_warm_seconds %v with warm steps %v", secs, c.warm)
			}
		})
	}
}
