package parbake

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/parbake/packer-plugin-parbake/boot"
)

// resultTable is a test launch's verdict for the build output: each step's and check's result
// and seconds.
func resultTable(t *Test) string {
	o := t.Outcome
	var b strings.Builder
	verdict := "ok"
	if !o.OK {
		verdict = fmt.Sprintf("failed (exit code %d)", o.ExitCode)
	}
	fmt.Fprintf(&b, "parbake: %s on %s: boot part %s, %.3fs of steps, verdict %.0fs after the launch\n", t.ImageID, t.InstanceID, verdict, o.Total, t.Seconds)
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "  STEP\tCHECK\tRESULT\tSECONDS")
	for _, s := range o.Steps {
		secs := "-"
		if s.Status == "ok" {
			secs = fmt.Sprintf("%.3f", s.Seconds)
		}
		fmt.Fprintf(w, "  %s\t\t%s\t%s\n", s.Name, s.Status, secs)
		for _, c := range o.Checks {
			if c.Step == s.Name {
				fmt.Fprintf(w, "  \t%d: %s\t%s\t%.3f\n", c.N, c.Text, checkResult(c), c.Seconds)
			}
		}
	}
	w.Flush()
	return strings.TrimRight(b.String(), "\n")
}

func checkResult(c boot.OutcomeCheck) string {
	if c.Status == "ok" {
		return "ok"
	}
	return fmt.Sprintf("failed (%d)", c.ExitCode)
}

// ErrTestFailed is wrapped by the error of a test launch whose boot part or check failed.
var ErrTestFailed = errors.New("the test launch failed")

// verdictError names what failed: each failed step, and each failed check with its text, then
// the runner's last lines.
func verdictError(t *Test) error {
	return fmt.Errorf("%w: %s on %s: %s%s", ErrTestFailed, t.ImageID, t.InstanceID, strings.Join(t.Outcome.Failures(), "; "), tail(t.Outcome.Tail))
}

// tail is the console's last lines, indented, for an error.
func tail(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return "\nthe last lines on the test instance's console:\n  " + strings.Join(lines, "\n  ")
}

// tailLines is how many console lines an error shows.
const tailLines = 20

// lastLines returns a console's last n non-empty lines.
func lastLines(console []byte, n int) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(string(console), "\r", ""), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if out = append(out, l); len(out) > n {
			out = out[1:]
		}
	}
	return out
}
