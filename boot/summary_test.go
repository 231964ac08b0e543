package boot

import (
	"strings"
	"testing"
)

// One parser reads the summary line for every reader, wherever a log puts it.
func TestParseSummary(t *testing.T) {
	cases := []struct {
		line   string
		ok     bool
		status string
		code   int
		steps  string
	}{
		{"parbake-boot: ok digest=sha256:ab total=0.062s site:1a2b3c4d5e6f=0.050s motd:0123456789ab=0.012s", true, "ok", 0, "site ok motd ok"},
		{"[   12.3] cloud-init[812]: parbake-boot: failed(7) digest=sha256:ab total=0.2s site:1a2b3c4d5e6f=failed\r", true, "failed", 7, "site failed"},
		{"parbake-boot: rebooting digest=sha256:ab total=1.000s kernel:1a2b3c4d5e6f=reboot", true, "rebooting", 0, "kernel reboot"},
		{"parbake-boot: ok digest=sha256:ab total=0.000s", true, "ok", 0, ""},
		// Cut short by the console's 64 KB, or by a line break in the middle.
		{"parbake-boot: ok digest=sha256:ab total=0.062s site:1a2b3c", false, "", 0, ""},
		{"parbake-boot: ok digest=sha256:ab", false, "", 0, ""},
		{"oot: ok digest=sha256:ab total=0.062s", false, "", 0, ""},
		// A hash that is not 12 hex digits, a masked value in its place.
		{"parbake-boot: ok digest=sha256:ab total=0.062s site:***=0.050s", false, "", 0, ""},
		{"parbake-boot: ok digest=sha256:ab total=0.062s site:1A2B3C4D5E6F=0.050s", false, "", 0, ""},
		{"echo parbake-boot: is in this line", false, "", 0, ""},
	}
	for _, c := range cases {
		s, ok := ParseSummary(c.line)
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v", c.line, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		var steps []string
		for _, st := range s.Steps {
			steps = append(steps, st.Name+" "+st.Status)
		}
		if s.Status != c.status || s.ExitCode != c.code || strings.Join(steps, " ") != c.steps || !strings.HasPrefix(s.Line, "parbake-boot: ") {
			t.Errorf("%q: %+v", c.line, s)
		}
	}
}

// Whatever a console holds, parsing never panics, and what it accepts says the same again when
// read from its own Line.
func FuzzParseSummary(f *testing.F) {
	for _, s := range []string{"parbake-boot: ok digest=sha256:ab total=0.062s site:1a2b3c4d5e6f=0.050s", "parbake-boot: failed(3) digest=x total=1s a:0123456789ab=failed", "\x00parbake-boot: ok", "parbake-boot: ok digest=\xff total=1s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		s, ok := ParseSummary(line)
		if !ok {
			return
		}
		again, ok := ParseSummary(s.Line)
		if !ok || again.Status != s.Status || again.Digest != s.Digest || len(again.Steps) != len(s.Steps) {
			t.Errorf("%q parsed as %+v, its Line as %+v (%v)", line, s, again, ok)
		}
	})
}
