package bake

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

func examplePlan(t *testing.T) *plan.Plan {
	t.Helper()
	p, err := plan.FromPath(filepath.Join("..", "example", "recipes", "web"), plan.Inputs{Role: "web"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func render(t *testing.T, p *plan.Plan) *runner.Bundle {
	t.Helper()
	b, err := Render(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func archive(t *testing.T, b *runner.Bundle) []byte {
	t.Helper()
	a, err := b.TarGz()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRenderIsDeterministic(t *testing.T) {
	a := archive(t, render(t, examplePlan(t)))
	b := archive(t, render(t, examplePlan(t)))
	if !bytes.Equal(a, b) {
		t.Error("the same plan gave different bundles")
	}
}

func TestRenderHoldsOnlyBakedSteps(t *testing.T) {
	b := render(t, examplePlan(t))
	names := strings.Join(b.Names(), " ")
	for _, want := range []string{"run.sh", "lib.sh", "stop.sh", "steps/01-base.sh", "steps/02-nginx.sh", "steps/02-nginx/script", "steps/02-nginx.files/", "steps/02-nginx.tar", "steps/02-nginx.dests", "steps/02-nginx.dirs"} {
		if !strings.Contains(names, want) {
			t.Errorf("bundle lacks %s: %s", want, names)
		}
	}
	if strings.Contains(names, "site") || strings.Contains(names, "motd") {
		t.Errorf("boot steps in the bake bundle: %s", names)
	}
	run, _ := b.File("run.sh")
	if strings.Contains(string(run), "pb_start") {
		t.Error("the bake runner starts a service")
	}
	// Owned by root: staged in the bundle itself, in the step's directory for /var/www/html.
	favicon := archiveFile(t, archive(t, b), "steps/02-nginx.files/"+stagedIndex(t, b, "steps/02-nginx.dirs", "/var/www/html")+"/favicon.ico")
	want, err := os.ReadFile(filepath.Join("..", "example", "recipes", "web", "files", "favicon.ico"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(favicon, want) {
		t.Error("binary file content changed in the bundle")
	}
}

// The manifest is valid JSON with what the run reported; a duration keeps the runner's text.
func TestManifestRendering(t *testing.T) {
	p := examplePlan(t)
	text := RenderManifest(p, "0.1.0", map[int]string{1: "1.250", 2: "30.000"}, map[int][]string{2: {"reboot-required"}})
	var m Manifest
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		t.Fatal(err)
	}
	if m.BakeDigest != p.BakeDigest || len(m.BakedSteps) != 2 || m.BakedSteps[0].DurationSeconds != 1.25 || strings.Join(m.BootSteps, ",") != "site,motd" ||
		strings.Join(m.BakedSteps[1].Reboots, ",") != "reboot-required" || m.BakedSteps[0].Reboots == nil {
		t.Errorf("manifest %+v", m)
	}
	if !strings.Contains(text, `"duration_seconds": 30.000,`) {
		t.Errorf("the runner's duration text was not kept:\n%s", text)
	}
}

// archiveFile reads entry name of a tar.gz archive.
func archiveFile(t *testing.T, archive []byte, name string) []byte {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("%s not found: %v", name, err)
		}
		if h.Name == name {
			data, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
	}
}

// stagedIndex is the number pb_files knows directory dir by: its line in the step's list.
func stagedIndex(t *testing.T, b *runner.Bundle, list, dir string) string {
	t.Helper()
	data, _ := b.File(list)
	for i, line := range strings.Split(string(data), "\n") {
		if line == dir {
			return strconv.Itoa(i + 1)
		}
	}
	t.Fatalf("%s does not list %s:\n%s", list, dir, data)
	return ""
}

// A plan with a warm pool bakes a run.sh that notes the services enabled before its steps and
// holds the ones the steps' packages enabled; one without a pool does neither.
func TestWarmPlanHoldsPackageEnabledServices(t *testing.T) {
	warm, err := plan.FromPath(filepath.Join("..", "example", "recipes", "web-warm"), plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		p    *plan.Plan
		want bool
	}{{"warm pool", warm, true}, {"none", examplePlan(t), false}} {
		run := string(archiveFile(t, archive(t, render(t, c.p)), "run.sh"))
		if got := strings.Contains(run, `pb_enabled_services >"$PB_DIR/services.before"`) && strings.Contains(run, `pb_hold_new_services "$PB_DIR/services.before"`); got != c.want {
			t.Errorf("%s: holds package-enabled services = %v, want %v", c.name, got, c.want)
		}
	}
}
