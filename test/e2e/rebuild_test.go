//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// assertSBOM checks the bill of materials a bake left on the image: nginx-light with its package
// URL, and each baked file with the sha256 of what is in the target's upper dir; sbom_output
// holds the same bytes.
func assertSBOM(t *testing.T, upper, local string, p *plan.Plan) {
	t.Helper()
	onImage, err := os.ReadFile(filepath.Join(upper, "etc/parbake/sbom.cdx.json"))
	if err != nil {
		t.Fatalf("no bill of materials on the image: %v", err)
	}
	if mine, err := os.ReadFile(local); err != nil || string(mine) != string(onImage) {
		t.Errorf("sbom_output differs from the image's copy (%v)", err)
	}
	var doc struct {
		BOMFormat   string `json:"bomFormat"`
		SpecVersion string `json:"specVersion"`
		Components  []struct {
			Name   string `json:"name"`
			Purl   string `json:"purl"`
			Scope  string `json:"scope"`
			Hashes []struct {
				Content string `json:"content"`
			} `json:"hashes"`
		} `json:"components"`
	}
	if err := json.Unmarshal(onImage, &doc); err != nil || doc.BOMFormat != "CycloneDX" || doc.SpecVersion != "1.5" {
		t.Fatalf("not CycloneDX 1.5 JSON: %v", err)
	}
	hashes := map[string]string{}
	nginx := false
	for _, c := range doc.Components {
		if strings.HasPrefix(c.Purl, "pkg:deb/debian/nginx-light@") && strings.Contains(c.Purl, "distro=debian-"+debianVersion[currentSuite]) && c.Scope == "" {
			nginx = true
		}
		if len(c.Hashes) == 1 && c.Scope == "" {
			hashes[c.Name] = c.Hashes[0].Content
		}
	}
	if !nginx {
		t.Error("the bill of materials does not list nginx-light with its package URL")
	}
	for _, s := range p.Bake() {
		for _, f := range s.Content.Files {
			sum, _, err := fileSHA256(filepath.Join(upper, f.Path))
			if err != nil || hashes[f.Path] != sum {
				t.Errorf("%s: bill of materials says %q, the image holds %q (%v)", f.Path, hashes[f.Path], sum, err)
			}
		}
	}
}

// TestNeedsBakeCIPattern runs example/aws/ci under both Packers against the EC2 Query test
// server, where an image tagged with the approved recipe's digest exists: the unchanged recipe
// needs no bake; editing a baked file needs one, and the report names the file; editing only a
// boot step needs none.
func TestNeedsBakeCIPattern(t *testing.T) {
	work := t.TempDir()
	if out, err := exec.Command("cp", "-r", filepath.Join(repoRoot, "example", "recipes", "web"), filepath.Join(work, "web")).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
	rdir := filepath.Join(work, "web")
	approved, err := plan.FromPath(rdir, plan.Inputs{Role: "web"})
	if err != nil {
		t.Fatal(err)
	}
	previous := filepath.Join(work, "approved.bake.json")
	must(t, os.WriteFile(previous, []byte(bake.RenderManifest(approved, "0.1.0", nil, nil)), 0o644))
	srv := ec2test.New(t, func(n int, form url.Values) (int, string) {
		if form.Get("Action") == "DescribeImages" && form.Get("Filter.1.Name") == "tag:parbake:digest" &&
			form.Get("Filter.1.Value.1") == approved.BakeDigest && form.Get("Owner.1") == "self" {
			return 200, ec2test.Describe(ec2test.Image{ID: "ami-approved", Created: "2026-11-01T00:00:00.000Z", Tags: approved.ImageTags()})
		}
		return 200, ec2test.Describe()
	})
	edit := func(file, old, new string) {
		t.Helper()
		path := filepath.Join(rdir, file)
		data, err := os.ReadFile(path)
		must(t, err)
		if !strings.Contains(string(data), old) {
			t.Fatalf("%s lacks %q", file, old)
		}
		must(t, os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644))
	}
	for _, v := range packerVersions {
		pk := newPacker(t, v)
		decide := func(name string) string {
			t.Helper()
			out := filepath.Join(work, v+"-"+name+".txt")
			_, err := pk.run(t, filepath.Join(repoRoot, "example", "aws", "ci"), "build", "-var", "recipe="+rdir,
				"-var", "previous_manifest="+previous, "-var", "ec2_endpoint="+srv.URL, "-var", "region=us-east-1", "-var", "out="+out,
				"-var", "plan_summary="+out+".md", "-var", "plan_picture="+out+".svg", ".")
			if err != nil {
				t.Fatalf("packer %s build example/aws/ci: %v", v, err)
			}
			data, err := os.ReadFile(out)
			must(t, err)
			return string(data)
		}
		if got := decide("unchanged"); !strings.Contains(got, "needs_bake=false") || !strings.Contains(got, "existing_image_id=ami-approved") {
			t.Errorf("packer %s, unchanged recipe:\n%s", v, got)
		}
		// The pull request's summary and picture are the plan's, byte for byte.
		summary, err := os.ReadFile(filepath.Join(work, v+"-unchanged.txt.md"))
		must(t, err)
		if string(summary) != picture.Markdown(approved) {
			t.Errorf("packer %s: plan_markdown differs from the plan's:\n%s", v, summary)
		}
		svg, err := os.ReadFile(filepath.Join(work, v+"-unchanged.txt.svg"))
		must(t, err)
		if !bytes.Equal(svg, picture.SVG(approved)) {
			t.Errorf("packer %s: plan_svg_output differs from the plan's picture", v)
		}
		edit("templates/tuning.conf.tftpl", "worker_connections", "worker_connections ")
		if got := decide("baked-edit"); !strings.Contains(got, "needs_bake=true") || !strings.Contains(got, "nginx: changed (file /etc/nginx/conf.d/tuning.conf)") {
			t.Errorf("packer %s, baked file edited:\n%s", v, got)
		}
		edit("templates/tuning.conf.tftpl", "worker_connections ", "worker_connections")
		edit("web.hcl", "Release notes:", "Release notes (new):")
		if got := decide("boot-edit"); !strings.Contains(got, "needs_bake=false") || !strings.Contains(got, "existing_image_id=ami-approved") {
			t.Errorf("packer %s, only a boot step edited:\n%s", v, got)
		}
		edit("web.hcl", "Release notes (new):", "Release notes:")
	}
}
