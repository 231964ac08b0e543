package parbake

import (
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/bake"
)

// The runner's check markers become the manifest's check results and a line of the output.
func TestProgressRecordsChecks(t *testing.T) {
	var said []string
	p := newProgress(func(s string) { said = append(said, s) }, 2, "tok")
	p.Write([]byte("::parbake:tok::check-ok 2 nginx 1 0 0.012\n::parbake:tok::check-failed 2 nginx 2 1 0.003\n::parbake:other::check-ok 1 x 1 0 1\n::parbake:tok::check-ok bad\n"))
	want := []bake.CheckResult{{N: 1, Status: "ok", Code: 0, Seconds: "0.012"}, {N: 2, Status: "failed", Code: 1, Seconds: "0.003"}}
	if got := p.checks[2]; len(got) != 2 || got[0] != want[0] || got[1] != want[1] || len(p.checks) != 1 {
		t.Errorf("checks %+v, want step 2's %+v only", p.checks, want)
	}
	out := strings.Join(said, "\n")
	if !strings.Contains(out, "check 1 of nginx: ok") || !strings.Contains(out, "check 2 of nginx: failed") {
		t.Errorf("output:\n%s", out)
	}
}
