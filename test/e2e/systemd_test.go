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

// TestBakeRebootsAndCleansTheImage bakes, under real systemd, a step that leaves
// /var/run/reboot-required behind (reboot = "if_required") and one whose script exits 194
// once. Each reboots the target exactly once; the steps after a reboot see a fresh /run and a
// new boot, nothing runs twice, and the manifest records both reboots. Then the image is clean:
// the build's key is gone from authorized_keys and machine-id is empty.
func TestBakeRebootsAndCleansTheImage(t *testing.T) { forEachSuite(t, bakeRebootsAndCleansTheImage) }

func bakeRebootsAndCleansTheImage(t *testing.T) {
	dir := recipeProject(t, `
step "kernel" {
  phase  = "bake"
  reboot = "if_required"
  run    = ["mkdir -p /etc/rb", "cat /proc/sys/kernel/random/boot_id >/etc/rb/kernel", "echo x >>/etc/rb/kernel-runs", "touch /var/run/reboot-required"]
}
step "after" {
  phase = "bake"
  after = ["kernel"]
  run   = ["test ! -e /var/run/reboot-required", "cat /proc/sys/kernel/random/boot_id >/etc/rb/after"]
}
step "twice" {
  phase = "bake"
  after = ["after"]
  run   = ["echo x >>/etc/rb/twice-runs", "[ $(wc -l </etc/rb/twice-runs) -ge 2 ] || exit 194", "cat /proc/sys/kernel/random/boot_id >/etc/rb/twice"]
}
step "last" {
  phase = "bake"
  after = ["twice"]
  run   = ["echo x >>/etc/rb/last-runs"]
}
`)
	manifest := filepath.Join(t.TempDir(), "bake.json")
	writeTemplate(t, dir, `
  provisioner "parbake" {
    recipe           = "${path.root}/recipe"
    manifest_output  = "`+manifest+`"
    build_public_key = file("${var.ssh_key}.pub")
    reboot_timeout   = "2m"
  }`)
	tg, out, err := buildOnNewTarget(t, dir)
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	for _, want := range []string{"step kernel needs a reboot (reboot-required)", "step twice needs a reboot (exit-194)",
		"the machine is back after", "[1/4] kernel done before the reboot", "cleaned the build's SSH key from /root/.ssh/authorized_keys",
		"cleaned /etc/machine-id (emptied)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the build output lacks %q", want)
		}
	}
	if boots, _ := os.ReadFile(filepath.Join(tg.Dir, "boots")); strings.TrimSpace(string(boots)) != "3" {
		t.Errorf("the target booted %q times, want 3 (two reboots)", boots)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(tg.Upper(), "etc/rb", name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		return string(b)
	}
	if read("kernel") == read("after") || read("after") == read("twice") {
		t.Errorf("a step after a reboot ran in the same boot: kernel %q after %q twice %q", read("kernel"), read("after"), read("twice"))
	}
	for name, want := range map[string]int{"kernel-runs": 1, "twice-runs": 2, "last-runs": 1} {
		if n := strings.Count(read(name), "x"); n != want {
			t.Errorf("%s: ran %d times, want %d", name, n, want)
		}
	}
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		BakedSteps []struct {
			Name    string   `json:"name"`
			Reboots []string `json:"reboots"`
		} `json:"baked_steps"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range m.BakedSteps {
		got[s.Name] = strings.Join(s.Reboots, ",")
	}
	if got["kernel"] != "reboot-required" || got["twice"] != "exit-194" || got["after"] != "" || got["last"] != "" {
		t.Errorf("manifest reboots %v", got)
	}
	onImage, _ := os.ReadFile(filepath.Join(tg.Upper(), "etc/parbake/manifest.json"))
	if string(onImage) != string(data) {
		t.Errorf("the image's manifest differs from manifest_output:\n%s\n---\n%s", onImage, data)
	}
	key, _ := os.ReadFile(tg.Key + ".pub")
	blob := strings.Fields(string(key))[1]
	if ak, err := os.ReadFile(filepath.Join(tg.Upper(), "root/.ssh/authorized_keys")); err != nil || strings.Contains(string(ak), blob) {
		t.Errorf("the build's key is still authorized on the image (%v):\n%s", err, ak)
	}
	if st, err := os.Stat(filepath.Join(tg.Upper(), "etc/machine-id")); err != nil || st.Size() != 0 {
		t.Errorf("machine-id is not an empty file: %v %v", st, err)
	}
	assertClean(t, tg.Upper())
}

// bootRecipeUserData plans the recipe src, every step at boot, and renders its user data.
func bootRecipeUserData(t *testing.T, src string) string {
	t.Helper()
	dir := recipeProject(t, src)
	p, err := plan.FromPath(filepath.Join(dir, "recipe"), plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := bootrender.Render(p, bootrender.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "user-data")
	must(t, os.WriteFile(out, res.UserData, 0o644))
	return out
}

// stepBegins counts how often each step began over all boots of an instance, from its boot log.
func stepBegins(t *testing.T, run string) map[string]int {
	t.Helper()
	log, err := os.ReadFile(filepath.Join(run, "upper/var/log/parbake-boot.log"))
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, line := range strings.Split(string(log), "\n") {
		if f := strings.Fields(line); len(f) == 4 && f[0] == "::parbake:boot::step-begin" {
			n[f[3]]++
		}
	}
	return n
}

// TestBootRebootGoesOn: a boot step with reboot = "always" reboots the instance once, and the
// boot part finishes after it; every step ran exactly once, and the hook is gone.
func TestBootRebootGoesOn(t *testing.T) {
	ud := bootRecipeUserData(t, `
step "first" {
  phase = "boot"
  run   = ["cat /proc/sys/kernel/random/boot_id >/etc/first-boot"]
}
step "kernel" {
  phase  = "boot"
  after  = ["first"]
  reboot = "always"
  run    = ["cat /proc/sys/kernel/random/boot_id >/etc/kernel-boot"]
}
step "last" {
  phase = "boot"
  after = ["kernel"]
  run   = ["cat /proc/sys/kernel/random/boot_id >/etc/last-boot"]
}
`)
	b := boot(t, "", ud)
	if b.Err != nil {
		t.Fatalf("boot: %v\n%s", b.Err, b.Output)
	}
	if boots, _ := os.ReadFile(filepath.Join(b.Dir, "boots")); strings.TrimSpace(string(boots)) != "2" {
		t.Errorf("the instance booted %q times, want 2", boots)
	}
	if n := stepBegins(t, b.Dir); n["first"] != 1 || n["kernel"] != 1 || n["last"] != 1 {
		t.Errorf("steps began %v times, want each once", n)
	}
	kernel, _ := os.ReadFile(filepath.Join(b.Dir, "upper/etc/kernel-boot"))
	last, _ := os.ReadFile(filepath.Join(b.Dir, "upper/etc/last-boot"))
	if len(last) == 0 || string(kernel) == string(last) {
		t.Errorf("the last step did not run in a new boot: kernel %q last %q", kernel, last)
	}
	assertBootFinished(t, b.Dir)
}

// assertBootFinished checks the boot report says ok and the per-boot hook is gone.
func assertBootFinished(t *testing.T, run string) {
	t.Helper()
	report, err := os.ReadFile(filepath.Join(run, "upper", bootrender.ReportPath))
	if err != nil || !strings.Contains(string(report), `"status": "ok"`) {
		t.Errorf("boot report (%v):\n%s", err, report)
	}
	if _, err := os.Lstat(filepath.Join(run, "upper", bootrender.HookPath)); err == nil {
		t.Errorf("the per-boot hook is still there after the boot part finished")
	}
}

// TestBootFinishesOnALaterBoot: ok1 → fail → last. The first boot fails, and says so; once the
// cause is fixed, the next boot of the same instance runs the rest, and ok1 does not run again.
func TestBootFinishesOnALaterBoot(t *testing.T) { forEachSuite(t, bootFinishesOnALaterBoot) }

func bootFinishesOnALaterBoot(t *testing.T) {
	ud := bootRecipeUserData(t, `
step "ok1" {
  phase = "boot"
  run   = ["echo x >>/etc/ok1-runs"]
}
step "fail" {
  phase = "boot"
  after = ["ok1"]
  run   = ["test -f /etc/parbake-fixed"]
}
step "last" {
  phase = "boot"
  after = ["fail"]
  run   = ["echo x >>/etc/last-runs"]
}
`)
	first := boot(t, "", ud)
	if first.Err == nil || !strings.Contains(first.Output, "status: error") {
		t.Fatalf("the first boot did not fail visibly: %v\n%s", first.Err, first.Output)
	}
	report, _ := os.ReadFile(filepath.Join(first.Dir, "upper", bootrender.ReportPath))
	if !strings.Contains(string(report), `"status": "failed"`) {
		t.Errorf("the boot report does not show the failure:\n%s", report)
	}
	// The cause is fixed, as an operator would, in the instance's file system.
	out, err := exec.Command(sandboxScript("exec.sh"), first.Dir, "touch", "/etc/parbake-fixed").CombinedOutput()
	if err != nil {
		t.Fatalf("exec.sh: %v\n%s", err, out)
	}
	second := boot(t, first.Dir, ud)
	if second.Err != nil {
		t.Fatalf("the second boot did not finish: %v\n%s", second.Err, second.Output)
	}
	if n := stepBegins(t, first.Dir); n["ok1"] != 1 || n["fail"] != 2 || n["last"] != 1 {
		t.Errorf("steps began %v times over two boots, want ok1 1, fail 2, last 1", n)
	}
	for name, want := range map[string]string{"ok1-runs": "x\n", "last-runs": "x\n"} {
		if got, _ := os.ReadFile(filepath.Join(first.Dir, "upper/etc", name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	assertBootFinished(t, first.Dir)
}

// assertServesBootConfig boots an instance of the baked image under systemd and keeps it
// running: systemd starts the baked nginx before the boot part writes its site, so nginx must
// have been restarted after the site step to answer on the boot-time port with the boot-time
// domain, and not with a baked default page.
func assertServesBootConfig(t *testing.T, userData, port string, lowers ...string) {
	t.Helper()
	dir := t.TempDir()
	args := append([]string{"--keep", userData, dir}, lowers...)
	out, err := exec.Command(sandboxScript("boot.sh"), args...).CombinedOutput()
	t.Cleanup(func() { exec.Command(sandboxScript("boot.sh"), "--stop", dir).Run() })
	if err != nil {
		t.Fatalf("boot --keep: %v\n%s", err, out)
	}
	listenedOn("127.0.0.1:" + port)
	whoami := httpGet(t, "http://127.0.0.1:"+port+"/whoami")
	if whoami != "test-instance\n" {
		t.Errorf("/whoami on port %s answered %q, want the boot-time domain", port, whoami)
	}
	if page := httpGet(t, "http://127.0.0.1:"+port+"/"); strings.Contains(page, "Welcome to nginx") || !strings.Contains(page, "Served by parbake") {
		t.Errorf("/ is not the site's page:\n%s", page)
	}
	state, _ := exec.Command(sandboxScript("exec.sh"), dir, "systemctl", "is-active", "nginx").CombinedOutput()
	if strings.TrimSpace(string(state)) != "active" {
		t.Errorf("nginx is %q", state)
	}
	if out, err := exec.Command(sandboxScript("boot.sh"), "--stop", dir).CombinedOutput(); err != nil {
		t.Errorf("boot --stop: %v\n%s", err, out)
	}
}

// TestTwoBakesInOneBuild: a shared base and a role, baked by two parbake provisioners in one
// build. The first leaves cloud-init cleaned ("not run"); the second must not wait for it.
func TestTwoBakesInOneBuild(t *testing.T) {
	dir := recipeProject(t, `
step "base" {
  phase = "bake"
  run   = ["echo base >/etc/base-baked"]
}
`)
	must(t, os.MkdirAll(filepath.Join(dir, "role"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "role", "r.hcl"), []byte(`
step "role" {
  phase = "bake"
  run   = ["echo role >/etc/role-baked"]
}
`), 0o644))
	writeTemplate(t, dir, parbakeProvisioner+`
  provisioner "parbake" {
    recipe = "${path.root}/role"
  }`)
	tg, out, err := buildOnNewTarget(t, dir)
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	for _, f := range []string{"etc/base-baked", "etc/role-baked"} {
		if _, err := os.Stat(filepath.Join(tg.Upper(), f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if n := strings.Count(out, "cleaned cloud-init's state and logs"); n != 2 {
		t.Errorf("each bake should list what it cleaned; found %d cloud-init lines", n)
	}
}
