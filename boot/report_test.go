package boot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// pb_report turns the steps' lines into a JSON report and one console summary line.
func TestBootReport(t *testing.T) {
	dir := t.TempDir()
	lines := "1 site sha256:1a2b3c4d5e6f7a8b boot ok 0 0.012\n2 motd sha256:ffeeddccbbaa9988 boot failed 3 0.200\n3 old sha256:0011223344556677 bake skipped 0 0\n"
	if err := os.WriteFile(filepath.Join(dir, "record"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	// Checks: site's ran twice (a retry), motd's failed; the last run of each counts.
	must(t, os.WriteFile(filepath.Join(dir, "record.checks"), []byte("1 site 1 failed 1 0.004 curl -fsS http://127.0.0.1/whoami\n1 site 1 ok 0 0.006 curl -fsS http://127.0.0.1/whoami\n1 site 2 ok 0 0.010 nginx -t\n2 motd 1 failed 3 0.001 grep -q \"Web server\" /etc/motd\n"), 0o644))
	// Two batches of ssm: reads, the first throttled once.
	must(t, os.WriteFile(filepath.Join(dir, "fetches"), []byte("ssm 12 2 3 0.812\nssm 1 1 1 0.402\n"), 0o644))
	report := filepath.Join(dir, "lib", "boot-report.json")
	// The machine's versions, as trixie has them: cloud-init's from its Python package, systemd's
	// from systemctl (a stand-in here).
	root := filepath.Join(dir, "root")
	pkg := filepath.Join(root, "usr/lib/python3/dist-packages/cloudinit")
	must(t, os.MkdirAll(pkg, 0o755))
	must(t, os.WriteFile(filepath.Join(pkg, "version.py"), []byte("__VERSION__ = \"25.1.4\"\n_PACKAGED_VERSION = \"@@PACKAGED_VERSION@@\"\n"), 0o644))
	sdVersion := filepath.Join(dir, "systemctl-version")
	must(t, os.WriteFile(sdVersion, []byte("systemd 257 (257.9-1~deb13u1)\n+PAM +AUDIT\n"), 0o644))
	bin := shelltest.Bin(t, []string{"systemctl"}, "awk", "sed", "mkdir", "mv")
	out, err := shelltest.Agree(t, []string{"PB_DIR=" + dir, "PB_REPORT=" + report, "PB_RECIPE=we\"b", "PB_ROLE=", "PB_DIGEST=sha256:abc",
		"PB_ROOT=" + root, "PATH=" + bin, "STANDIN_LOG=" + filepath.Join(dir, "calls"), "STANDIN_OUT_systemctl=" + sdVersion}, "",
		"-c", ". "+runner.Quote(filepath.Join(writeLibs(t), "boot.sh"))+"\npb_report 3")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := "parbake-boot: failed(3) digest=sha256:abc total=0.212s site:1a2b3c4d5e6f=0.012s motd:ffeeddccbbaa=failed\n"
	if string(out) != want {
		t.Errorf("summary %q, want %q", out, want)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	// The report's JSON is written once, by the runner's awk: these are its bytes.
	golden.Check(t, "boot-report.json", data)
	r, err := ParseReport(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if r.CloudInit != "25.1.4" || r.Systemd != "257" {
		t.Errorf("versions: cloud-init %q, systemd %q", r.CloudInit, r.Systemd)
	}
	if r.Recipe != "we\"b" || r.Status != "failed" || r.ExitCode != 3 || len(r.Steps) != 3 || r.Steps[0].DurationSeconds != 0.012 || r.Steps[2].Status != "skipped" {
		t.Errorf("report %+v", r)
	}
	if len(r.Checks) != 3 || r.Checks[0] != (ReportCheck{"site", "curl -fsS http://127.0.0.1/whoami", "ok", 0, 0.006}) || r.Checks[2].Status != "failed" {
		t.Errorf("checks %+v", r.Checks)
	}
	if len(r.Fetches) != 2 || r.Fetches[0] != (ReportFetch{"ssm", 12, 2, 3, 0.812}) {
		t.Errorf("fetches %+v", r.Fetches)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Errorf("not JSON: %v", err)
	}
}

func TestBootsFromReportsAndConsoles(t *testing.T) {
	console := "[   2.1] cloud-init[123]: == parbake [1/2] site\n" +
		"[   2.3] cloud-init[123]: parbake-boot: ok digest=sha256:abc total=0.019s site:1a2b3c4d5e6f=0.012s motd:ffeeddccbbaa=0.007s\n" +
		"parbake-boot: failed(3) digest=sha256:abc total=0.2s site:1a2b3c4d5e6f=failed\n" +
		"parbake-boot: ok digest=sha256:abc total=0.030s site:1a2b3c4d5e6f=0.030s\n"
	boots, err := Boots([]byte(console))
	if err != nil || len(boots) != 2 || len(boots[0].Timings) != 2 || boots[0].Timings[1] != (Timing{"motd", "ffeeddccbbaa", 0.007}) || boots[0].ID == boots[1].ID {
		t.Fatalf("boots %+v, %v", boots, err)
	}
	// The same line in another log (the boot log has no console prefix) is the same boot.
	again, _ := Boots([]byte("parbake-boot: ok digest=sha256:abc total=0.019s site:1a2b3c4d5e6f=0.012s motd:ffeeddccbbaa=0.007s\n"))
	if len(again) != 1 || again[0].ID != boots[0].ID {
		t.Error("the same boot seen in two logs got two identities")
	}
	report := `{"recipe": "web", "role": "", "bake_digest": "sha256:abc", "status": "ok", "exit_code": 0, "total_seconds": 0.02,
  "steps": [{"name": "site", "hash": "sha256:1a2b3c4d5e6f7a8b", "phase": "boot", "status": "ok", "exit_code": 0, "duration_seconds": 0.02},
            {"name": "old", "hash": "sha256:00", "phase": "boot", "status": "skipped", "exit_code": 0, "duration_seconds": 0}]}`
	boots, err = Boots([]byte(report))
	if err != nil || len(boots) != 1 || len(boots[0].Timings) != 1 || boots[0].Timings[0].ShortHash != "1a2b3c4d5e6f" {
		t.Errorf("report boots %+v, %v", boots, err)
	}
}

// A file that starts like a report but is far larger than one is refused, not read whole.
func TestOversizeReportIsRefused(t *testing.T) {
	big := "{" + strings.Repeat(" ", maxReport+10) + "}"
	if _, err := Boots([]byte(big)); err == nil || !strings.Contains(err.Error(), "over") {
		t.Errorf("error %v", err)
	}
}

// A boot that ends in a reboot a step asked for reports "rebooting", and its finished steps'
// durations count: the boot part goes on after the reboot.
func TestBootReportRebooting(t *testing.T) {
	dir := t.TempDir()
	lines := "1 kernel sha256:1a2b3c4d5e6f7a8b boot ok 0 0.500\n2 fix sha256:ffeeddccbbaa9988 boot reboot 194 0.100\n"
	if err := os.WriteFile(filepath.Join(dir, "record"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "boot-report.json")
	out, err := shelltest.Agree(t, []string{"PB_DIR=" + dir, "PB_REPORT=" + report, "PB_RECIPE=web", "PB_ROLE=", "PB_DIGEST=sha256:abc"}, "",
		"-c", ". "+runner.Quote(filepath.Join(writeLibs(t), "boot.sh"))+"\npb_report 194")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if want := "parbake-boot: rebooting digest=sha256:abc total=0.600s kernel:1a2b3c4d5e6f=0.500s fix:ffeeddccbbaa=reboot\n"; string(out) != want {
		t.Errorf("summary %q, want %q", out, want)
	}
	data, _ := os.ReadFile(report)
	// The report and its console line are two ways to read one boot: they must agree.
	for what, src := range map[string][]byte{"report": data, "console line": []byte("[ 12.3] cloud-init[64]: " + out)} {
		boots, err := Boots(src)
		if err != nil || len(boots) != 1 || len(boots[0].Timings) != 1 || boots[0].Timings[0] != (Timing{Name: "kernel", ShortHash: "1a2b3c4d5e6f", Seconds: 0.5}) {
			t.Errorf("%s: boots %+v, %v\n%s", what, boots, err, src)
		}
	}
	// A failed boot counts in neither.
	for _, src := range []string{"parbake-boot: failed(3) digest=sha256:abc total=0.212s site:1a2b3c4d5e6f=0.012s motd:ffeeddccbbaa=failed\n"} {
		if boots, err := Boots([]byte(src)); err != nil || len(boots) != 0 {
			t.Errorf("a failed boot counted: %+v, %v", boots, err)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
