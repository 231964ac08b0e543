package parbake

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
	"github.com/parbake/packer-plugin-parbake/bake"
)

const siteRecipe = `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
step "nginx" {
  estimate = "30s"
  file "/etc/nginx/conf.d/tuning.conf" {
    content = "%s"
  }
}
step "site" {
  after = ["nginx"]
  run   = ["echo %s ${var.domain}"]
}
`

// needs_bake through the EC2 Query test server: an image tagged with the plan's digest exists
// for the approved recipe; editing a baked file needs a bake and the report names the file;
// editing only a boot step does not.
func TestNeedsBakeAndBakeChanges(t *testing.T) {
	approved := writeRecipeText(t, siteRecipe, "workers 4", "hello")
	old := planFor(t, approved)
	previous := filepath.Join(t.TempDir(), "previous.bake.json")
	if err := os.WriteFile(previous, []byte(bake.RenderManifest(old, "0.1.0", map[int]string{1: "30.000"}, nil)), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := ec2test.New(t, func(n int, form url.Values) (int, string) {
		if form.Get("Filter.1.Name") == "tag:parbake:digest" && form.Get("Filter.1.Value.1") == old.BakeDigest && form.Get("Owner.1") == "self" {
			return 200, ec2test.Describe(ec2test.Image{ID: "ami-approved", Created: "2026-01-01T00:00:00.000Z", Tags: old.ImageTags()})
		}
		return 200, ec2test.Describe()
	})
	tests := []struct {
		name, file, greeting string
		needs                bool
		image                string
		changes              string
	}{
		{"unchanged", "workers 4", "hello", false, "ami-approved", "no change to the baked steps"},
		{"baked file edited", "workers 8", "hello", true, "", "nginx: changed (file /etc/nginx/conf.d/tuning.conf)"},
		{"boot step edited", "workers 4", "bonjour", false, "ami-approved", "no change to the baked steps"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Datasource
			err := d.Configure(map[string]interface{}{"recipe": writeRecipeText(t, siteRecipe, tt.file, tt.greeting), "previous_manifest": previous,
				"image": map[string]interface{}{"region": "us-east-1", "endpoint": srv.URL}})
			if err != nil {
				t.Fatal(err)
			}
			v, err := d.Execute()
			if err != nil {
				t.Fatal(err)
			}
			m := v.AsValueMap()
			if m["needs_bake"].True() != tt.needs || m["existing_image_id"].AsString() != tt.image || !strings.Contains(m["changes"].AsString(), tt.changes) {
				t.Errorf("needs_bake %v, existing_image_id %q, changes %q", m["needs_bake"].True(), m["existing_image_id"].AsString(), m["changes"].AsString())
			}
			changes := m["bake_changes"].AsValueSlice()
			if tt.needs && (len(changes) != 1 || changes[0].AsValueMap()["change"].AsString() != "changed" ||
				changes[0].AsValueMap()["detail"].AsString() != "file /etc/nginx/conf.d/tuning.conf") {
				t.Errorf("bake_changes %v", changes)
			}
		})
	}
}

func writeRecipeText(t *testing.T, format string, args ...interface{}) string {
	t.Helper()
	src := format
	for _, a := range args {
		src = strings.Replace(src, "%s", a.(string), 1)
	}
	return writeRecipe(t, src)
}
