package main

import (
	"path/filepath"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// generatedShell is every shell file parbake ships or generates: the libraries, and the
// generated scripts through their golden files.
var generatedShell = []string{
	"runner/*.sh", "bake/*.sh", "boot/*.sh",
	"bake/testdata/golden/*.sh", "bake/testdata/golden/steps/*.sh",
	"boot/testdata/golden/steps/*.sh", "boot/testdata/golden/user-data.sh",
}

// TestGeneratedShellParsesUnderEveryShell: dash, bash as sh and busybox sh all read every
// script. (The runner's behaviour under each is tested where it lives: runner, bake, boot.)
func TestGeneratedShellParsesUnderEveryShell(t *testing.T) {
	var files []string
	for _, g := range generatedShell {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %v (no files)", g, err)
		}
		files = append(files, m...)
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, f := range files {
			if out, err := sh.Command(nil, "-n", f).CombinedOutput(); err != nil {
				t.Errorf("%s does not parse: %v\n%s", f, err, out)
			}
		}
	})
}
