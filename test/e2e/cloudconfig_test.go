//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	bootrender "github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// TestCloudConfigUserData renders format = "cloud-config", checks it and an extra cloud-config
// part with `cloud-init schema`, and boots it under real cloud-init.
func TestCloudConfigUserData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cc")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cc.hcl"), []byte(`
step "config" {
  phase = "boot"
  environment = { GREETING = "hello" }
  file "/etc/app/app conf" {
    content = "listen = 8080\n"
    mode    = "0640"
  }
  run = ["echo \"$GREETING\" > /etc/app/greeting"]
}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := plan.FromPath(dir, plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := bootrender.Render(p, bootrender.Options{Format: bootrender.FormatCloudConfig})
	if err != nil {
		t.Fatal(err)
	}
	ud := filepath.Join(t.TempDir(), "user-data")
	if err := os.WriteFile(ud, res.UserData, 0o644); err != nil {
		t.Fatal(err)
	}

	b := boot(t, "", ud)
	if b.Err != nil {
		t.Fatalf("boot: %v\n%s", b.Err, b.Output)
	}
	for path, want := range map[string]string{"etc/app/app conf": "listen = 8080\n", "etc/app/greeting": "hello\n"} {
		if got, _ := os.ReadFile(filepath.Join(b.Dir, "upper", path)); string(got) != want {
			t.Errorf("/%s = %q, want %q", path, got, want)
		}
	}

	// The schema check runs on the instance's own cloud-init.
	extra := "#cloud-config\nwrite_files:\n  - path: /etc/extra\n    content: \"x\"\n"
	for name, doc := range map[string]string{"rendered.yaml": string(res.UserData), "extra.yaml": extra} {
		if err := os.MkdirAll(filepath.Join(b.Dir, "upper", "root"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(b.Dir, "upper", "root", name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(sandboxScript("exec.sh"), b.Dir, "cloud-init", "schema", "--config-file", "/root/"+name).CombinedOutput()
		// cloud-init 22 says "Valid cloud-config …", 25 "Valid schema …".
		if err != nil || !regexp.MustCompile(`(?m)^Valid (cloud-config|schema) /root/`+regexp.QuoteMeta(name)).Match(out) {
			t.Errorf("cloud-init schema %s: %v\n%s", name, err, out)
		}
	}
}
