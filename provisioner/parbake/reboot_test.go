package parbake

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/runner"
)

// rebootingComm plays a machine whose first step asks for a reboot: the bake ends with the
// reboot marker; the machine is unreachable once, answers from the old boot once, then from a
// new boot; the resumed run finishes the bake.
type rebootingComm struct {
	packersdk.MockCommunicator
	mu       sync.Mutex
	commands []string
	bootIDs  []string // answers to boot_id polls; "" is an unreachable machine
	polls    int
}

const marker = "::parbake:0123456789abcdef0123::"

func (c *rebootingComm) Start(ctx context.Context, rc *packersdk.RemoteCmd) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.commands = append(c.commands, rc.Command)
	if rc.Stdin != nil {
		io.Copy(io.Discard, rc.Stdin)
	}
	out := ""
	switch {
	case strings.Contains(rc.Command, "tar -xpzf"):
		out = marker + "bake-begin 2 sha256:x\n" + marker + "step-begin 1 2 base\n" + marker + "step-ok 1 base 0.100\n" +
			marker + "reboot 1 base reboot-required boot-a\n"
	case strings.Contains(rc.Command, "boot_id"):
		id := c.bootIDs[min(c.polls, len(c.bootIDs)-1)]
		c.polls++
		if id == "" {
			return errors.New("connection refused")
		}
		out = id + "\n"
	case strings.Contains(rc.Command, `run.sh" </dev/null`):
		out = marker + "step-skip 1 base 0\n" + marker + "step-begin 2 2 app\n" + marker + "step-ok 2 app 1.250\n" + marker + "bake-done\n"
	}
	go func() {
		if rc.Stdout != nil {
			io.Copy(rc.Stdout, strings.NewReader(out))
		}
		rc.SetExited(0)
	}()
	return nil
}

func TestBakeRebootsAndGoesOn(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bake.json")
	p := Provisioner{newToken: testToken}
	if err := p.Prepare(map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe), "manifest_output": out, "skip_sbom": true}); err != nil {
		t.Fatal(err)
	}
	comm := &rebootingComm{bootIDs: []string{"", "boot-a", "boot-b"}}
	ui := &packersdk.MockUi{}
	if err := p.Provision(context.Background(), ui, comm, map[string]interface{}{"User": "root"}); err != nil {
		t.Fatal(err)
	}
	said := ui.SayMessages
	var log []string
	for _, m := range said {
		log = append(log, m.Message)
	}
	text := strings.Join(log, "\n")
	for _, want := range []string{"step base needs a reboot (reboot-required); rebooting the machine", "the machine is back after",
		"[1/2] base done before the reboot", "[2/2] app ok 1.2s"} {
		if !strings.Contains(text, want) {
			t.Errorf("the log lacks %q:\n%s", want, text)
		}
	}
	if comm.polls != 3 {
		t.Errorf("polled the boot id %d times, want 3 (down, old boot, new boot)", comm.polls)
	}
	var resume string
	for _, c := range comm.commands {
		if strings.Contains(c, `run.sh" </dev/null`) && !strings.Contains(c, "tar -xpzf") {
			resume = c
		}
	}
	if !strings.Contains(resume, "PARBAKE_TOKEN='0123456789abcdef0123'") || !strings.Contains(resume, "PARBAKE_RUN_DIR='/var/tmp/parbake/run-0123456789abcdef'") {
		t.Errorf("the bake was not resumed in its own run directory with its token: %q", resume)
	}
	manifest, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(manifest), `"name": "base", "hash": `) || !strings.Contains(string(manifest), `"reboots": ["reboot-required"]`) {
		t.Errorf("the manifest does not record the reboot:\n%s", manifest)
	}
}

func TestBakeRebootTimesOut(t *testing.T) {
	p := Provisioner{newToken: testToken}
	if err := p.Prepare(map[string]interface{}{"recipe": writeTestRecipe(t, testRecipe), "skip_sbom": true, "reboot_timeout": "1s"}); err != nil {
		t.Fatal(err)
	}
	comm := &rebootingComm{bootIDs: []string{""}} // never comes back
	err := p.Provision(context.Background(), &packersdk.MockUi{}, comm, map[string]interface{}{"User": "root"})
	if err == nil || !strings.Contains(err.Error(), "did not come back within reboot_timeout (1s) after step base") {
		t.Errorf("error %v", err)
	}
}

func TestParseRebootKeepsReasonsToWords(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
	}{
		{[]string{"1", "base", "reboot-required", "id"}, true},
		{[]string{"1", "base", `a"b`, "id"}, false},
		{[]string{"x", "base", "always", "id"}, false},
		{[]string{"1", "base", "always"}, false},
	}
	for _, tt := range tests {
		if _, ok := parseReboot(runnerEvent(tt.args)); ok != tt.ok {
			t.Errorf("parseReboot(%q) ok = %v, want %v", tt.args, ok, tt.ok)
		}
	}
}

func runnerEvent(args []string) runner.Event { return runner.Event{Kind: "reboot", Args: args} }

// Two streams copied at once into one outputBuffer keep every byte, as they would not in a
// shared bytes.Buffer.
func TestOutputBufferKeepsBothStreams(t *testing.T) {
	for i := 0; i < 200; i++ {
		var out outputBuffer
		var wg sync.WaitGroup
		for _, s := range []string{strings.Repeat("o", 1000), ""} {
			wg.Add(1)
			go func(s string) {
				defer wg.Done()
				io.Copy(&out, strings.NewReader(s))
			}(s)
		}
		wg.Wait()
		if len(out.String()) != 1000 {
			t.Fatalf("kept %d bytes of 1000", len(out.String()))
		}
	}
}
