package boot

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// reportOf records each text as a check of step "site" (pb_check, the runner's own), writes the
// boot report (pb_report) under sh, and returns the report's bytes. recipe is the recipe's name.
func reportOf(t testing.TB, sh shelltest.Shell, libs, recipe string, texts []string) []byte {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "record"), []byte("1 site sha256:1a2b3c4d5e6f7a8b boot ok 0 0.012\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	script := ". " + runner.Quote(filepath.Join(libs, "lib.sh")) + "\n. " + runner.Quote(filepath.Join(libs, "boot.sh")) + "\n"
	env := []string{"PB_DIR=" + dir, "PB_RECORD=" + filepath.Join(dir, "record"), "PB_REPORT=" + filepath.Join(dir, "report.json"),
		"PB_RECIPE=" + recipe, "PB_ROLE=", "PB_DIGEST=sha256:abc", "PATH=" + os.Getenv("PATH")}
	for i, text := range texts {
		env = append(env, fmt.Sprintf("CHECK_%d=%s", i+1, text))
		script += fmt.Sprintf("pb_check 1 site %d \"$CHECK_%d\" true >/dev/null\n", i+1, i+1)
	}
	script += "pb_report 0 >/dev/null\n"
	if out, err := sh.Command(env, "-c", script).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", sh.Name, err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The boot report is valid JSON whatever bytes a check's text holds: every control character,
// newlines and tabs included, and any UTF-8 text read back equal, under every shell; bytes that
// are not UTF-8 become U+FFFD.
func TestBootReportJSONIsAlwaysValid(t *testing.T) {
	var controls strings.Builder
	for b := 1; b < 32; b++ {
		controls.WriteByte(byte(b))
	}
	controls.WriteByte(0x7f)
	texts := []string{
		"grep -qx web /etc/role",
		"printf 'a\\tb' | grep -q \"$(printf '\\033[1m')\" \\\\ end",
		controls.String(),
		"line one\nline two\n",
		"\r\x1b[31mred\x1b[0m\r\n",
		"é 日本語 🙂 \u2028 \u00ad",
		`back\slash \\n not a newline \"quoted\"`,
	}
	invalid := []string{"\xff\xfe", "caf\xc3", "\xc0\xaf overlong", "\xed\xa0\x80 surrogate", "\xf4\x90\x80\x80 past U+10FFFF", "\xe2\x82 cut"}
	libs := writeLibs(t)
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		data := reportOf(t, sh, libs, "we\"b\\\x01", append(append([]string(nil), texts...), invalid...))
		var r Report
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("not JSON: %v\n%q", err, data)
		}
		if r.Recipe != "we\"b\\\x01" {
			t.Errorf("recipe %q", r.Recipe)
		}
		if len(r.Checks) != len(texts)+len(invalid) {
			t.Fatalf("%d checks, want %d: %+v", len(r.Checks), len(texts)+len(invalid), r.Checks)
		}
		for i, want := range texts {
			if got := r.Checks[i].Check; got != want {
				t.Errorf("check %d reads back %q, want %q", i+1, got, want)
			}
		}
		for i, in := range invalid {
			got := r.Checks[len(texts)+i].Check
			if !utf8.ValidString(got) || !strings.Contains(got, "\ufffd") {
				t.Errorf("check %q reads back %q: want valid UTF-8 with U+FFFD", in, got)
			}
		}
	})
}

// Any bytes in a check's text give a report encoding/json decodes (NUL aside, which no shell
// variable holds).
func FuzzBootReportJSON(f *testing.F) {
	for _, s := range []string{"", "x", "\x1b", "\xff", "a\nb", `\`, `\n`, "\"", "\xe2\x82\xac", "\xf0\x9f\x99"} {
		f.Add(s)
	}
	libs := writeLibs(f)
	sh := shelltest.Get(f, "dash")
	f.Fuzz(func(t *testing.T, text string) {
		if strings.ContainsRune(text, 0) {
			t.Skip()
		}
		data := reportOf(t, sh, libs, "web", []string{text})
		var r Report
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%q gives a report that is not JSON: %v\n%q", text, err, data)
		}
		if len(r.Checks) != 1 {
			t.Fatalf("%q: %d checks", text, len(r.Checks))
		}
		if utf8.ValidString(text) && r.Checks[0].Check != text {
			t.Errorf("%q reads back %q", text, r.Checks[0].Check)
		}
	})
}

// The summary line's short hashes are the ones timings.ShortHash makes (the Go side's one
// definition): the runner's awk and Go agree on every shape of hash.
func TestSummaryShortHashAgreesWithGo(t *testing.T) {
	hashes := []string{"sha256:1a2b3c4d5e6f7a8b9c0d", "1a2b3c4d5e6f7a8b9c0d", "sha256:abc", "abcdef012345", "sha256:"}
	var record strings.Builder
	for i, h := range hashes {
		fmt.Fprintf(&record, "%d s%d %s boot ok 0 0.001\n", i+1, i, h)
	}
	libs := writeLibs(t)
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		dir := t.TempDir()
		must(t, os.WriteFile(filepath.Join(dir, "record"), []byte(record.String()), 0o644))
		script := ". " + runner.Quote(filepath.Join(libs, "lib.sh")) + "\n. " + runner.Quote(filepath.Join(libs, "boot.sh")) + "\npb_report 0\n"
		out, err := sh.Command([]string{"PB_DIR=" + dir, "PB_REPORT=" + filepath.Join(dir, "r.json"), "PB_RECIPE=web", "PB_ROLE=", "PB_DIGEST=sha256:abc",
			"PATH=" + os.Getenv("PATH")}, "-c", script).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		fields := strings.Fields(strings.TrimSpace(string(out)))[4:] // after "parbake-boot: ok digest=… total=…"
		if len(fields) != len(hashes) {
			t.Fatalf("summary %q", out)
		}
		for i, h := range hashes {
			want := fmt.Sprintf("s%d:%s=", i, timings.ShortHash(h))
			if !strings.HasPrefix(fields[i], want) {
				t.Errorf("the runner shortened %q as %q; Go as %q", h, fields[i], want)
			}
		}
	})
}

// The summary line the runner prints is Summary.String() of the same boot, whatever the status
// and the steps' outcomes: the console's grammar is defined by Go, the awk held to it.
func TestSummaryLineIsTheGrammars(t *testing.T) {
	records := []string{
		"1 base sha256:1a2b3c4d5e6f7a8b9c0d bake skipped 0 0",
		"2 site sha256:abcdef0123456789abcd boot ok 0 0.250",
		"3 motd sha256:0000111122223333aaaa warm reboot 194 1.5",
		"4 conf sha256:99998888777766665555 boot failed 7 0.004",
	}
	steps := []OutcomeStep{
		{Name: "site", ShortHash: "abcdef012345", Status: "ok", Seconds: 0.25},
		{Name: "motd", ShortHash: "000011112222", Status: "reboot"},
		{Name: "conf", ShortHash: "999988887777", Status: "failed"},
	}
	libs := writeLibs(t)
	for _, c := range []struct {
		status string
		want   Summary
	}{
		{"0", Summary{Status: "ok"}},
		{"194", Summary{Status: "rebooting"}},
		{"7", Summary{Status: "failed", ExitCode: 7}},
	} {
		want := c.want
		want.Digest, want.Total, want.Steps = "sha256:abc", 1.754, steps
		shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
			dir := t.TempDir()
			must(t, os.WriteFile(filepath.Join(dir, "record"), []byte(strings.Join(records, "\n")+"\n"), 0o644))
			script := ". " + runner.Quote(filepath.Join(libs, "lib.sh")) + "\n. " + runner.Quote(filepath.Join(libs, "boot.sh")) + "\npb_report " + c.status + "\n"
			out, err := sh.Command([]string{"PB_DIR=" + dir, "PB_REPORT=" + filepath.Join(dir, "r.json"), "PB_RECIPE=web", "PB_ROLE=", "PB_DIGEST=sha256:abc",
				"PATH=" + os.Getenv("PATH")}, "-c", script).CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if got := strings.TrimSpace(string(out)); got != want.String() {
				t.Errorf("status %s: the runner printed\n%s\nGo's grammar says\n%s", c.status, got, want.String())
			}
			if s, ok := ParseSummary(strings.TrimSpace(string(out))); !ok || s.String() != want.String() {
				t.Errorf("status %s: read back as %+v (%v)", c.status, s, ok)
			}
		})
	}
}
