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
	return b.String() + RecordLib()
}

// RecordKind is one kind of record the runner keeps in a file for its own report (the boot
// report, the bake manifest): a line of fields separated by single spaces. Like a marker's, no
// field is empty or holds a space, except the last of a kind with Rest, which is the rest of the
// line (a check's text, newlines and backslashes escaped by pb_check).
type RecordKind struct {
	Kind   string
	Fields []string
	Rest   bool
	Doc    string
}

// Records are the records the runners keep: written through their generated pb_rec_* writers,
// read back by position (pb_report's awk), so their order is defined here once.
var Records = []RecordKind{
	{"step", []string{"index", "name", "hash", "phase", "status", "code", "seconds"}, false, "a step's outcome, in $PB_RECORD"},
	{"check", []string{"index", "name", "n", "status", "code", "seconds", "text"}, true, "a check's outcome, in $PB_RECORD.checks"},
	{"fetch", []string{"source", "values", "calls", "attempts", "seconds"}, false, "one batch of fetched values, in $PB_DIR/fetches"},
}

// Writer is the name of a record kind's shell writer: pb_rec_ and the kind.
func (k RecordKind) Writer() string { return "pb_rec_" + k.Kind }

// RecordLib renders the record writers, one function a kind, each printing one record line from
// exactly its fields' positional arguments (callers append it to the record's file).
func RecordLib() string {
	var b strings.Builder
	for _, k := range Records {
		format, args := "", ""
		for i := range k.Fields {
			format += " %s"
			args += " \"$" + string(rune('1'+i)) + "\""
		}
		b.WriteString("# " + k.Writer() + " " + strings.ToUpper(strings.Join(k.Fields, " ")) + ": " + k.Doc + ".\n")
		b.WriteString(k.Writer() + "() { printf '" + format[1:] + "\\n'" + args + "; }\n")
	}
	return b.String()
}

// Record is one parsed record line.
type Record struct {
	Kind   string
	Values []string
	kind   RecordKind
}

// ParseRecord reads a line of a record of this kind; ok is false for a line with too few fields
// (a record cut short) or too many, or of a kind the grammar does not have.
func ParseRecord(kind, line string) (r Record, ok bool) {
	k, known := recordKindOf(kind)
	if !known {
		return Record{}, false
	}
	line = strings.TrimRight(line, "\n")
	n := len(k.Fields)
	var f []string
	if k.Rest {
		f = strings.SplitN(line, " ", n)
	} else {
		f = strings.Split(line, " ")
	}
	if len(f) != n {
		return Record{}, false
	}
	for i, v := range f {
		if v == "" && !(k.Rest && i == n-1) {
			return Record{}, false
		}
	}
	return Record{Kind: kind, Values: f, kind: k}, true
}

// Field is the value of the record's field called name, "" when its kind has none.
func (r Record) Field(name string) string {
	for i, f := range r.kind.Fields {
		if f == name && i < len(r.Values) {
			return r.Values[i]
		}
	}
	return ""
}

func recordKindOf(kind string) (RecordKind, bool) {
	for _, k := range Records {
		if k.Kind == kind {
			return k, true
		}
	}
	return RecordKind{}, false
}
