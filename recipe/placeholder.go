package recipe

import "strings"

// Values that are not known when the plan is made (boot variables) or must never be written out
// (sensitive variables) are evaluated as placeholders. Renderers split strings at placeholders
// and emit a shell variable expansion there, so the real value is only ever seen on the instance.
// NUL delimits them: a shell word cannot hold one, so after evaluation every NUL must belong to a
// placeholder (HCL strings can hold "\u0000"; Evaluate refuses those that reach a script).
const (
	placeholderStart = "\x00parbake:var:"
	placeholderEnd   = "\x00"
)

// Placeholder is the stand-in string for variable name.
func Placeholder(name string) string { return placeholderStart + name + placeholderEnd }

// Piece is a run of literal text, or a reference to a variable when Var is set.
type Piece struct {
	Text string
	Var  string
}

// SplitPlaceholders cuts s into literal text and variable references, in order. Adjacent literal
// text is merged; an empty string gives no pieces.
func SplitPlaceholders(s string) []Piece {
	var out []Piece
	for s != "" {
		i := strings.Index(s, placeholderStart)
		if i < 0 {
			out = append(out, Piece{Text: s})
			break
		}
		rest := s[i+len(placeholderStart):]
		j := strings.Index(rest, placeholderEnd)
		if j < 0 { // not ours: keep the text as it is
			out = append(out, Piece{Text: s})
			break
		}
		if i > 0 {
			out = append(out, Piece{Text: s[:i]})
		}
		out = append(out, Piece{Var: rest[:j]})
		s = rest[j+len(placeholderEnd):]
	}
	return out
}

// HasPlaceholder reports whether s refers to any variable that is resolved on the instance.
func HasPlaceholder(s string) bool { return strings.Contains(s, placeholderStart) }

// Display shows a string that may hold placeholders as the recipe wrote it: ${var.NAME}.
func Display(s string) string { return display(s) }
