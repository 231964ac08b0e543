package boot

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
	"github.com/parbake/packer-plugin-parbake/runner"
)

const cloudConfigRecipe = `
step "files" {
  phase = "boot"
  environment = { A = "b" }
  file "/etc/app.conf" {
    content = "x=1\n"
    mode    = "0600"
  }
}
step "pkgs" {
  phase    = "boot"
  after    = ["files"]
  packages = ["jq"]
  run      = ["jq --version"]
  service "cron" {
    start = true
  }
}`

const readyRecipe = `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
ready {
  lifecycle_hook = "web-launching"
  run            = ["echo \"boot $PARBAKE_BOOT_STATUS for $PARBAKE_VAR_domain\""]
}
step "site" {
  phase = "boot"
  run   = ["echo ${var.domain} >/etc/domain"]
}`

// warmRecipe has all three phases: a baked service, a warm step that needs the instance's name,
// and a boot step that needs a fresh value.
const warmRecipe = `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "token" {
  boot      = true
  sensitive = true
  from      = "ssm:/app/token"
}
policy {
  warm_pool {
    state = "Running"
  }
}
ready {
  lifecycle_hook = "web-launching"
}
step "web" {
  phase = "bake"
  service "nginx" {
    start = true
  }
}
step "site" {
  after = ["web"]
  run   = ["echo ${var.domain} >/etc/domain"]
}
step "token" {
  after = ["site"]
  run   = ["test -n \"${var.token}\""]
}`

// The user data of each format is reviewed as a file. (The MIME and shell forms carry the
// bundle as base64; its scripts are reviewed through the bake goldens and the step template.)
func TestGoldenUserData(t *testing.T) {
	tests := []struct {
		name   string
		recipe string
		o      Options
	}{
		{"user-data.mime", webRecipe, Options{Format: FormatMIME, Values: map[string]string{"greeting": "hi"}, Parts: []Part{{ContentType: "text/cloud-config", Content: "#cloud-config\n{}\n"}}}},
		{"user-data.sh", webRecipe, Options{Format: FormatShell, Values: map[string]string{"greeting": "hi"}}},
		{"user-data.cloud-config", cloudConfigRecipe, Options{Format: FormatCloudConfig}},
		{"user-data-ready.sh", readyRecipe, Options{Format: FormatShell, AutoscalingEndpoint: "https://autoscaling.eu-west-1.amazonaws.com"}},
		{"user-data-warm.sh", warmRecipe, Options{Format: FormatShell}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.Version = "0.1.0"
			res, err := Render(mustPlan(t, tt.recipe, nil, nil), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			ud := res.UserData
			if res.Gzipped { // reviewed as the text the instance runs
				zr, err := gzip.NewReader(bytes.NewReader(ud))
				if err != nil {
					t.Fatal(err)
				}
				if ud, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			golden.Check(t, tt.name, ud)
		})
	}
}

const restartRecipe = `
step "web" {
  phase    = "bake"
  packages = ["nginx-light"]
  service "nginx" {
    start = true
  }
}
step "site" {
  phase  = "boot"
  after  = ["web"]
  reboot = "if_required"
  file "/etc/nginx/sites-enabled/default" {
    content = "server { listen 8080; }\n"
  }
}`

// A boot step that is the last to configure a baked service restarts it; the step script shows
// where. The runner passes the step's reboot setting.
func TestGoldenBootStepRestartsItsService(t *testing.T) {
	p := mustPlan(t, restartRecipe, nil, nil)
	b := runner.NewBundle()
	site := p.Boot()[0]
	file, err := runner.AddStep(b, runner.Boot, 1, site, p.RestartsAfter(site.Name))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := b.File(file)
	golden.Check(t, "steps/site.sh", data)
	res, err := Render(p, Options{Format: FormatShell, Version: "0.1.0"})
	if err != nil {
		t.Fatal(err)
	}
	ud := string(res.UserData)
	if !strings.Contains(ud, `steps/01-site.sh' if_required boot`) {
		t.Error("the runner does not pass the step's reboot setting")
	}
	if strings.Contains(ud, "\npb_start") {
		t.Error("the runner starts at the end a service a boot step restarts")
	}
}

// The recipe the formats e2e test boots three ways (testdata/formats.hcl, the same text): its
// cloud-config runs each step in one subshell with the shell runner's service guards.
func TestGoldenFormatsRecipe(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "formats.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Format{FormatCloudConfig, FormatShell} {
		res, err := Render(mustPlan(t, string(src), nil, nil), Options{Format: f, Version: "0.1.0"})
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "formats/user-data."+string(f), res.UserData)
	}
}
