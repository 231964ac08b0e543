package parbake

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/bake"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

const testRecipe = `
variable "token" {
  sensitive = true
  default   = "not-used"
}
step "base" {
  phase = "bake"
  file "/etc/base" {
    content = "base\n"
  }
}
step "app" {
  phase = "bake"
  after = ["base"]
  run   = ["true"]
}
step "late" {
  phase = "boot"
}
`

func writeTestRecipe(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "r.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestPrepareReportsEveryError(t *testing.T) {
	tests := []struct {
		name string
		raw  map[string]interface{}
		want []string
	}{
		{"missing recipe and bad staging dir", map[string]interface{}{"staging_dir": "relative/dir"},
			[]string{"recipe: required", "staging_dir"}},
		{"staging dir is root", map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe), "staging_dir": "/"},
			[]string{"staging_dir"}},
		{"bad execute_command and bad recipe", map[string]interface{}{
			"recipe": writeTestRecipe(t, "step \"a\" {\n  after = [\"nope\"]\n}\n"), "execute_command": "{{.Nope}}"},
			[]string{"execute_command", "r.hcl:2:", "no step has that name"}},
		{"unknown role", map[string]interface{}{"recipe": writeTestRecipe(t, "step \"a\" {\n  roles = [\"web\"]\n}\n"), "role": "db"},
			[]string{`role "db" is not used`}},
		{"negative reboot_timeout and a build key that is not one", map[string]interface{}{
			"recipe": writeTestRecipe(t, testRecipe), "reboot_timeout": "-1m", "build_public_key": "AAAA"},
			[]string{"reboot_timeout: -1m0s may not be negative", "build_public_key: expected a public key"}},
		{"a previous_manifest that can't be read, with a recipe error", map[string]interface{}{
			"recipe": writeTestRecipe(t, "step \"a\" {\n  after = [\"nope\"]\n}\n"), "previous_manifest": "/nonexistent/prev.json"},
			[]string{"previous_manifest:", "/nonexistent/prev.json", "no step has that name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Provisioner
			err := p.Prepare(tt.raw)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%s", w, err)
				}
			}
		})
	}
}

func TestPrepareDefaults(t *testing.T) {
	var p Provisioner
	if err := p.Prepare(map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe)}); err != nil {
		t.Fatal(err)
	}
	if p.config.StagingDir != DefaultStagingDir || p.config.ExecuteCommand != DefaultExecuteCommand || p.config.RebootTimeout != DefaultRebootTimeout {
		t.Errorf("defaults not applied: %+v", p.config)
	}
}

// runnerOutput is what a successful bake of testRecipe prints.
const runnerOutput = `::parbake:0123456789abcdef0123::bake-begin 2 sha256:x
::parbake:0123456789abcdef0123::step-begin 1 2 base
::parbake:0123456789abcdef0123::step-ok 1 base 0.100
::parbake:0123456789abcdef0123::step-begin 2 2 app
+ true
progress 10%` + "\r" + `progress 100%
::parbake:0123456789abcdef0123::step-ok 2 app 1.250
::parbake:0123456789abcdef0123::bake-done
`

func TestProvisionUploadsOnceAndRunsOnce(t *testing.T) {
	tests := []struct {
		name     string
		user     string
		useSudo  *bool
		wantSudo bool
	}{
		{"root", "root", nil, false},
		{"non-root user", "builder", nil, true},
		{"explicitly off", "builder", boolPtr(false), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "m", "bake.json")
			raw := map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe), "manifest_output": out}
			if tt.useSudo != nil {
				raw["use_sudo"] = *tt.useSudo
			}
			p := Provisioner{newToken: testToken}
			if err := p.Prepare(raw); err != nil {
				t.Fatal(err)
			}
			comm := &recordingComm{MockCommunicator: &packersdk.MockCommunicator{StartStdout: runnerOutput + "::parbake:" + testToken() + "::package deb nginx-light 1.22.1-9+deb12u9 amd64\n"}}
			ui := &packersdk.MockUi{}
			if err := p.Provision(context.Background(), ui, comm, map[string]interface{}{"User": tt.user}); err != nil {
				t.Fatal(err)
			}
			// The bundle streams on the bake command's standard input; the manifest and the bill
			// of materials are installed by a second command, the last, which generalizes the
			// image with the script that came in the same tar.
			if comm.UploadCalled {
				t.Error("something was uploaded as a file; the bundle and the records stream on standard input")
			}
			if len(comm.commands) != 2 || !strings.Contains(comm.commands[1], "/etc/parbake/sbom.cdx.json") || !strings.Contains(comm.commands[1], "/etc/parbake/manifest.json") ||
				strings.HasPrefix(comm.commands[1], "sudo -n ") != tt.wantSudo || !strings.Contains(comm.commands[1], "PARBAKE_GENERALIZE='1'") {
				t.Errorf("commands %q", comm.commands)
			}
			recs := plainTar(t, []byte(comm.stdins[1]))
			if recs["generalize.sh"] != string(bake.Generalize) {
				t.Error("the records' tar lacks the generalize script")
			}
			if !strings.Contains(recs["sbom.cdx.json"], "pkg:deb/nginx-light@1.22.1-9%2Bdeb12u9?arch=amd64") {
				t.Errorf("the bill of materials on the image lacks the package:\n%s", recs["sbom.cdx.json"])
			}
			if m, _ := os.ReadFile(out); recs["manifest.json"] != string(m) {
				t.Errorf("the manifest on the image differs from manifest_output:\n%s\n---\n%s", recs["manifest.json"], m)
			}
			names := tarNames(t, []byte(comm.stdins[0]))
			for _, want := range []string{"run.sh", "lib.sh", "session.sh", "stop.sh", "steps/01-base.sh", "steps/01-base.files/1/base", "steps/02-app.sh"} {
				if !names[want] {
					t.Errorf("bundle lacks %s (has %v)", want, names)
				}
			}
			if names["steps/03-late.sh"] {
				t.Error("a boot step is in the bake bundle")
			}
			cmd := comm.commands[0]
			if strings.HasPrefix(cmd, "sudo -n ") != tt.wantSudo {
				t.Errorf("command %q: sudo = %v, want %v", cmd, !tt.wantSudo, tt.wantSudo)
			}
			if !strings.Contains(cmd, "PARBAKE_RUN_DIR='/var/tmp/parbake/run-0123456789abcdef'") || !strings.Contains(cmd, "PARBAKE_TOKEN='"+testToken()+"'") {
				t.Errorf("command lacks the run's directory or token: %s", cmd)
			}
			said := sayText(ui)
			for _, want := range []string{"parbake: plan", "[1/2] base …", "[1/2] base ok 0.1s", "[2/2] app ok 1.2s", "    + true", "    progress 100%"} {
				if !strings.Contains(said, want) {
					t.Errorf("UI lacks %q:\n%s", want, said)
				}
			}
			if strings.Contains(said, "progress 10%") {
				t.Error("a carriage-return redraw was shown")
			}
			m, err := os.ReadFile(out)
			if err != nil || !strings.Contains(string(m), `"duration_seconds": 1.250`) || !strings.Contains(string(m), `"boot_steps": ["late"]`) {
				t.Errorf("manifest_output: %v\n%s", err, m)
			}
		})
	}
}

func TestProvisionFailingStep(t *testing.T) {
	p := Provisioner{newToken: testToken}
	if err := p.Prepare(map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe)}); err != nil {
		t.Fatal(err)
	}
	comm := &packersdk.MockCommunicator{StartExitStatus: 7, StartStdout: `::parbake:0123456789abcdef0123::step-begin 1 2 base
::parbake:0123456789abcdef0123::step-ok 1 base 0.1
::parbake:0123456789abcdef0123::step-begin 2 2 app
compiling
it broke
::parbake:0123456789abcdef0123::step-fail 2 app 7 0.3
`}
	ui := &packersdk.MockUi{}
	err := p.Provision(context.Background(), ui, comm, map[string]interface{}{"User": "root"})
	var se *StepError
	if !errors.As(err, &se) {
		t.Fatalf("error %v is not a *StepError", err)
	}
	if se.Step != "app" || se.ExitCode != 7 || se.Done != "base" || !strings.Contains(se.Output, "it broke") {
		t.Errorf("StepError %+v", se)
	}
	if !strings.Contains(sayText(ui), "[2/2] app FAILED with exit code 7") {
		t.Errorf("UI:\n%s", sayText(ui))
	}
}

func TestProvisionMasksSensitiveValues(t *testing.T) {
	p := Provisioner{newToken: testToken}
	raw := map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe), "variables": map[string]string{"token": "s3cr3t-value"}}
	if err := p.Prepare(raw); err != nil {
		t.Fatal(err)
	}
	comm := &packersdk.MockCommunicator{StartStdout: "::parbake:0123456789abcdef0123::step-begin 1 2 base\nleaked s3cr3t-value here\n::parbake:0123456789abcdef0123::step-ok 1 base 0.1\n"}
	ui := &packersdk.MockUi{}
	if err := p.Provision(context.Background(), ui, comm, nil); err != nil {
		t.Fatal(err)
	}
	if said := sayText(ui); strings.Contains(said, "s3cr3t-value") || !strings.Contains(said, "<sensitive>") {
		t.Errorf("sensitive value not masked:\n%s", said)
	}
	if strings.Contains(comm.StartStdin, "s3cr3t-value") {
		t.Error("sensitive value in the bundle")
	}

	// The tail a failure repeats is masked as the live lines are.
	comm = &packersdk.MockCommunicator{StartExitStatus: 3, StartStdout: "::parbake:" + testToken() + "::step-begin 1 2 base\nthe value is s3cr3t-value\n::parbake:" + testToken() + "::step-fail 1 base 3 0.1\n"}
	err := p.Provision(context.Background(), &packersdk.MockUi{}, comm, nil)
	var se *StepError
	if !errors.As(err, &se) || strings.Contains(err.Error(), "s3cr3t-value") || !strings.Contains(se.Output, "<sensitive>") {
		t.Errorf("failure summary not masked: %v", err)
	}
}

func TestProvisionHonoursCancellation(t *testing.T) {
	var p Provisioner
	if err := p.Prepare(map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe)}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	comm := &blockingComm{MockCommunicator: &packersdk.MockCommunicator{}}
	err := p.Provision(ctx, &packersdk.MockUi{}, comm, map[string]interface{}{"User": "root"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if !strings.Contains(comm.last, "/stop.sh") {
		t.Errorf("the remote run was not stopped; last command %q", comm.last)
	}
}

// blockingComm never finishes the bake command, like a long step; other commands finish at once.
type blockingComm struct {
	*packersdk.MockCommunicator
	last string
}

func (c *blockingComm) Start(ctx context.Context, rc *packersdk.RemoteCmd) error {
	c.last = rc.Command
	if strings.Contains(rc.Command, "run.sh") {
		return nil // never exits
	}
	rc.SetExited(0)
	return nil
}

func boolPtr(b bool) *bool { return &b }

func sayText(ui *packersdk.MockUi) string {
	var b strings.Builder
	for _, m := range ui.SayMessages {
		b.WriteString(m.Message + "\n")
	}
	return b.String()
}

func tarNames(t *testing.T, archive []byte) map[string]bool {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	names := map[string]bool{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names[h.Name] = true
	}
	return names
}

// testToken is the marker token of every scripted run.
func testToken() string { return "0123456789abcdef0123" }

// A tick arriving on standard error while a step's line on standard output is unfinished
// neither splits that line nor shows up.
func TestProgressKeepsStreamsApart(t *testing.T) {
	ui := &packersdk.MockUi{}
	p := newProgress(func(s string) { ui.Say(s) }, 1, testToken())
	for _, w := range []struct {
		stderr bool
		text   string
	}{{false, "Building dependency tree..."}, {true, "::parbake:" + testToken() + "::tick\n"}, {false, "\nnext line\n"}} {
		var err error
		if w.stderr {
			_, err = p.Stderr().Write([]byte(w.text))
		} else {
			_, err = p.Write([]byte(w.text))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	p.Flush()
	said := sayText(ui)
	if !strings.Contains(said, "    Building dependency tree...\n") || strings.Contains(said, "tick") || !strings.Contains(said, "    next line") {
		t.Errorf("UI:\n%s", said)
	}
}

// With a previous manifest, the log says what the bake changes before it runs.
func TestProvisionReportsChanges(t *testing.T) {
	dir := writeTestRecipe(t, testRecipe)
	var first Provisioner
	if err := first.Prepare(map[string]interface{}{"recipe": dir}); err != nil {
		t.Fatal(err)
	}
	prev := filepath.Join(t.TempDir(), "prev.json")
	old := strings.Replace(bake.RenderManifest(first.plan, "0.1.0", nil, nil), `"name": "app"`, `"name": "oldapp"`, 1)
	if err := os.WriteFile(prev, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	p := Provisioner{newToken: testToken}
	if err := p.Prepare(map[string]interface{}{"recipe": dir, "previous_manifest": prev}); err != nil {
		t.Fatal(err)
	}
	ui := &packersdk.MockUi{}
	if err := p.Provision(context.Background(), ui, &packersdk.MockCommunicator{StartStdout: runnerOutput}, nil); err != nil {
		t.Fatal(err)
	}
	if said := sayText(ui); !strings.Contains(said, "parbake: changes since the previous bake: new step: app; removed step: oldapp") {
		t.Errorf("UI:\n%s", said)
	}
}

// recordingComm keeps every command started, in order.
type recordingComm struct {
	*packersdk.MockCommunicator
	commands []string
	stdins   []string
}

// Start runs each command at once: the first prints the runner's output; each one's standard
// input is kept.
func (c *recordingComm) Start(ctx context.Context, rc *packersdk.RemoteCmd) error {
	c.commands = append(c.commands, rc.Command)
	var in []byte
	if rc.Stdin != nil {
		in, _ = io.ReadAll(rc.Stdin)
	}
	c.stdins = append(c.stdins, string(in))
	if len(c.commands) == 1 {
		go func() {
			io.Copy(rc.Stdout, strings.NewReader(c.StartStdout))
			rc.SetExited(0)
		}()
		return nil
	}
	go rc.SetExited(0)
	return nil
}

// plainTar reads an uncompressed tar's files by name.
func plainTar(t *testing.T, data []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		out[h.Name] = string(b)
	}
}
