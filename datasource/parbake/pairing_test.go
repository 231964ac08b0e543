package parbake

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// planFor plans recipeSrc as the data source would, for the expected digest and hashes.
func planFor(t *testing.T, dir string) *plan.Plan {
	t.Helper()
	p, err := plan.FromPath(dir, plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func writeManifest(t *testing.T, digest, stepHash string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "bake.json")
	if err := os.WriteFile(p, []byte(`{"parbake_version": "0.1.0", "recipe": "web", "role": "", "bake_digest": "`+digest+
		`", "baked_steps": [{"name": "nginx", "hash": "`+stepHash+`", "duration_seconds": 12.5}], "boot_steps": ["site"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBakeManifestPairing(t *testing.T) {
	dir := writeRecipe(t, recipeSrc)
	p := planFor(t, dir)
	tests := []struct {
		name       string
		manifest   string
		onMismatch string
		want       string // "" for success
	}{
		{"match", writeManifest(t, p.BakeDigest, p.Bake()[0].Hash), "", ""},
		{"mismatch names the step", writeManifest(t, "sha256:other", "sha256:0123456789abcdef"), "", "nginx changed (image 0123456789ab"},
		{"mismatch with boot-all", writeManifest(t, "sha256:other", "sha256:0123456789abcdef"), "boot-all", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Datasource
			raw := map[string]interface{}{"recipe": dir, "bake_manifest": tt.manifest, "variables": map[string]string{}}
			if tt.onMismatch != "" {
				raw["on_mismatch"] = tt.onMismatch
			}
			if err := d.Configure(raw); err != nil {
				t.Fatal(err)
			}
			v, err := d.Execute()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(v.AsValueMap()["plan"].AsString(), "12.5s measured at bake (manifest)") {
					t.Errorf("measured duration not shown:\n%s", v.AsValueMap()["plan"].AsString())
				}
				return
			}
			var me *plan.MismatchError
			if !errors.As(err, &me) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want a MismatchError with %q", err, tt.want)
			}
		})
	}
}

// TestImagePairingThroughEC2 goes through aws-sdk-go-v2 to a local EC2 endpoint.
func TestImagePairingThroughEC2(t *testing.T) {
	dir := writeRecipe(t, recipeSrc)
	p := planFor(t, dir)
	tests := []struct {
		name string
		tags map[string]string
		want string
	}{
		{"paired", p.ImageTags(), ""},
		{"other bake", map[string]string{"parbake:digest": "sha256:other", "parbake:steps": "nginx=ffffffffffff"}, "nginx changed (image ffffffffffff"},
		{"untagged image", map[string]string{"Name": "web"}, "no parbake:digest tag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := ec2test.New(t, func(int, url.Values) (int, string) {
				return 200, ec2test.Describe(ec2test.Image{ID: "ami-0123", Created: "2026-01-01T00:00:00.000Z", Tags: tt.tags})
			})
			var d Datasource
			err := d.Configure(map[string]interface{}{"recipe": dir, "image": map[string]interface{}{
				"id": "ami-0123", "region": "eu-west-1", "endpoint": srv.URL,
			}})
			if err != nil {
				t.Fatal(err)
			}
			_, err = d.Execute()
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if reqs := srv.Requests(); len(reqs) != 1 || reqs[0].Get("ImageId.1") != "ami-0123" {
				t.Errorf("requests %v", reqs)
			}
		})
	}
}

func TestUserDataOutputs(t *testing.T) {
	dir := writeRecipe(t, recipeSrc)
	out := filepath.Join(t.TempDir(), "build", "web.userdata")
	var d Datasource
	if err := d.Configure(map[string]interface{}{"recipe": dir, "output_file": out, "format": "shell"}); err != nil {
		t.Fatal(err)
	}
	v, err := d.Execute()
	if err != nil {
		t.Fatal(err)
	}
	m := v.AsValueMap()
	written, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	size, _ := m["size_bytes"].AsBigFloat().Int64()
	if string(written) != m["user_data"].AsString() || int(size) != len(written) || m["gzipped"].True() {
		t.Errorf("output_file (%d bytes) and outputs disagree (size %d)", len(written), size)
	}
	if !strings.HasPrefix(string(written), "#!/bin/sh\n") || m["user_data_base64"].AsString() == "" {
		t.Errorf("user data %.40q", written)
	}
	if est, _ := m["estimated_boot_seconds"].AsBigFloat().Float64(); est <= 0 {
		t.Errorf("estimated_boot_seconds %v", est)
	}
}

func TestConfigureRejectsBadOptions(t *testing.T) {
	var d Datasource
	err := d.Configure(map[string]interface{}{
		"recipe": writeRecipe(t, recipeSrc), "format": "yaml", "gzip": "maybe", "on_mismatch": "ignore",
		"imds_endpoint": "169.254.169.254", "part": []map[string]interface{}{{"content_type": "text/cloud-config"}},
		"image": map[string]interface{}{"region": "eu-west-1", "filters": map[string]string{"name": "web-*"}},
	})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"format:", "gzip:", "on_mismatch:", "imds_endpoint:", "part[0]:", "image: filters need owners"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%s", want, err)
		}
	}
}
