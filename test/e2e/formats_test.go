//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	bootrender "github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// TestFormatsBehaveAlike boots the same recipe from each format's user data and compares what
// the instance ends with: the commands' effects, the service's state and what it read when it
// last started, and the boot report (the same steps, checks and fields, but for their seconds).
func TestFormatsBehaveAlike(t *testing.T) {
	// The recipe has what behaves differently when a format runs a step's commands one by one: a
	// cd and a variable that carry over to the next command of the step (not to the next step),
	// and a service that a later step configures, so it is restarted after it. Its renderings
	// are golden files in boot/testdata/golden/formats.
	src, err := os.ReadFile(filepath.Join(repoRoot, "boot", "testdata", "formats.hcl"))
	must(t, err)
	dir := recipeProject(t, string(src))
	p, err := plan.FromPath(filepath.Join(dir, "recipe"), plan.Inputs{})
	must(t, err)
	results, reports := map[string]string{}, map[string]string{}
	for _, format := range []bootrender.Format{bootrender.FormatMIME, bootrender.FormatShell, bootrender.FormatCloudConfig} {
		res, err := bootrender.Render(p, bootrender.Options{Format: format})
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		ud := filepath.Join(dir, "user-data."+string(format))
		must(t, os.WriteFile(ud, res.UserData, 0o644))
		run := t.TempDir()
		out, err := exec.Command(sandboxScript("boot.sh"), "--keep", ud, run).CombinedOutput()
		t.Cleanup(func() { exec.Command(sandboxScript("boot.sh"), "--stop", run).Run() })
		if err != nil {
			t.Fatalf("%s: boot: %v\n%s", format, err, out)
		}
		var got []string
		for _, f := range []string{"root/first-cwd", "root/leak", "root/cwd", "root/x", "etc/pb-demo.conf", "var/log/pb-demo.seen", "root/checked"} {
			data, _ := os.ReadFile(filepath.Join(run, "upper", f))
			got = append(got, f+"="+strings.TrimSpace(string(data)))
		}
		reports[string(format)] = reportWithoutTimings(t, filepath.Join(run, "upper", strings.TrimPrefix(bootrender.ReportPath, "/")))
		state, _ := exec.Command(sandboxScript("exec.sh"), run, "systemctl", "is-active", "pb-demo").CombinedOutput()
		got = append(got, "pb-demo="+strings.TrimSpace(string(state)))
		results[string(format)] = strings.Join(got, "\n")
		if out, err := exec.Command(sandboxScript("boot.sh"), "--stop", run).CombinedOutput(); err != nil {
			t.Errorf("boot --stop: %v\n%s", err, out)
		}
	}
	// What the shell runner documents: a step's commands share one shell; steps don't.
	want := strings.Join([]string{"root/first-cwd=/", "root/leak=[]", "root/cwd=/tmp", "root/x=carried", "etc/pb-demo.conf=conf",
		"var/log/pb-demo.seen=conf", "root/checked=checked", "pb-demo=active"}, "\n") // started again after conf: it read conf's file
	for format, got := range results {
		if got != want {
			t.Errorf("%s ends with:\n%s\nwant:\n%s", format, got, want)
		}
	}
	if !strings.Contains(reports["shell"], `"check":`) {
		t.Errorf("the shell format's report has no checks:\n%s", reports["shell"])
	}
	for _, format := range []string{"mime", "cloud-config"} {
		if reports[format] != reports["shell"] {
			t.Errorf("the %s format's boot report differs from the shell format's:\n%s\nshell:\n%s", format, reports[format], reports["shell"])
		}
	}
}

// reportWithoutTimings reads a boot report, with every duration zeroed, as indented JSON.
func reportWithoutTimings(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("boot report: %v", err)
	}
	var r bootrender.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("boot report %s: %v\n%s", path, err, data)
	}
	r.TotalSeconds = 0
	for i := range r.Steps {
		r.Steps[i].DurationSeconds = 0
	}
	for i := range r.Checks {
		r.Checks[i].DurationSeconds = 0
	}
	for i := range r.Fetches {
		r.Fetches[i].Seconds = 0
	}
	out, _ := json.MarshalIndent(r, "", "  ")
	return string(out)
}
