package bake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// The runner reports the packages a bake installed or changed, from the dpkg database before
// and after as dpkg-query reads them, and nothing when the database did not change: a stand-in
// root, no root needed.
func TestInventoryReportsNewAndChangedPackages(t *testing.T) {
	stanza := func(name, version, status string) string {
		return "Package: " + name + "\nStatus: install ok " + status + "\nMaintainer: m\nArchitecture: amd64\nVersion: " + version + "\nDescription: d\n\n"
	}
	dir := t.TempDir()
	before := stanza("less", "590-1", "installed") + stanza("gone", "1", "installed")
	after := stanza("less", "590-2", "installed") + stanza("nginx-light", "1.22.1-9+deb12u9", "installed") +
		stanza("half", "1", "config-files") + stanza("same", "1", "installed") +
		strings.Replace(stanza("held", "2", "installed"), "install ok", "hold ok", 1)
	before += stanza("same", "1", "installed")
	root := filepath.Join(dir, "root")
	must(t, os.MkdirAll(filepath.Join(root, "var/lib/dpkg"), 0o755))
	status := filepath.Join(root, "var/lib/dpkg/status")
	for name, data := range map[string]string{filepath.Join(dir, "inventory.sh"): string(inventoryLib), filepath.Join(dir, "lib.sh"): string(runner.Lib), status: before} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := inventory(t, []string{"PB_DIR=" + dir, "PB_ROOT=" + root, "PB_TOKEN=tok"})
	run("pb_inventory_start")
	if out := run("pb_describe_machine"); strings.Contains(out, "package") {
		t.Errorf("packages reported though none changed:\n%s", out)
	}
	if err := os.WriteFile(status, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	out := run("pb_describe_machine")
	want := "::parbake:tok::package deb held 2 amd64\n::parbake:tok::package deb less 590-2 amd64\n::parbake:tok::package deb nginx-light 1.22.1-9+deb12u9 amd64\n"
	if !strings.Contains(out, want) || strings.Contains(out, "half") || strings.Contains(out, "same") || !strings.Contains(out, "::parbake:tok::os ") {
		t.Errorf("got:\n%s\nwant the lines:\n%s", out, want)
	}
}

// On an rpm machine (no dpkg database), the runner lists packages with rpm before and after the
// bake, and reports those new or changed: the exact query, run against a recording stand-in.
func TestInventoryOnAnRPMMachine(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "inventory.sh"), inventoryLib, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "lib.sh"), runner.Lib, 0o644))
	listing := filepath.Join(dir, "rpm-qa")
	must(t, os.WriteFile(listing, []byte("rpm less 590-1.el9 x86_64\nrpm bash 5.1.8-9.el9 x86_64\n"), 0o644))
	bin := shelltest.Bin(t, []string{"rpm"}, "sort", "comm", "cp", "cmp", "awk")
	log := filepath.Join(dir, "calls")
	env := []string{"PATH=" + bin, "PB_DIR=" + dir, "PB_ROOT=" + filepath.Join(dir, "root"), "PB_TOKEN=tok",
		"STANDIN_LOG=" + log, "STANDIN_OUT_rpm=" + listing}
	run := inventory(t, env)
	run("pb_inventory_start")
	if out := run("pb_describe_machine"); strings.Contains(out, "package") {
		t.Errorf("packages reported though none changed:\n%s", out)
	}
	must(t, os.WriteFile(listing, []byte("rpm nginx 1.20.1-16.el9 x86_64\nrpm less 590-2.el9 x86_64\nrpm bash 5.1.8-9.el9 x86_64\n"), 0o644))
	out := run("pb_describe_machine")
	want := "::parbake:tok::package rpm less 590-2.el9 x86_64\n::parbake:tok::package rpm nginx 1.20.1-16.el9 x86_64\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("got:\n%s\nwant it to end with:\n%s", out, want)
	}
	for _, call := range shelltest.Calls(t, log) {
		if call != `rpm [-qa] [--root] [`+filepath.Join(dir, "root")+`] [--qf] [rpm %{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n]` {
			t.Errorf("rpm called as %s", call)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// inventory returns a function that runs the inventory library's script under every shell, which
// must agree, in env.
func inventory(t *testing.T, env []string) func(script string) string {
	return func(script string) string {
		t.Helper()
		// The runner's library brings the emitters; the inventory's is sourced after it, as in a bake.
		out, err := shelltest.Agree(t, env, "", "-c", `. "$PB_DIR/lib.sh"; . "$PB_DIR/inventory.sh"; `+script)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return out
	}
}
