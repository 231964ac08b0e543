package runner

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// A check runs from /, its result and time go to the record's checks file and, through the
// runner, to a marker; a failing check fails the step naming the check, with its output shown.
func TestCheck(t *testing.T) {
	cases := []struct {
		name, command, text string
		ok                  bool
		wantOut             []string
		wantRecord          string
	}{
		{"passes", `test "$(pwd)" = / && echo in-root`, `test "$(pwd)" = / && echo in-root`, true,
			[]string{"+ check 2: test \"$(pwd)\" = / && echo in-root", "in-root", "::parbake:t::check-ok 3 web 2 0 "},
			`^3 web 2 ok 0 [0-9.]+ test "\$\(pwd\)" = / && echo in-root$`},
		{"fails", "echo no site here; exit 7", "curl -fsS http://${var.domain}/\n", false,
			[]string{"no site here", "::parbake:t::check-failed 3 web 2 7 ", "parbake: check 2 of step web failed with exit code 7: curl -fsS http://${var.domain}/"},
			`^3 web 2 failed 7 [0-9.]+ curl -fsS http://\$\{var\.domain\}/\\n$`}, // the newline kept, escaped
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
				dir := t.TempDir()
				must(t, os.WriteFile(filepath.Join(dir, "lib.sh"), Lib, 0o644))
				// The check runs in the step's shell, which has no token; the runner's shell,
				// which has it, turns the check's record into its marker.
				step := ". " + Quote(filepath.Join(dir, "lib.sh")) + "\npb_check 3 web 2 " + Quote(c.text) + " " + Quote(c.command) + "\n"
				must(t, os.WriteFile(filepath.Join(dir, "step.sh"), []byte(step), 0o644))
				script := ". " + Quote(filepath.Join(dir, "lib.sh")) + "\nPB_TOKEN=t\ncd " + Quote(dir) + "\npb_step 3 3 web sha256:00 0 0 step.sh never"
				out, err := sh.Command(testEnv(dir), "-c", script).CombinedOutput()
				if (err == nil) != c.ok {
					t.Fatalf("error %v, output:\n%s", err, out)
				}
				for _, w := range c.wantOut {
					if !strings.Contains(string(out), w) {
						t.Errorf("output lacks %q:\n%s", w, out)
					}
				}
				rec, _ := os.ReadFile(filepath.Join(dir, "record.checks"))
				if !regexp.MustCompile(c.wantRecord).MatchString(strings.TrimSuffix(string(rec), "\n")) {
					t.Errorf("record %q does not match %s", rec, c.wantRecord)
				}
			})
		})
	}
}

// Checks come last in a step's script: after its actions and the restarts it triggers.
func TestChecksComeLast(t *testing.T) {
	d := stepData{Index: 1, Name: "site", Run: []string{"nginx -t"}, Checks: Checks([]string{"curl -fsS http://127.0.0.1/"})}
	d.Restart = nil
	text, err := Execute(stepTemplate, d)
	if err != nil {
		t.Fatal(err)
	}
	run, check := strings.Index(text, "nginx -t"), strings.Index(text, "pb_check 1 'site' 1 'curl -fsS http://127.0.0.1/' 'curl -fsS http://127.0.0.1/'")
	if run < 0 || check < run {
		t.Errorf("the check is not after the actions:\n%s", text)
	}
}
