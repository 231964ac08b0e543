package runner

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// unpack writes bundle b into dir through its tar.gz, as a machine would receive it.
func unpack(t *testing.T, b *Bundle, dir string) {
	t.Helper()
	archive := filepath.Join(t.TempDir(), "bundle.tar.gz")
	f, err := os.Create(archive)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.WriteTarGz(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("tar", "-xzf", archive, "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("tar: %v\n%s", err, out)
	}
}

// testEnv is what a runner would set for step scripts unpacked in dir; the lock lives in dir too,
// so tests never touch the machine's.
func testEnv(dir string) []string {
	return []string{"PB_DIR=" + dir, "PB_STATE=" + filepath.Join(dir, "state"), "PB_RECORD=" + filepath.Join(dir, "record"), "PB_STAGE=" + StageDir,
		"PB_LOCK=" + filepath.Join(dir, "files.lock"), "PB_MANIFEST=" + filepath.Join(dir, "manifest.json"), "PB_GNU_FIND=1"}
}
