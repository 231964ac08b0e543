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
		cmd := sh.Command(os.Environ(), "-c", RecordsScript(dir, stage, []string{"manifest.json", "bake-digest"}, ""))
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
		cmd = sh.Command(os.Environ(), "-c", RecordsScript(dir, stage, []string{"manifest.json"}, ""))
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

// With a script to run after them, the script runs from the same tar once the records are in
// place, and its status is the command's; it does not run when the records could not be
// installed.
func TestRecordsScriptRunsTheFinishingScript(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, c := range []struct {
			name, script string
			brokenTar    bool
			wantCode     int
			wantSays     string
		}{
			{"passes", "echo cleaned; test -f \"$1\"", false, 0, "cleaned"},
			{"fails", "echo half; exit 3", false, 3, "parbake: finish.sh failed with exit code 3"},
			{"records fail", "echo ran", true, 2, "parbake: the records were not installed"},
		} {
			dir := t.TempDir()
			stage := dir + "/.parbake-0123456789abcdef"
			var archive bytes.Buffer
			tw := tar.NewWriter(&archive)
			files := map[string]string{"manifest.json": "{}\n", "finish.sh": strings.Replace(c.script, "$1", dir+"/manifest.json", 1) + "\n"}
			for _, name := range []string{"manifest.json", "finish.sh"} {
				must(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(files[name])), Format: tar.FormatUSTAR}))
				_, err := tw.Write([]byte(files[name]))
				must(t, err)
			}
			must(t, tw.Close())
			cmd := sh.Command(os.Environ(), "-c", RecordsScript(dir, stage, []string{"manifest.json"}, "finish.sh"))
			cmd.Stdin = &archive
			if c.brokenTar {
				cmd.Stdin = strings.NewReader("not a tar")
			}
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(interface{ ExitCode() int }); ok {
				code = ee.ExitCode()
			}
			if (code == 0) != (c.wantCode == 0) || (c.wantCode != 0 && c.wantCode != 2 && code != c.wantCode) || !strings.Contains(string(out), c.wantSays) {
				t.Errorf("%s: exit %d, output %q; want exit %d and %q", c.name, code, out, c.wantCode, c.wantSays)
			}
			if c.brokenTar && strings.Contains(string(out), "ran") && !strings.Contains(string(out), "not installed") {
				t.Errorf("%s: the script ran after the records failed: %q", c.name, out)
			}
			if _, err := os.Stat(stage); !os.IsNotExist(err) {
				t.Errorf("%s: the staging directory is still there", c.name)
			}
		}
	})
}
