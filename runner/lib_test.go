package runner

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runStep runs one step script through pb_step with the given timeout and retries.
func runStep(t *testing.T, body string, timeout, retries int) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string][]byte{"lib.sh": Lib, "step.sh": []byte(body)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := `PB_TOKEN=tok; . "$PB_DIR/lib.sh"; pb_step 1 1 s sha256:x ` + strconv.Itoa(timeout) + " " + strconv.Itoa(retries) + ` "$PB_DIR/step.sh"`
	cmd := exec.Command("sh", "-ec", script)
	cmd.Env = append(os.Environ(), testEnv(dir)...)
	out, err := cmd.CombinedOutput()
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runStep(t, tt.body, tt.timeout, tt.retries)
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
}
