package runner

import (
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// stagedStep unpacks a bundle of one step placing files under root into a fresh run directory
// and returns that directory and the step script's path in it.
func stagedStep(t *testing.T, files []recipe.File) (string, string) {
	t.Helper()
	b := NewBundle()
	b.Add("lib.sh", 0o644, Lib)
	script, err := AddStep(b, Bake, 1, &plan.Step{Name: "s", Hash: "sha256:x", Content: &recipe.Content{Files: files}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	unpack(t, b, dir)
	return dir, filepath.Join(dir, script)
}

// A step's files are written once, by unpacking the bundle, and moved into place: the run
// directory keeps no copy, the files get the time they are placed at (not the bundle's fixed
// time), and a step that runs again (a retry, a reboot) runs over the placed files instead of
// failing or placing them twice.
func TestStagedFilesAreMovedIntoPlaceOnce(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		root := t.TempDir()
		owner := fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid())
		files := []recipe.File{
			{Path: root + "/etc/app/a.conf", Mode: "0640", Owner: owner, Data: []byte("a\n")},
			{Path: root + "/etc/app/b.conf", Mode: "0600", Owner: owner, Data: []byte("b\n")},
			{Path: root + "/new/deep/c", Mode: "0755", Owner: owner, Data: []byte("c\n")},
		}
		if _, err := user.Lookup("nobody"); err == nil {
			// A named owner: its file comes from the step's tar, into the same staging directory.
			files = append(files, recipe.File{Path: root + "/etc/app/named", Mode: "0644", Owner: "nobody", Data: []byte("named\n")})
		}
		dir, script := stagedStep(t, files)
		before := time.Now().Add(-time.Minute)
		env := testEnv(dir)
		shOut(t, sh, "sh -e "+Quote(script), env...)
		for _, f := range files {
			st, err := os.Stat(f.Path)
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(f.Path); string(got) != string(f.Data) {
				t.Errorf("%s: %q", f.Path, got)
			}
			if fmt.Sprintf("%04o", st.Mode().Perm()) != f.Mode {
				t.Errorf("%s: mode %v, want %s", f.Path, st.Mode(), f.Mode)
			}
			if st.ModTime().Before(before) {
				t.Errorf("%s: modified at %v, not when it was placed", f.Path, st.ModTime())
			}
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "steps", "01-s.files", "*")); len(left) != 0 {
			t.Errorf("the run directory kept copies: %v", left)
		}
		// A command of the step changes a placed file; the step runs again.
		if err := os.WriteFile(files[0].Path, []byte("changed by the step\n"), 0o640); err != nil {
			t.Fatal(err)
		}
		shOut(t, sh, "sh -e "+Quote(script), env...)
		if got, _ := os.ReadFile(files[0].Path); string(got) != "changed by the step\n" {
			t.Errorf("the second run placed the file again: %q", got)
		}
	})
}

// Placement failures leave nothing half-placed: a destination that is a directory stops the
// step before anything moves; a parent that is a file fails it and removes its staging, and a
// retry fails too instead of passing with the files missing.
func TestStagedFilesFailures(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(root string) error
		dest    string
		want    string
	}{
		{"destination is a directory", func(root string) error { return os.MkdirAll(root+"/etc/x", 0o755) }, "/etc/x", "it is an existing directory"},
		{"parent is a file", func(root string) error { return os.WriteFile(root+"/etc", []byte("file"), 0o644) }, "/etc/x", "could not place the step's files"},
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				root := t.TempDir()
				if err := tt.prepare(root); err != nil {
					t.Fatal(err)
				}
				files := []recipe.File{{Path: root + tt.dest, Mode: "0644", Owner: fmt.Sprint(os.Getuid()), Data: []byte("x")}}
				dir, script := stagedStep(t, files)
				for attempt := 1; attempt <= 2; attempt++ {
					out, err := sh.Command(testEnv(dir), "-e", script).CombinedOutput()
					if err == nil || !strings.Contains(string(out), tt.want) && attempt == 1 {
						t.Fatalf("attempt %d: error %v:\n%s", attempt, err, out)
					}
				}
				if left, _ := filepath.Glob(filepath.Join(root, "*", StageDir)); len(left) != 0 {
					t.Errorf("staging left: %v", left)
				}
			})
		}
	})
}

// A staging directory that a killed run left behind is replaced, not nested into.
func TestStagedFilesReplaceAStaleStagingDirectory(t *testing.T) {
	root := t.TempDir()
	stale := filepath.Join(root, "etc", StageDir)
	if err := os.MkdirAll(stale, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, "old"), []byte("left by a killed run"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir, script := stagedStep(t, []recipe.File{{Path: root + "/etc/new", Mode: "0644", Owner: fmt.Sprint(os.Getuid()), Data: []byte("new")}})
	shOut(t, shelltest.Get(t, "dash"), "sh -e "+Quote(script), testEnv(dir)...)
	if got, _ := os.ReadFile(root + "/etc/new"); string(got) != "new" {
		t.Errorf("placed %q", got)
	}
	if _, err := os.Stat(filepath.Join(root, "etc", "old")); !os.IsNotExist(err) {
		t.Errorf("the stale staging's file was placed: %v", err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("staging left: %v", err)
	}
}

// Where the run directory and a destination are on different file systems, moving the staged
// directory copies it, and the files still arrive whole with their modes.
func TestStagedFilesAcrossFileSystems(t *testing.T) {
	shm := "/dev/shm"
	var a, b syscall.Stat_t
	tmp := t.TempDir()
	if syscall.Stat(shm, &a) != nil || syscall.Stat(tmp, &b) != nil || a.Dev == b.Dev {
		t.Skip("no second file system to place into")
	}
	root, err := os.MkdirTemp(shm, "parbake-test")
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	files := []recipe.File{{Path: root + "/opt/f", Mode: "0751", Owner: fmt.Sprint(os.Getuid()), Data: []byte("across")}}
	dir, script := stagedStep(t, files)
	shOut(t, shelltest.Get(t, "dash"), "sh -e "+Quote(script), testEnv(dir)...)
	st, err := os.Stat(root + "/opt/f")
	if got, _ := os.ReadFile(root + "/opt/f"); err != nil || string(got) != "across" || st.Mode().Perm() != 0o751 {
		t.Errorf("placed %q, %v, %v", got, st, err)
	}
}

// Under SELinux (its file system mounted), every placed file is relabelled for its path, with
// one restorecon over the step's list; without it, restorecon is not run.
func TestStagedFilesRelabelledUnderSELinux(t *testing.T) {
	for _, selinux := range []bool{true, false} {
		t.Run(fmt.Sprintf("selinux=%v", selinux), func(t *testing.T) {
			root := t.TempDir()
			machine := t.TempDir() // PB_ROOT: the machine's /sys
			if selinux {
				if err := os.MkdirAll(filepath.Join(machine, "sys", "fs", "selinux"), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(machine, "sys", "fs", "selinux", "enforce"), []byte("1"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			dir, script := stagedStep(t, []recipe.File{{Path: root + "/etc/a", Mode: "0644", Owner: fmt.Sprint(os.Getuid()), Data: []byte("a")}})
			bin := shelltest.Bin(t, []string{"restorecon"}, "sh", "mkdir", "find", "rm", "rmdir", "touch", "tar", "timeout")
			log := filepath.Join(t.TempDir(), "log")
			env := append(testEnv(dir), "PB_ROOT="+machine, "PATH="+bin, "STANDIN_LOG="+log)
			shOut(t, shelltest.Get(t, "dash"), "sh -e "+Quote(script), env...)
			calls := shelltest.Calls(t, log)
			want := []string{}
			if selinux {
				want = []string{"restorecon [-F] [-f] [" + filepath.Join(dir, "steps", "01-s.dests") + "]"}
			}
			if strings.Join(calls, "\n") != strings.Join(want, "\n") {
				t.Errorf("calls %q, want %q", calls, want)
			}
			if got, _ := os.ReadFile(root + "/etc/a"); string(got) != "a" {
				t.Errorf("placed %q", got)
			}
		})
	}
}
