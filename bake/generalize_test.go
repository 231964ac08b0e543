package bake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// standInRoot is an image's tree, as a build leaves it, under a temporary directory.
func standInRoot(t *testing.T, key string) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"etc/passwd":                      "root:x:0:0:root:/root:/bin/bash\nadmin:x:1000:1000::/home/admin:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n",
		"etc/machine-id":                  "0123456789abcdef0123456789abcdef\n",
		"var/lib/dbus/machine-id":         "0123456789abcdef0123456789abcdef\n",
		"home/admin/.ssh/authorized_keys": "ssh-ed25519 AAAAmine admin@laptop\n" + key + " packer_build\nfrom=\"10.0.0.1\" " + key + " again\n",
		"root/.ssh/authorized_keys":       "ssh-ed25519 AAAAroot root@laptop\n",
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, []byte(data), 0o600))
	}
	must(t, os.MkdirAll(filepath.Join(root, "var/tmp/parbake-stage"), 0o755))
	return root
}

// The image hygiene cleans a stand-in root, no root needed, under every shell: the build's key
// (whatever its options and comment) from every account's authorized_keys, the machine-ids,
// parbake's staging directory, and cloud-init's state; other keys and files stay, and a second
// run finds nothing to do.
func TestGeneralizeCleansAStandInRoot(t *testing.T) {
	key := "ssh-ed25519 AAAAbuildkey"
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		root := standInRoot(t, key)
		script := filepath.Join(t.TempDir(), "generalize.sh")
		must(t, os.WriteFile(script, Generalize, 0o755))
		bin := shelltest.Bin(t, []string{"cloud-init"}, "getent", "cut", "sort", "grep", "cp", "mv", "rm", "rmdir", "chmod", "awk", "cat")
		log := filepath.Join(t.TempDir(), "calls")
		env := []string{"PATH=" + bin, "PB_ROOT=" + root, "PARBAKE_BUILD_KEY=" + key + " packer", "PARBAKE_GENERALIZE=1",
			"PARBAKE_CLEAN_CLOUD_INIT=1", "PARBAKE_STAGING_DIR=/var/tmp/parbake-stage", "STANDIN_LOG=" + log}
		out, err := sh.Command(env, script).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		want := "parbake: cleaned the build's SSH key from /home/admin/.ssh/authorized_keys\n" +
			"parbake: cleaned /etc/machine-id (emptied)\n" +
			"parbake: cleaned /var/lib/dbus/machine-id\n" +
			"parbake: cleaned parbake's staging directory /var/tmp/parbake-stage\n" +
			"parbake: cleaned cloud-init's state and logs (cloud-init clean --logs)\n"
		if string(out) != want {
			t.Errorf("output:\n%s\nwant:\n%s", out, want)
		}
		keys, _ := os.ReadFile(filepath.Join(root, "home/admin/.ssh/authorized_keys"))
		if string(keys) != "ssh-ed25519 AAAAmine admin@laptop\n" {
			t.Errorf("admin's authorized_keys: %q", keys)
		}
		if st, err := os.Stat(filepath.Join(root, "home/admin/.ssh/authorized_keys")); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("authorized_keys lost its mode: %v %v", st, err)
		}
		if keys, _ := os.ReadFile(filepath.Join(root, "root/.ssh/authorized_keys")); string(keys) != "ssh-ed25519 AAAAroot root@laptop\n" {
			t.Errorf("root's authorized_keys changed: %q", keys)
		}
		if id, err := os.ReadFile(filepath.Join(root, "etc/machine-id")); err != nil || len(id) != 0 {
			t.Errorf("machine-id %q %v, want empty", id, err)
		}
		for _, gone := range []string{"var/lib/dbus/machine-id", "var/tmp/parbake-stage"} {
			if _, err := os.Stat(filepath.Join(root, gone)); !os.IsNotExist(err) {
				t.Errorf("%s is still there: %v", gone, err)
			}
		}
		if calls := shelltest.Calls(t, log); len(calls) != 1 || calls[0] != "cloud-init [clean] [--logs]" {
			t.Errorf("cloud-init called as %v", calls)
		}
		again, err := sh.Command(append(env, "PARBAKE_CLEAN_CLOUD_INIT=0"), script).CombinedOutput()
		if err != nil || strings.Contains(string(again), "cleaned") {
			t.Errorf("a second run: %v\n%s", err, again)
		}
	})
}
