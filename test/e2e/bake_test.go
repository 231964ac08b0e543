//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// TestBakeExampleLocal builds example/local into a fresh target under each Packer version and
// checks what landed on the target, byte for byte.
func TestBakeExampleLocal(t *testing.T) {
	for _, v := range packerVersions {
		t.Run("packer-"+v, func(t *testing.T) {
			bakeExample(t, newPacker(t, v), "")
		})
	}
}

// TestBakeAsNonRootUser runs the same build logged in as a user with passwordless sudo.
func TestBakeAsNonRootUser(t *testing.T) {
	bakeExample(t, newPacker(t, packerVersions[0]), "builder")
}

func bakeExample(t *testing.T, pk *Packer, user string) {
	tg := startTarget(t, user)
	build := t.TempDir()
	vars := append(targetVars(tg), "-var", "build_dir="+build)
	// The template's required_plugins must be satisfied by the installed release binary.
	if out, err := pk.run(t, exampleDir("local"), "init", "."); err != nil || strings.Contains(out, "Installed plugin") {
		t.Fatalf("packer init had something left to fetch: %v\n%s", err, out)
	}
	validate := append([]string{"validate", "-evaluate-datasources"}, vars...)
	if out, err := pk.run(t, exampleDir("local"), append(validate, ".")...); err != nil {
		t.Fatalf("packer validate: %v\n%s", err, out)
	}
	out, err := pk.run(t, exampleDir("local"), append(append([]string{"build"}, vars...), ".")...)
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	p, perr := plan.FromPath(filepath.Join(repoRoot, "example", "recipes", "web"), plan.Inputs{Role: "web"})
	if perr != nil {
		t.Fatal(perr)
	}
	for _, want := range []string{
		"parbake: plan", "STEP", "site   boot", "[1/2] base …", "[1/2] base ok", "[2/2] nginx …", "[2/2] nginx ok",
		"+ nginx -t", "image tags: parbake:digest=" + p.BakeDigest,
		"data.parbake.web.plan:", "recipe web, role web: 2 baked, 2 at boot", "motd   boot",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("build output lacks %q", want)
		}
	}
	assertBakedFiles(t, tg.Upper(), p)
	assertManifest(t, tg.Upper(), filepath.Join(build, "web.bake.json"), p)
	assertSBOM(t, tg.Upper(), filepath.Join(build, "web.sbom.cdx.json"), p)
	assertClean(t, tg.Upper())
	if _, err := os.Lstat(filepath.Join(tg.Upper(), "etc/systemd/system/multi-user.target.wants/nginx.service")); err != nil {
		t.Errorf("nginx was not enabled: %v", err)
	}
	if out := tg.Pgrep("nginx: master"); out != "" {
		t.Errorf("a bake started nginx (pids %s)", out)
	}
	conf, _ := os.ReadFile(filepath.Join(tg.Upper(), "etc/nginx/nginx.conf"))
	if !bytes.Contains(conf, []byte("\tserver_tokens off;")) {
		t.Error("the step's script did not run: server_tokens is still commented out")
	}
}

// assertBakedFiles checks every file of every baked step: content, mode and owner.
func assertBakedFiles(t *testing.T, upper string, p *plan.Plan) {
	t.Helper()
	for _, s := range p.Bake() {
		for _, f := range s.Content.Files {
			got := filepath.Join(upper, f.Path)
			sum, size, err := fileSHA256(got)
			if err != nil {
				t.Errorf("step %s: %v", s.Name, err)
				continue
			}
			if sum != f.SHA256() || size != f.Size() {
				t.Errorf("%s: content differs from the recipe (%d bytes, want %d)", f.Path, size, f.Size())
			}
			st, _ := os.Stat(got)
			wantMode, _ := strconv.ParseUint(f.Mode, 8, 32)
			if gotMode := uint64(st.Mode().Perm()) | modeBits(st.Mode()); gotMode != wantMode {
				t.Errorf("%s: mode %o, want %o", f.Path, gotMode, wantMode)
			}
			sys := st.Sys().(*syscall.Stat_t)
			if want := owner(t, f.Owner); fmt.Sprintf("%d:%d", sys.Uid, sys.Gid) != want {
				t.Errorf("%s: owner %d:%d, want %s (%s)", f.Path, sys.Uid, sys.Gid, want, f.Owner)
			}
		}
	}
}

func modeBits(m os.FileMode) uint64 {
	var b uint64
	if m&os.ModeSetuid != 0 {
		b |= 0o4000
	}
	if m&os.ModeSetgid != 0 {
		b |= 0o2000
	}
	if m&os.ModeSticky != 0 {
		b |= 0o1000
	}
	return b
}

// owner resolves "user:group" names through the base image's passwd and group files.
func owner(t *testing.T, spec string) string {
	user, group, _ := strings.Cut(spec, ":")
	uid := lookupID(t, filepath.Join(baseRoot, "etc/passwd"), user)
	gid := "0" // a file root writes for "user" keeps root's group, as chown user would
	if group != "" {
		gid = lookupID(t, filepath.Join(baseRoot, "etc/group"), group)
	}
	return uid + ":" + gid
}

func lookupID(t *testing.T, file, name string) string {
	if _, err := strconv.Atoi(name); err == nil {
		return name
	}
	data, _ := os.ReadFile(file)
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) > 2 && f[0] == name {
			return f[2]
		}
	}
	t.Fatalf("%s not in %s", name, file)
	return ""
}

func assertManifest(t *testing.T, upper, local string, p *plan.Plan) {
	t.Helper()
	onImage, err := os.ReadFile(filepath.Join(upper, bake.ManifestPath))
	if err != nil {
		t.Fatalf("no manifest on the image: %v", err)
	}
	copyData, err := os.ReadFile(local)
	if err != nil {
		t.Fatalf("no manifest_output: %v", err)
	}
	if !bytes.Equal(onImage, copyData) {
		t.Errorf("manifest_output differs from the image's manifest:\n%s\n---\n%s", copyData, onImage)
	}
	m, err := bake.ReadManifest(local)
	if err != nil {
		t.Fatal(err)
	}
	if m.BakeDigest != p.BakeDigest || len(m.BakedSteps) != len(p.Bake()) || strings.Join(m.BootSteps, ",") != strings.Join(plan.Names(p.Boot()), ",") {
		t.Errorf("manifest %+v does not match the plan", m)
	}
	for _, s := range m.BakedSteps {
		if s.DurationSeconds <= 0 {
			t.Errorf("step %s has no measured duration", s.Name)
		}
	}
}

// assertClean checks that the bake left no staging files behind.
func assertClean(t *testing.T, upper string) {
	t.Helper()
	for _, pattern := range []string{"var/tmp/parbake", "tmp/parbake-*", "var/tmp/.parbake-files.lock"} {
		if m, _ := filepath.Glob(filepath.Join(upper, pattern)); len(m) > 0 {
			t.Errorf("staging left on the image: %v", m)
		}
	}
	filepath.WalkDir(upper, func(p string, d os.DirEntry, err error) error {
		if err == nil && (d.Name() == runner.StageDir || strings.HasPrefix(d.Name(), ".parbake.")) {
			t.Errorf("staging left on the image: %s", p)
		}
		return nil
	})
}

// TestBakeFailingStep checks that a failing step fails the build, naming the step, its exit
// code and its output, with the steps before it done.
func TestBakeFailingStep(t *testing.T) {
	dir := recipeProject(t, `
step "first" {
  phase = "bake"
  file "/etc/first" {
    content = "ok\n"
  }
}
step "broken" {
  phase = "bake"
  after = ["first"]
  run   = ["echo about to fail", "exit 7"]
}
step "never" {
  phase = "bake"
  after = ["broken"]
  file "/etc/never" {
    content = "no\n"
  }
}
`)
	writeTemplate(t, dir, parbakeProvisioner)
	tg, out, err := buildOnNewTarget(t, dir)
	if err == nil {
		t.Fatal("the build passed")
	}
	for _, want := range []string{"[2/3] broken FAILED with exit code 7", "step broken failed with exit code 7", "steps done before it: first", "about to fail"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(tg.Upper(), "etc/first")); err != nil {
		t.Error("the step before the failure was not applied")
	}
	if _, err := os.Stat(filepath.Join(tg.Upper(), "etc/never")); err == nil {
		t.Error("a step after the failure ran")
	}
}

// TestBakeTimeoutStopsRemoteRun checks the provisioner honours its context: Packer's own
// `timeout` cancels it, and the runner's processes on the machine are killed, not left behind.
func TestBakeTimeoutStopsRemoteRun(t *testing.T) {
	dir := recipeProject(t, `
step "slow" {
  phase = "bake"
  run   = ["sleep 417"]
}
`)
	writeTemplate(t, dir, `
  provisioner "parbake" {
    recipe  = "${path.root}/recipe"
    timeout = "3s"
  }`)
	tg := startTarget(t, "")
	out, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...)
	if err == nil {
		t.Fatal("the build passed")
	}
	// Packer cancels the provisioner's context when its timeout fires; the bake says it stopped.
	for _, want := range []string{"Cancelling provisioner after a timeout...", "parbake: bake cancelled: context canceled"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	time.Sleep(time.Second)
	if ps := tg.Pgrep("sleep 417"); ps != "" {
		t.Errorf("the step's process still runs on the machine: %s", ps)
	}
}
