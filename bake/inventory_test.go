package bake

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The runner reports the packages a bake installed or changed, from the dpkg database before
// and after, and nothing when the database did not change.
func TestInventoryReportsNewAndChangedPackages(t *testing.T) {
	stanza := func(name, version, status string) string {
		return "Package: " + name + "\nStatus: install ok " + status + "\nArchitecture: amd64\nVersion: " + version + "\n\n"
	}
	dir := t.TempDir()
	before := stanza("less", "590-1", "installed") + stanza("gone", "1", "installed")
	after := stanza("less", "590-2", "installed") + stanza("nginx-light", "1.22.1-9+deb12u9", "installed") +
		stanza("half", "1", "config-files") + stanza("same", "1", "installed")
	before += stanza("same", "1", "installed")
	status := filepath.Join(dir, "status")
	for name, data := range map[string]string{"inventory.sh": string(inventoryLib), "status": before} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(script string) string {
		cmd := exec.Command("sh", "-c", `pb_marker() { printf '::parbake:%s::%s\n' "$PB_TOKEN" "$*"; }; . "$PB_DIR/inventory.sh"; `+script)
		cmd.Env = append(os.Environ(), "PB_DIR="+dir, "PB_DPKG_STATUS="+status, "PB_TOKEN=tok")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return string(out)
	}
	run("pb_inventory_start")
	if out := run("pb_describe_machine"); strings.Contains(out, "package") {
		t.Errorf("packages reported though none changed:\n%s", out)
	}
	if err := os.WriteFile(status, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	out := run("pb_describe_machine")
	want := "::parbake:tok::package deb less 590-2 amd64\n::parbake:tok::package deb nginx-light 1.22.1-9+deb12u9 amd64\n"
	if !strings.Contains(out, want) || strings.Contains(out, "half") || strings.Contains(out, "same") || !strings.Contains(out, "::parbake:tok::os ") {
		t.Errorf("got:\n%s\nwant the lines:\n%s", out, want)
	}
}
