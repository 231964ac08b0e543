package boot

import (
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.Version = "0.1.0"
			res, err := Render(mustPlan(t, tt.recipe, nil, nil), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, tt.name, res.UserData)
		})
	}
}
