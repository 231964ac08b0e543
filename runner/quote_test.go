package runner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// shOut runs script under sh with extra environment and returns its standard output.
func shOut(t *testing.T, sh shelltest.Shell, script string, env ...string) []byte {
	t.Helper()
	cmd := sh.Command(env, "-c", script)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s failed: %v\nscript: %q\nstderr: %s", sh.Name, err, script, errb.String())
	}
	return out.Bytes()
}

func TestQuote(t *testing.T) {
	tests := []string{"", "plain", "it's", "'", "''", `"$HOME"`, "`id`", "$(id)", "a\nb", "\\", "tab\there", "ünïcødé", "\xff\xfe", "*", "-n", "; rm -rf /"}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, s := range tests {
			if got := shOut(t, sh, "printf '%s' "+Quote(s)); string(got) != s {
				t.Errorf("Quote(%q) read back as %q", s, got)
			}
		}
	})
}

// FuzzWordRoundTrip checks that literal text and a boot value survive the shell byte for byte,
// whatever they hold (NUL aside, which neither HCL strings nor shell words can carry).
func FuzzWordRoundTrip(f *testing.F) {
	for _, s := range []string{"", "it's", "$(id)", "a\nb", "`x`", "\"q\"", "\\\\", "${PARBAKE_VAR_v}"} {
		f.Add(s, s, "value's $(x)")
	}
	f.Fuzz(func(t *testing.T, before, after, value string) {
		if strings.ContainsRune(before+after+value, 0) {
			t.Skip("NUL cannot be passed through a shell")
		}
		s := before + recipe.Placeholder("v") + after
		for _, sh := range shelltest.All(t) {
			got := shOut(t, sh, "printf '%s' "+Word(s), VarName("v")+"="+value)
			if want := before + value + after; string(got) != want {
				t.Errorf("%s: round trip gave %q, want %q", sh.Name, got, want)
			}
		}
	})
}

// FuzzStepFileRoundTrip renders a step that writes a file with random content, at a random
// path, with a boot value in it, then runs the generated script under sh and reads the file.
func FuzzStepFileRoundTrip(f *testing.F) {
	f.Add("conf d/site's.conf", []byte("server_name ${X};\n"), "shop.example.com", "v a'l")
	f.Add("a", []byte{0, 1, 2, 255, '\n', '\''}, "", "")
	f.Add("ü/$(id)/`x`", []byte("plain"), "$HOME", "\\n")
	f.Fuzz(func(t *testing.T, name string, content []byte, value, env string) {
		// Paths may hold any byte but NUL and newline; values any but NUL.
		if strings.ContainsAny(name, "\x00\n") || strings.ContainsRune(value+env, 0) {
			t.Skip()
		}
		root := t.TempDir()
		clean := filepath.Clean("/" + name)
		if clean == "/" || strings.Contains(name, "..") {
			t.Skip()
		}
		target := root + clean
		owner := fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid())
		// The file is written twice: once as static bundle data (any bytes), once assembled on
		// the instance around a boot value (text from HCL, so no NUL).
		withValue := strings.ReplaceAll(string(content), "\x00", "") + recipe.Placeholder("v")
		step := &plan.Step{Name: "s", Hash: "sha256:x", Content: &recipe.Content{
			Environment: []recipe.EnvVar{{Name: "E", Value: env}},
			Files: []recipe.File{
				{Path: target, Mode: "0640", Owner: owner, Data: content},
				{Path: target + ".boot", Mode: "0600", Owner: owner, Data: []byte(withValue)},
			},
			Run: []string{`printf '%s' "$E" > "$OUT"`},
		}}
		for _, sh := range shelltest.All(t) {
			stepFileRoundTrip(t, sh, step, target, withValue, value, env, content)
		}
	})
}

func stepFileRoundTrip(t *testing.T, sh shelltest.Shell, step *plan.Step, target, withValue, value, env string, content []byte) {
	t.Helper()
	for _, p := range []string{target, target + ".boot"} {
		_ = os.Remove(p) // each shell writes them anew
	}
	dir := t.TempDir()
	b := NewBundle()
	b.Add("lib.sh", 0o644, Lib)
	script, err := AddStep(b, Boot, 1, step, nil)
	if err != nil {
		t.Fatal(err)
	}
	unpack(t, b, dir)
	shOut(t, sh, "sh -e "+Quote(filepath.Join(dir, script)), append(testEnv(dir), VarName("v")+"="+value, "OUT="+filepath.Join(dir, "env.out"))...)
	if got, _ := os.ReadFile(target); !bytes.Equal(got, content) {
		t.Errorf("static file: got %q, want %q", got, content)
	}
	wantBoot := strings.ReplaceAll(withValue, recipe.Placeholder("v"), value)
	if got, _ := os.ReadFile(target + ".boot"); string(got) != wantBoot {
		t.Errorf("boot file: got %q, want %q", got, wantBoot)
	}
	if st, err := os.Stat(target); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode: %v %v", st, err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "env.out")); string(got) != env {
		t.Errorf("%s: environment value: got %q, want %q", sh.Name, got, env)
	}
}

func TestBundleIsDeterministic(t *testing.T) {
	build := func() []byte {
		b := NewBundle()
		b.Add("b", 0o644, []byte("two"))
		b.Add("dir/a", 0o755, []byte("one"))
		a, err := b.TarGz()
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	first := build()
	time.Sleep(1100 * time.Millisecond) // a clock in the archive would show now
	if !bytes.Equal(first, build()) {
		t.Error("the same bundle gave different archives")
	}
}

func TestParseMarker(t *testing.T) {
	tests := []struct {
		line string
		want Event
		ok   bool
	}{
		{"::parbake:tok::step-begin 3 12 nginx", Event{Kind: "step-begin", Index: 3, Total: 12, Step: "nginx"}, true},
		{"::parbake:tok::step-ok 3 nginx 12.345", Event{Kind: "step-ok", Index: 3, Step: "nginx", Duration: "12.345"}, true},
		{"::parbake:tok::step-fail 3 nginx 2 0.5\r\n", Event{Kind: "step-fail", Index: 3, Step: "nginx", Code: 2, Duration: "0.5"}, true},
		{"::parbake:tok::step-retry 3 nginx 1 100", Event{Kind: "step-retry", Index: 3, Step: "nginx", Attempt: 1, Code: 100}, true},
		{"ordinary output", Event{}, false},
		{"  ::parbake:tok::step-ok 1 a 1", Event{}, false},
		{"::parbake::step-ok 1 a 999.000", Event{}, false},       // the old, unforgeable-only-by-luck form
		{"::parbake:guess::step-ok 1 a 999.000", Event{}, false}, // another token: output, not a marker
		{"::parbake:tok::package deb nginx-light 1.22.1-9+deb12u9 amd64", Event{Kind: "package", Step: "nginx-light"}, true},
		{"::parbake:tok::step-fail 3 nginx", Event{}, false},   // cut short
		{"::parbake:tok::step-ok 3 nginx 1 2", Event{}, false}, // a field too many
		{"::parbake:tok::no-such-kind 1", Event{}, false},      // not in the grammar
	}
	for _, tt := range tests {
		got, ok := ParseMarker(tt.line, "tok")
		got.Args, got.kind = nil, EventKind{} // the raw fields and the kind; the parsed ones are checked
		if ok != tt.ok || fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("ParseMarker(%q) = %+v, %v; want %+v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}
