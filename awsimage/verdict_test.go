package awsimage

import (
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/boot"
)

// An instance lost without a verdict is described by how far its console got, so that a failed
// rollout says whether the boot part hung in a step or never started.
func TestNoVerdictSaysWhereTheBootStopped(t *testing.T) {
	cases := []struct {
		console, want string
	}{
		{"[    0.0] Linux\n", "the boot runner printed nothing"},
		{"::parbake:boot::step-begin 1 2 nginx\n::parbake:boot::step-ok 1 nginx 0.5\n", "between steps"},
		{"::parbake:boot::step-begin 2 2 site\n+ nginx -t\n", "it was in step site"},
	}
	for _, c := range cases {
		o, err := boot.ReadOutcome(strings.NewReader(c.console))
		if err != nil {
			t.Fatal(err)
		}
		if got := noVerdict(o); !strings.Contains(got, c.want) {
			t.Errorf("%q: got %q, want it to say %q", c.console, got, c.want)
		}
	}
}
