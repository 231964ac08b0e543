package runner

import (
	"strings"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Quote returns s as one POSIX shell word that the shell reads back byte for byte. Single
// quotes protect every byte except the single quote itself, which is closed, escaped and
// reopened. A shell word cannot hold NUL; the recipe refuses NUL in anything that reaches a
// script.
// This is the only place parbake quotes for the shell.
func Quote(s string) string {
	if s == "" {
		return "''"
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// VarName is the shell variable that holds a boot or sensitive variable's value on the instance.
func VarName(name string) string { return "PARBAKE_VAR_" + name }

// Word renders a string that may hold placeholders as one shell word: literal runs are quoted,
// and each placeholder becomes a double-quoted parameter expansion, so a value is substituted
// without ever being re-parsed by the shell.
func Word(s string) string {
	pieces := recipe.SplitPlaceholders(s)
	if len(pieces) == 0 {
		return "''"
	}
	var b strings.Builder
	for _, p := range pieces {
		if p.Var != "" {
			b.WriteString(`"${` + VarName(p.Var) + `}"`)
		} else {
			b.WriteString(Quote(p.Text))
		}
	}
	return b.String()
}

// Command renders a shell command from the recipe. The command is shell code by intent, so its
// literal text stays as written; only placeholders are replaced, by double-quoted expansions,
// so a boot value can never inject code. (Inside single quotes in the user's command a
// placeholder would not expand; the recipe docs say so.)
func Command(s string) string {
	var b strings.Builder
	for _, p := range recipe.SplitPlaceholders(s) {
		if p.Var != "" {
			b.WriteString(`"${` + VarName(p.Var) + `}"`)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}
