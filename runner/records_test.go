package runner

import (
	"archive/tar"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// The records script installs each file of the tar on its standard input into the directory,
// mode 0644 under any umask, through a staging directory it removes; a failure leaves the files
// already there as they were, and the staging directory gone too.
func TestRecordsScriptInstallsThroughStaging(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		dir := filepath.Join(t.TempDir(), "etc parbake")
		must(t, os.MkdirAll(dir, 0o755))
		must(t, os.WriteFile(filepath.Join(dir, "manifest.json"), []byte("old"), 0o600))
		stage := dir + "/.parbake-0123456789abcdef"
		var archive bytes.Buffer
		tw := tar.NewWriter(&archive)
		for name, data := range map[string]string{"manifest.json": "{}\n", "bake-digest": "sha256:a\n"} {
			must(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Format: tar.FormatUSTAR}))
			_, err := tw.Write([]byte(data))
			must(t, err)
		}
		must(t, tw.Close())
		cmd := sh.Command(os.Environ(), "-c", RecordsScript(dir, stage, []string{"manifest.json", "bake-digest"}))
		cmd.Stdin = &archive
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for name, want := range map[string]string{"manifest.json": "{}\n", "bake-digest": "sha256:a\n"} {
			got, err := os.ReadFile(filepath.Join(dir, name))
			st, _ := os.Stat(filepath.Join(dir, name))
			if err != nil || string(got) != want || st.Mode().Perm() != 0o644 {
				t.Errorf("%s: %q %v %v", name, got, st.Mode(), err)
			}
		}
		if _, err := os.Stat(stage); !os.IsNotExist(err) {
			t.Errorf("the staging directory is still there: %v", err)
		}
		// A broken tar: the status says so, and the staging directory goes anyway.
		cmd = sh.Command(os.Environ(), "-c", RecordsScript(dir, stage, []string{"manifest.json"}))
		cmd.Stdin = strings.NewReader("not a tar")
		if err := cmd.Run(); err == nil {
			t.Error("a broken tar was installed")
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "manifest.json")); string(got) != "{}\n" {
			t.Errorf("a failed install changed the manifest: %q", got)
		}
		if _, err := os.Stat(stage); !os.IsNotExist(err) {
			t.Errorf("the staging directory is still there after a failure: %v", err)
		}
	})
}
