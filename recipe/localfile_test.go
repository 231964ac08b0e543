package recipe

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Sources must be regular files inside the recipe's directory unless allow_outside says
// otherwise, and special files are refused without being opened.
func TestLocalSources(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(outside, []byte("host file"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) string // returns the source as written in the recipe
		allow   bool
		wantErr error // the kind of refusal; the diagnostic says it in words
		want    string
	}{
		{"regular inside", func(t *testing.T, dir string) string { return "x" }, false, nil, ""},
		{"symlink inside to inside", func(t *testing.T, dir string) string {
			return symlink(t, "x", filepath.Join(dir, "link"))
		}, false, nil, ""},
		{"symlink to outside", func(t *testing.T, dir string) string {
			return symlink(t, outside, filepath.Join(dir, "link"))
		}, false, ErrOutsideRecipe, "allow_outside"},
		{"symlink to outside, allowed", func(t *testing.T, dir string) string {
			return symlink(t, outside, filepath.Join(dir, "link"))
		}, true, nil, ""},
		{"absolute path", func(t *testing.T, dir string) string { return outside }, false, ErrOutsideRecipe, "absolute"},
		{"absolute path, allowed", func(t *testing.T, dir string) string { return outside }, true, nil, ""},
		{"dot-dot", func(t *testing.T, dir string) string {
			rel, err := filepath.Rel(dir, outside)
			if err != nil {
				t.Fatal(err)
			}
			return rel
		}, false, ErrOutsideRecipe, "outside"},
		{"fifo", func(t *testing.T, dir string) string {
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
				t.Fatal(err)
			}
			return "pipe"
		}, false, ErrNotRegular, "FIFO"},
		{"fifo, allowed outside", func(t *testing.T, dir string) string {
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
				t.Fatal(err)
			}
			return "pipe"
		}, true, ErrNotRegular, "FIFO"},
		{"device", func(t *testing.T, dir string) string { return "/dev/zero" }, true, ErrNotRegular, "device"},
		{"directory", func(t *testing.T, dir string) string {
			if err := os.Mkdir(filepath.Join(dir, "d"), 0o755); err != nil {
				t.Fatal(err)
			}
			return "d"
		}, false, ErrNotRegular, "directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeRecipe(t, map[string]string{"x": "x"})
			src := tt.setup(t, dir)
			allow := ""
			if tt.allow {
				allow = "\n    allow_outside = true"
			}
			hcl := "step \"a\" {\n  file \"/x\" {\n    source = \"" + src + "\"" + allow + "\n  }\n}\n"
			done := make(chan struct{})
			var err error
			go func() {
				defer close(done)
				r, diags := LoadSource([]byte(hcl), "r.hcl", dir)
				if err = AsError(diags); err == nil {
					_, diags = r.Evaluate(r.Steps[0], r.EvalContext(nil))
					err = AsError(diags)
				}
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("loading hung: the source was opened")
			}
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "r.hcl:3:") {
				t.Errorf("error %v, want one at r.hcl:3 mentioning %q", err, tt.want)
			}
		})
	}
}

func symlink(t *testing.T, target, link string) string {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	return filepath.Base(link)
}
