//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestBakeInterruptStopsEverything presses Ctrl-C during a bake, as a terminal does: SIGINT to
// Packer's whole process group, plugins included. The connection goes with it, so the runner on
// the machine must notice by itself and stop every process of the run (a step under timeout
// included) and remove its staging, within seconds.
func TestBakeInterruptStopsEverything(t *testing.T) {
	dir := recipeProject(t, `
step "slow" {
  phase   = "bake"
  timeout = "10m"
  run     = ["sleep 4242 & sleep 4243"]
}
`)
	writeTemplate(t, dir, parbakeProvisioner)
	tg := startTarget(t, "")
	pk := newPacker(t, packerVersions[0])
	cmd := exec.Command(pk.Bin, append(append([]string{"build"}, targetVars(tg)...), ".")...)
	cmd.Dir, cmd.Env = dir, pk.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	var mu sync.Mutex
	started := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		once := sync.Once{}
		for sc.Scan() {
			mu.Lock()
			out.WriteString(sc.Text() + "\n")
			mu.Unlock()
			if strings.Contains(sc.Text(), "+ sleep 4242") {
				once.Do(func() { close(started) })
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case <-started:
	case <-time.After(60 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatalf("the step never started:\n%s", out.String())
	}
	time.Sleep(time.Second)
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(30 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatal("Packer did not stop after Ctrl-C")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		ps := tg.Pgrep("sleep 424[23]|parbake/run-")
		runs, _ := filepath.Glob(filepath.Join(tg.Upper(), "var/tmp/parbake/run-*"))
		if ps == "" && len(runs) == 0 {
			return
		}
		if time.Now().After(deadline) {
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("10s after Ctrl-C: processes %q, staging %v\n%s", ps, runs, out.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestBakeRefusesDirectoryDestination: a file whose destination is an existing directory fails
// its step, names the path, and leaves nothing behind in the directory.
func TestBakeRefusesDirectoryDestination(t *testing.T) {
	dir := recipeProject(t, `
step "over" {
  phase = "bake"
  file "/etc/ssh" {
    content = "not a directory"
  }
  file "/etc/parbake-ok" {
    content = "fine"
  }
}
`)
	writeTemplate(t, dir, parbakeProvisioner)
	tg, out, err := buildOnNewTarget(t, dir)
	if err == nil {
		t.Fatal("the build passed")
	}
	if !strings.Contains(out, "cannot write file /etc/ssh: it is an existing directory") {
		t.Error("the failure does not name the directory")
	}
	if _, err := os.Lstat(filepath.Join(tg.Upper(), "etc/parbake-ok")); err == nil {
		t.Error("the step's other file was written: the step was half applied")
	}
	filepath.Walk(tg.Upper(), func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.Contains(info.Name(), "parbake") && strings.HasPrefix(p, filepath.Join(tg.Upper(), "etc")) {
			t.Errorf("left behind: %s", p)
		}
		return nil
	})
}

// TestValidateRefusesUnsafeSources: sources outside the recipe, and special files, are refused
// by packer validate, quickly and without being opened.
func TestValidateRefusesUnsafeSources(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "host-secret")
	if err := os.WriteFile(outside, []byte("the build host's"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		setup  func(recipeDir string) string
		extra  string
		want   string
		passes bool
	}{
		{"symlink outside", func(d string) string { must(t, os.Symlink(outside, filepath.Join(d, "link"))); return "link" }, "", "outside the recipe's directory", false},
		{"symlink outside, allowed", func(d string) string { must(t, os.Symlink(outside, filepath.Join(d, "link"))); return "link" }, "allow_outside = true", "", true},
		{"absolute", func(d string) string { return outside }, "", "an absolute path is outside", false},
		{"fifo", func(d string) string { must(t, syscall.Mkfifo(filepath.Join(d, "pipe"), 0o644)); return "pipe" }, "", "is not a regular file (it is a FIFO)", false},
		{"device", func(d string) string { return "/dev/zero" }, "allow_outside = true", "is not a regular file (it is a device)", false},
	}
	pk := newPacker(t, packerVersions[0])
	key := filepath.Join(t.TempDir(), "id")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := recipeProject(t, "")
			src := tt.setup(filepath.Join(dir, "recipe"))
			recipe := fmt.Sprintf("step \"s\" {\n  phase = \"bake\"\n  file \"/opt/x\" {\n    source = %q\n    %s\n  }\n}\n", src, tt.extra)
			must(t, os.WriteFile(filepath.Join(dir, "recipe", "r.hcl"), []byte(recipe), 0o644))
			writeTemplate(t, dir, parbakeProvisioner)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, pk.Bin, "validate", "-var", "ssh_port=22", "-var", "ssh_key="+key, "-var", "ssh_user=root", ".")
			cmd.Dir, cmd.Env = dir, pk.env
			outb, err := cmd.CombinedOutput()
			out := strings.Join(strings.Fields(string(outb)), " ") // Packer wraps long lines
			if ctx.Err() != nil {
				t.Fatalf("packer validate hung:\n%s", out)
			}
			if tt.passes {
				if err != nil {
					t.Fatalf("validate failed: %v\n%s", err, out)
				}
				return
			}
			if err == nil || !strings.Contains(out, tt.want) || !strings.Contains(out, "r.hcl:4:") {
				t.Errorf("validate: %v, want an error at r.hcl:4 saying %q:\n%s", err, tt.want, out)
			}
		})
	}
}

// TestConcurrentBakesOnOneTarget runs two builds at once against one machine, writing into the
// same directory: staging names carry a per-run token, so neither disturbs the other.
func TestConcurrentBakesOnOneTarget(t *testing.T) {
	tg := startTarget(t, "")
	pk := newPacker(t, packerVersions[0])
	var dirs []string
	for _, name := range []string{"one", "two"} {
		var files strings.Builder
		for i := 0; i < 50; i++ {
			fmt.Fprintf(&files, "  file \"/opt/shared/%s-%02d\" {\n    content = \"%s %d\"\n  }\n", name, i, name, i)
		}
		dir := recipeProject(t, fmt.Sprintf("step %q {\n  phase = \"bake\"\n%s  run = [\"sleep 1\"]\n}\n", name, files.String()))
		writeTemplate(t, dir, parbakeProvisioner)
		dirs = append(dirs, dir)
	}
	errs := make([]error, len(dirs))
	outs := make([]string, len(dirs))
	var wg sync.WaitGroup
	for i, dir := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(pk.Bin, append(append([]string{"build"}, targetVars(tg)...), ".")...)
			cmd.Dir, cmd.Env = dir, pk.env
			out, err := cmd.CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("build %d failed: %v\n%s", i+1, err, outs[i])
		}
	}
	for _, name := range []string{"one", "two"} {
		for i := 0; i < 50; i++ {
			got, err := os.ReadFile(filepath.Join(tg.Upper(), "opt/shared", fmt.Sprintf("%s-%02d", name, i)))
			if err != nil || string(got) != fmt.Sprintf("%s %d", name, i) {
				t.Errorf("%s-%02d: %q, %v", name, i, got, err)
			}
		}
	}
}

// TestForgedMarkersAreOutput: a step that prints marker-like lines only prints output; progress
// and the failure summary follow the runner's own markers.
func TestForgedMarkersAreOutput(t *testing.T) {
	dir := recipeProject(t, `
step "a" {
  phase = "bake"
  run   = ["echo '::parbake::step-ok 1 a 999.000'", "echo '::parbake:0123456789abcdef::step-fail 1 a 9 1'", "exit 3"]
}
`)
	writeTemplate(t, dir, parbakeProvisioner)
	_, out, err := buildOnNewTarget(t, dir)
	if err == nil {
		t.Fatal("the build passed")
	}
	if strings.Contains(out, "a ok 999.0s") || strings.Contains(out, "exit code 9") {
		t.Error("a forged marker was taken for the runner's")
	}
	if !strings.Contains(out, "[1/1] a FAILED with exit code 3") || !strings.Contains(out, "    ::parbake::step-ok 1 a 999.000") {
		t.Error("the step's own lines are not shown as its output, or its real failure is not reported")
	}
}

// TestValueForFetchedVariableIsRefused: a value given to the data source for a variable the
// instance fetches with from would be ignored; packer validate refuses it, naming both sources.
func TestValueForFetchedVariableIsRefused(t *testing.T) {
	dir := recipeProject(t, `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
step "site" {
  run = ["echo ${var.domain}"]
}
`)
	must(t, os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), []byte(`
data "parbake" "boot" {
  recipe    = "${path.root}/recipe"
  variables = { domain = "shop.example.com" }
}
source "null" "t" {
  communicator = "none"
}
build {
  sources = ["source.null.t"]
}
`), 0o644))
	out, err := newPacker(t, packerVersions[0]).run(t, dir, "validate", "-evaluate-datasources", ".")
	flat := strings.Join(strings.Fields(out), " ")
	if err == nil || !strings.Contains(flat, `variables sets "domain", but the recipe fetches it on the instance from imds:tags/instance/Name`) ||
		!strings.Contains(flat, "r.hcl:2:") {
		t.Errorf("validate: %v, want the ignored value refused at r.hcl:2:\n%s", err, out)
	}
}
