package runner

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

const (
	emitBegin = "# BEGIN generated emitters\n"
	emitEnd   = "# END generated emitters\n"
)

// lib.sh's emitters are the grammar's: the section between its generated-emitters lines is
// EmitLib's output (go test ./runner -update rewrites it).
func TestLibEmittersMatchTheGrammar(t *testing.T) {
	raw, err := os.ReadFile("lib.sh") // the file itself: Lib carries services.sh after it
	must(t, err)
	lib := string(raw)
	i, j := strings.Index(lib, emitBegin), strings.Index(lib, emitEnd)
	if i < 0 || j < i {
		t.Fatal("lib.sh has no generated-emitters section")
	}
	got, want := lib[i+len(emitBegin):j], EmitLib()
	if got == want {
		return
	}
	if golden.Updating() {
		if err := os.WriteFile("lib.sh", []byte(lib[:i+len(emitBegin)]+want+lib[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("lib.sh's emitters differ from runner/grammar.go (go test ./runner -update):\n--- lib.sh\n%s\n--- grammar\n%s", got, want)
}

// Every event goes through its shell emitter and back through ParseMarker with the same fields,
// under dash, bash as sh and busybox.
func TestEveryEventRoundTrips(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(dir+"/lib.sh", Lib, 0o644))
	script := ". " + Quote(dir+"/lib.sh") + "\n"
	var want [][]string
	for n, k := range Grammar {
		call := []string{k.Emitter()}
		values := []string{}
		for i := range k.Fields {
			v := fmt.Sprintf("v%d-%d", n, i)
			if k.Fields[i] == "index" || k.Fields[i] == "code" || k.Fields[i] == "n" {
				v = fmt.Sprint(n*10 + i + 1)
			}
			values = append(values, v)
			call = append(call, Quote(v))
		}
		script += strings.Join(call, " ") + "\n"
		want = append(want, values)
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		out, err := sh.Command([]string{"PB_TOKEN=tok", "PATH=" + os.Getenv("PATH")}, "-c", script).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
		if len(lines) != len(Grammar) {
			t.Fatalf("%d lines for %d events:\n%s", len(lines), len(Grammar), out)
		}
		for n, k := range Grammar {
			ev, ok := ParseMarker(lines[n], "tok")
			if !ok || ev.Kind != k.Kind || strings.Join(ev.Args, " ") != strings.Join(want[n], " ") {
				t.Errorf("%s printed %q, read back %+v (%v)", k.Emitter(), lines[n], ev, ok)
				continue
			}
			for i, f := range k.Fields {
				if got := ev.Field(f); got != want[n][i] {
					t.Errorf("%s: field %s = %q, want %q", k.Kind, f, got, want[n][i])
				}
			}
		}
	})
}

// Whatever a line holds (odd bytes, masking, a line cut short), ParseMarker never panics, and an
// event it accepts has its kind's fields, each non-empty.
func FuzzParseMarker(f *testing.F) {
	for _, s := range []string{"::parbake:tok::step-ok 1 site 0.012", "::parbake:tok::check-ok 1 site 2 0 0.0", "::parbake:tok::step-fail 1 site",
		"::parbake:tok::package deb ***", "::parbake:tok::\xff\x00", "::parbake:other::step-ok 1 a 1", "[ 1.2] ::parbake:tok::boot-done"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		for _, parse := range []func(string, string) (Event, bool){ParseMarker, FindMarker} {
			ev, ok := parse(line, "tok")
			if !ok {
				continue
			}
			k, known := kindOf(ev.Kind)
			if known && len(ev.Args) != len(k.Fields) {
				t.Errorf("%q: %s with %d fields, want %d", line, ev.Kind, len(ev.Args), len(k.Fields))
			}
		}
	})
}

// Every record goes through its shell writer and back through ParseRecord with the same fields,
// under dash, bash as sh and busybox; a check's text keeps its spaces.
func TestEveryRecordRoundTrips(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(dir+"/lib.sh", Lib, 0o644))
	script := ". " + Quote(dir+"/lib.sh") + "\n"
	var want [][]string
	for n, k := range Records {
		call := []string{k.Writer()}
		var values []string
		for i := range k.Fields {
			v := fmt.Sprintf("v%d-%d", n, i)
			if k.Rest && i == len(k.Fields)-1 {
				v = "grep -q 'a  b' /etc/x\\n and more"
			}
			values = append(values, v)
			call = append(call, Quote(v))
		}
		script += strings.Join(call, " ") + "\n"
		want = append(want, values)
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		out, err := sh.Command([]string{"PATH=" + os.Getenv("PATH")}, "-c", script).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
		if len(lines) != len(Records) {
			t.Fatalf("%d lines for %d records:\n%s", len(lines), len(Records), out)
		}
		for n, k := range Records {
			r, ok := ParseRecord(k.Kind, lines[n])
			if !ok {
				t.Errorf("%s wrote %q, not read back", k.Writer(), lines[n])
				continue
			}
			for i, f := range k.Fields {
				if got := r.Field(f); got != want[n][i] {
					t.Errorf("%s: field %s = %q, want %q", k.Kind, f, got, want[n][i])
				}
			}
		}
	})
}

// A record cut short, or with a field too many, is not read as one.
func TestParseRecordRefusesOddLines(t *testing.T) {
	for _, c := range []struct{ kind, line string }{
		{"step", "1 site sha256:ab boot ok 0"},
		{"step", "1 site sha256:ab boot ok 0 0.1 extra"},
		{"step", "1  sha256:ab boot ok 0 0.1"},
		{"fetch", "ssm 2 1 1"},
		{"check", "1 site 1 ok 0"},
		{"nothing", "a b"},
	} {
		if r, ok := ParseRecord(c.kind, c.line); ok {
			t.Errorf("%s %q read as %+v", c.kind, c.line, r)
		}
	}
	if r, ok := ParseRecord("check", "1 site 1 ok 0 0.010 "); !ok || r.Field("text") != "" {
		t.Errorf("a check with an empty text: %+v, %v", r, ok)
	}
}
