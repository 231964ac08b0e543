//go:build e2e

package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	bootrender "github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// volatile are paths whose content legitimately differs between two instances, or between a
// baked and an unbaked one: logs, caches, cloud-init's and parbake's own state, host keys.
var volatile = []string{
	"/var/log/", "/var/cache/", "/var/lib/cloud/", "/var/lib/parbake/", "/etc/parbake/",
	"/etc/ssh/ssh_host_", "/tmp/", "/var/tmp/",
	"/etc/sudoers.d/90-cloud-init-users", // cloud-init stamps it with the boot time
	"/etc/machine-id",                    // each instance makes its own on its first boot
}

// TestBootSplitMatchesAllAtBoot is the proof that the split is right: an instance booted from the
// baked image with the residual user data ends up with the same file system as one that ran
// every step at boot on the bare base.
func TestBootSplitMatchesAllAtBoot(t *testing.T) { forEachSuite(t, bootSplitMatchesAllAtBoot) }

func bootSplitMatchesAllAtBoot(t *testing.T) {
	imds := startIMDS(t, "")
	pk := newPacker(t, packerVersions[0])
	tg := startTarget(t, "")
	build := t.TempDir()
	port := freePort(t)
	vars := append(targetVars(tg), "-var", "build_dir="+build, "-var", "imds_endpoint="+imds, "-var", "http_port="+port)
	out, err := pk.run(t, exampleDir("local"), append(append([]string{"build"}, vars...), ".")...)
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	if !strings.Contains(out, "nginx: restarted at boot after site") {
		t.Errorf("the plan does not say what happens to nginx at boot")
	}
	if !strings.Contains(out, "boot user data:") || !strings.Contains(out, "for steps site, motd") {
		t.Errorf("the data source's outputs are not in the build output")
	}
	stopTarget(t, tg) // its upper dir becomes a lower dir of the instances below
	userData := filepath.Join(build, "web.userdata")

	residual := boot(t, "", userData, tg.Upper(), baseRoot)
	if residual.Err != nil {
		t.Fatalf("residual boot: %v\n%s", residual.Err, residual.Output)
	}
	full := boot(t, "", allAtBootUserData(t, imds, port), baseRoot)
	if full.Err != nil {
		t.Fatalf("all-at-boot boot: %v\n%s", full.Err, full.Output)
	}
	a, b := snapshot(t, residual.Dir), snapshot(t, full.Dir)
	if diffs := compareSnapshots(a, b); len(diffs) > 0 {
		t.Errorf("baked+residual and all-at-boot differ in %d paths:\n%s", len(diffs), strings.Join(diffs, "\n"))
	}
	// The recipe's ready block ran once the boot part had passed, once.
	bootLog, _ := os.ReadFile(filepath.Join(residual.Dir, "upper/var/log/parbake-boot.log"))
	ready, _ := os.ReadFile(filepath.Join(residual.Dir, "upper/var/lib/parbake/ready"))
	if !strings.Contains(string(bootLog), "parbake: ready: running the ready commands with PARBAKE_BOOT_STATUS=ok") || string(ready) != "ok\n" {
		t.Errorf("the ready block did not run after the passed boot part (ready %q):\n%s", ready, bootLog)
	}
	site, _ := os.ReadFile(filepath.Join(residual.Dir, "upper/etc/nginx/sites-enabled/default"))
	if !strings.Contains(string(site), "server_name test-instance;") {
		t.Errorf("the domain was not fetched from IMDS's Name tag:\n%s", site)
	}

	// The report says what the boot ran under: this release's cloud-init and systemd.
	data, err := os.ReadFile(filepath.Join(residual.Dir, "upper", bootrender.ReportPath))
	must(t, err)
	rep, err := bootrender.ParseReport(data)
	must(t, err)
	if want := suiteVersions[currentSuite]; !strings.HasPrefix(rep.CloudInit, want[0]) || rep.Systemd != want[1] {
		t.Errorf("the boot report says cloud-init %q, systemd %q; %s has %s.x and %s", rep.CloudInit, rep.Systemd, currentSuite, want[0], want[1])
	}
	residualRun, fullRun := runnerSeconds(t, residual.Dir), runnerSeconds(t, full.Dir)
	t.Logf("BOOT TIMES: residual runner %.3fs, cloud-init total %.2fs; all-at-boot runner %.3fs, cloud-init total %.2fs; runner ratio %.1fx; user data %d bytes",
		residualRun, cloudInitSeconds(t, residual.Dir), fullRun, cloudInitSeconds(t, full.Dir), fullRun/residualRun, fileSize(t, userData))

	// A second boot of the same instance runs nothing again: cloud-init keeps the instance's
	// state, and running the runner by hand finds every step's marker.
	again := boot(t, residual.Dir, userData, tg.Upper(), baseRoot)
	if again.Err != nil {
		t.Fatalf("second boot: %v\n%s", again.Err, again.Output)
	}
	log, _ := os.ReadFile(filepath.Join(residual.Dir, "upper/var/log/parbake-boot.log"))
	if n := strings.Count(string(log), "::parbake:boot::step-begin"); n != 2 {
		t.Errorf("steps began %d times over two boots, want 2:\n%s", n, log)
	}
	rerun, err := exec.Command(sandboxScript("exec.sh"), residual.Dir, "sh", "/var/lib/cloud/instance/scripts/parbake-boot.sh").CombinedOutput()
	if err != nil || strings.Count(string(rerun), "step-skip") != 2 || strings.Contains(string(rerun), "step-begin") {
		t.Errorf("a rerun of the runner did not skip both steps: %v\n%s", err, rerun)
	}

	assertServesBootConfig(t, userData, port, tg.Upper(), baseRoot)

	// An image with a different digest (here: the bare base) is refused at boot.
	wrong := boot(t, "", userData, baseRoot)
	if wrong.Err == nil || !strings.Contains(wrong.Output, "refusing to configure this instance") {
		t.Errorf("the residual user data ran on an unbaked image:\n%s", wrong.Output)
	}
}

// allAtBootUserData renders user data for the example recipe with the policy default set to
// boot, so that every step runs at boot.
func allAtBootUserData(t *testing.T, imds, port string) string {
	t.Helper()
	src := filepath.Join(repoRoot, "example", "recipes", "web")
	dir := filepath.Join(t.TempDir(), "web")
	if out, err := exec.Command("cp", "-r", src, dir).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
	hcl, _ := os.ReadFile(filepath.Join(dir, "web.hcl"))
	patched := strings.Replace(string(hcl), "policy {", "policy {\n  default = \"boot\"", 1)
	if err := os.WriteFile(filepath.Join(dir, "web.hcl"), []byte(patched), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := plan.FromPath(dir, plan.Inputs{Role: "web", Values: map[string]string{"http_port": port}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Bake()) != 0 {
		t.Fatalf("all-at-boot plan still bakes %v", plan.Names(p.Bake()))
	}
	res, err := bootrender.Render(p, bootrender.Options{IMDSEndpoint: imds})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "all.userdata")
	if err := os.WriteFile(out, res.UserData, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// snapshot lists an instance's whole file system: type, mode, owner, link target and content hash.
func snapshot(t *testing.T, run string) map[string]string {
	t.Helper()
	script := `find / -xdev -printf '%p\t%y %m %U:%G %l\n'; find / -xdev -type f -exec sha256sum {} + | sed 's/^\([0-9a-f]*\)  \(.*\)$/\2\tsha256 \1/'`
	out, err := exec.Command(sandboxScript("exec.sh"), run, "sh", "-c", script).Output()
	if err != nil {
		t.Fatalf("snapshot of %s: %v", run, err)
	}
	snap := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		path, attrs, ok := strings.Cut(sc.Text(), "\t")
		if ok {
			snap[path] += attrs + " "
		}
	}
	return snap
}

func compareSnapshots(a, b map[string]string) []string {
	var diffs []string
	seen := map[string]bool{}
	for p := range a {
		seen[p] = true
	}
	for p := range b {
		seen[p] = true
	}
	for p := range seen {
		if isVolatile(p) || a[p] == b[p] {
			continue
		}
		diffs = append(diffs, p+": "+a[p]+" | "+b[p])
	}
	sort.Strings(diffs)
	return diffs
}

func isVolatile(p string) bool {
	for _, v := range volatile {
		if strings.HasPrefix(p, v) || p+"/" == v {
			return true
		}
	}
	return false
}

// runnerSeconds adds up the boot runner's step durations from its log.
func runnerSeconds(t *testing.T, run string) float64 {
	log, err := os.ReadFile(filepath.Join(run, "upper/var/log/parbake-boot.log"))
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, line := range strings.Split(string(log), "\n") {
		if f := strings.Fields(line); len(f) == 4 && f[0] == "::parbake:boot::step-ok" {
			d, _ := strconv.ParseFloat(f[3], 64)
			sum += d
		}
	}
	return sum
}

func cloudInitSeconds(t *testing.T, run string) float64 {
	data, _ := os.ReadFile(filepath.Join(run, "boot.json"))
	var sum float64
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ": "); ok && strings.HasPrefix(k, `"init`) || strings.HasPrefix(k, `"modules`) {
			f, _ := strconv.ParseFloat(strings.TrimSuffix(v, ","), 64)
			sum += f
		}
	}
	return sum
}
