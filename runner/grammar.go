package runner

import (
	"strings"
)

// The runner's grammar: every marker it prints, defined once. The shell emits each through
// its pb_emit_* function in lib.sh, generated from this list (EmitLib; a test fails when lib.sh
// and this list disagree), and ParseMarker reads each by it. A marker is one line,
// "::parbake:TOKEN::KIND FIELD…", its fields separated by single spaces; no field is empty or
// holds a space.

// EventKind is one kind of marker: its fields, in order.
type EventKind struct {
	Kind   string
	Fields []string
	Doc    string
}

// Grammar is every marker the runners print.
var Grammar = []EventKind{
	{"step-begin", []string{"index", "total", "name"}, "a step starts"},
	{"step-ok", []string{"index", "name", "seconds"}, "a step ended well, in seconds"},
	{"step-skip", []string{"index", "name", "seconds"}, "a step an earlier run finished is skipped"},
	{"step-fail", []string{"index", "name", "code", "seconds"}, "a step failed with an exit code (194: it asked for a reboot)"},
	{"step-retry", []string{"index", "name", "attempt", "code"}, "a failed attempt is retried"},
	{"check-ok", []string{"index", "name", "n", "code", "seconds"}, "check n of step index passed"},
	{"check-failed", []string{"index", "name", "n", "code", "seconds"}, "check n of step index failed"},
	{"reboot", []string{"index", "name", "reason", "boot_id"}, "a step needs a reboot; the boot id it ran in"},
	{"os", []string{"id", "version"}, "the machine's OS, from os-release"},
	{"base-image", []string{"image_id"}, "the image the build started from"},
	{"package", []string{"type", "name", "version", "arch"}, "a package the bake installed or changed"},
	{"tick", nil, "the bake's session is alive"},
	{"wait-cloud-init", nil, "the bake waits for cloud-init to finish"},
	{"bake-begin", []string{"steps", "digest"}, "a bake starts"},
	{"bake-done", nil, "a bake ended"},
	{"boot-begin", []string{"steps"}, "a boot part starts"},
	{"boot-done", nil, "a boot part ended"},
}

// kindOf finds an event kind in the grammar.
func kindOf(kind string) (EventKind, bool) {
	for _, k := range Grammar {
		if k.Kind == kind {
			return k, true
		}
	}
	return EventKind{}, false
}

// Emitter is the name of a kind's shell emitter: pb_emit_ and the kind, dashes as underscores.
func (k EventKind) Emitter() string { return "pb_emit_" + strings.ReplaceAll(k.Kind, "-", "_") }

// EmitLib renders the shell emitters, one function a kind, each printing its marker from its
// positional arguments: the section of lib.sh between its "generated emitters" lines.
func EmitLib() string {
	var b strings.Builder
	for _, k := range Grammar {
		args := ""
		for i := range k.Fields {
			args += " $" + string(rune('1'+i))
		}
		b.WriteString(strings.TrimSpace("# "+k.Emitter()+" "+strings.ToUpper(strings.Join(k.Fields, " "))) + ": " + k.Doc + ".\n")
		b.WriteString(k.Emitter() + "() { pb_marker \"" + k.Kind + args + "\"; }\n")
	}
	return b.String()
}
