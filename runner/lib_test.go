package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// runStep runs one step script through pb_step with the given timeout and retries.
func runStep(t *testing.T, sh shelltest.Shell, body string, timeout, retries int) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string][]byte{"lib.sh": Lib, "step.sh": []byte(body)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := `PB_TOKEN=tok; . "$PB_DIR/lib.sh"; pb_step 1 1 s sha256:x ` + strconv.Itoa(timeout) + " " + strconv.Itoa(retries) + ` "$PB_DIR/step.sh"`
	out, err := sh.Command(testEnv(dir), "-ec", script).CombinedOutput()
	return string(out), err
}

func TestStepRetriesAndTimeout(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		timeout int
		retries int
		wantErr bool
		want    []string
	}{
		{"succeeds", "echo hello\n", 0, 0, false, []string{"step-begin 1 1 s", "hello", "::parbake:tok::step-ok 1 s "}},
		{"fails without retries", "echo broken >&2; exit 4\n", 0, 0, true, []string{"broken", "::parbake:tok::step-fail 1 s 4 ", "step s failed with exit code 4"}},
		{"succeeds on a retry", `f="$PB_DIR/tried"; if [ ! -f "$f" ]; then : >"$f"; exit 9; fi; echo second` + "\n", 0, 2, false,
			[]string{"::parbake:tok::step-retry 1 s 1 9", "second", "step-ok"}},
		{"times out", "sleep 5\n", 1, 0, true, []string{"step s timed out after 1s", "step-fail 1 s 124"}},
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				out, err := runStep(t, sh, tt.body, tt.timeout, tt.retries)
				if (err != nil) != tt.wantErr {
					t.Errorf("error %v, want error %v\n%s", err, tt.wantErr, out)
				}
				for _, w := range tt.want {
					if !strings.Contains(out, w) {
						t.Errorf("output lacks %q:\n%s", w, out)
					}
				}
			})
		}
	})
}

// pb_place with no directories does nothing: find without a path would default to the current
// directory and move its files to the parent.
func TestPlaceWithoutDirectoriesLeavesCwdAlone(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, gnu := range []string{"0", "1"} {
			t.Run("PB_GNU_FIND="+gnu, func(t *testing.T) { placeWithoutDirectories(t, sh, gnu) })
		}
	})
}

func placeWithoutDirectories(t *testing.T, sh shelltest.Shell, gnu string) {
	dir := t.TempDir()
	cwd := filepath.Join(dir, "cwd")
	for _, p := range []string{filepath.Join(cwd, "keep"), filepath.Join(dir, "lib.sh"), filepath.Join(dir, "dirs")} {
		data := []byte("x\n")
		if filepath.Base(p) == "lib.sh" {
			data = Lib
		} else if filepath.Base(p) == "dirs" {
			data = nil
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := sh.Command(append(testEnv(dir), "PB_GNU_FIND="+gnu), "-ec", `. "$PB_DIR/lib.sh"; pb_place "$PB_DIR/dirs"`)
	cmd.Dir = cwd
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(cwd, "keep")); err != nil {
		t.Errorf("the current directory's file moved: %v", err)
	}
}

// Both ways of renaming staged files into place give the same result: GNU find's -execdir and
// the portable per-directory loop that busybox gets.
func TestFilesPlacedWithAndWithoutGNUFind(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) { filesPlaced(t, sh) })
}

func filesPlaced(t *testing.T, sh shelltest.Shell) {
	for _, gnu := range []string{"0", "1"} {
		t.Run("PB_GNU_FIND="+gnu, func(t *testing.T) {
			root := t.TempDir()
			owner := fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid())
			var files []recipe.File
			for i, p := range []string{"/a/x", "/a/y", "/b c/z", "/b c/d/-n", "/top"} {
				files = append(files, recipe.File{Path: root + p, Mode: "0640", Owner: owner, Data: []byte(fmt.Sprint(i))})
			}
			if err := os.WriteFile(root+"/top", []byte("an older file, replaced"), 0o644); err != nil {
				t.Fatal(err)
			}
			step := &plan.Step{Name: "s", Hash: "sha256:x", Content: &recipe.Content{Files: files}}
			dir := t.TempDir()
			b := NewBundle()
			b.Add("lib.sh", 0o644, Lib)
			script, err := AddStep(b, Bake, 1, step, nil)
			if err != nil {
				t.Fatal(err)
			}
			unpack(t, b, dir)
			shOut(t, sh, "sh -e "+Quote(filepath.Join(dir, script)), append(testEnv(dir), "PB_GNU_FIND="+gnu)...)
			for i, f := range files {
				got, err := os.ReadFile(f.Path)
				if err != nil || string(got) != fmt.Sprint(i) {
					t.Errorf("%s: %q, %v", f.Path, got, err)
				}
				if st, err := os.Stat(f.Path); err != nil || st.Mode().Perm() != 0o640 {
					t.Errorf("%s: mode %v, %v", f.Path, st.Mode(), err)
				}
				if _, err := os.Stat(filepath.Join(filepath.Dir(f.Path), StageDir)); !os.IsNotExist(err) {
					t.Errorf("staging left in %s", filepath.Dir(f.Path))
				}
			}
		})
	}
}
