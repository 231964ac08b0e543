package recipe

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeAged writes a file and dates it back, as a recipe's files are when a build starts: older
// than the racy window, so their digests are kept.
func writeAged(t *testing.T, path, content string, age time.Duration) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-age)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

func hashOf(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	lf, err := hashLocal(path, info)
	if err != nil {
		t.Fatal(err)
	}
	return lf.SHA256
}

// A digest is reused only for the very same version of a file: new bytes of the same size with
// the old modification time put back still change the file's change time, and are hashed again.
func TestKeptDigestsFollowTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	writeAged(t, path, "aaaa", time.Hour)
	first := hashOf(t, path)
	if _, ok := hashed.Load(path); ok {
		// Just written: its change time is now, inside the racy window.
		t.Fatal("a file changed a moment ago had its digest kept")
	}
	time.Sleep(racyWindow + 100*time.Millisecond)
	if hashOf(t, path) != first {
		t.Fatal("the same file hashed differently")
	}
	if _, ok := hashed.Load(path); !ok {
		t.Fatal("the digest of a settled file was not kept")
	}
	info, _ := os.Stat(path)
	writeAged(t, path, "bbbb", 0)
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	if got := hashOf(t, path); got == first {
		t.Error("new bytes of the same size and modification time got the old digest")
	}
}

// A recipe file read again with the same bytes reuses its parse, and plans the same; changed
// bytes are parsed again.
func TestParseKeptForTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.hcl")
	write := func(src string) {
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("step \"a\" {\n  run = [\"echo one\"]\n}\n")
	r1, diags := Load(path)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	r2, diags := Load(path)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if r1.Steps[0].attrs["run"].Expr != r2.Steps[0].attrs["run"].Expr {
		t.Error("the same bytes were parsed again")
	}
	write("step \"a\" {\n  run = [\"echo two\"]\n}\n")
	r3, diags := Load(path)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	c, d := r3.Evaluate(r3.Steps[0], nil)
	if d.HasErrors() || len(c.Run) != 1 || c.Run[0] != "echo two" {
		t.Errorf("changed recipe planned as %+v, %v", c, d)
	}
	write("step \"a\" {\n  run = [\n}\n")
	if _, diags := Load(path); !diags.HasErrors() {
		t.Error("a broken recipe loaded")
	}
}
