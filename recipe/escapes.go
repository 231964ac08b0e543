package recipe

import "github.com/hashicorp/hcl/v2"

// escapeHint is added to HCL's template errors: shell and Apache configuration use ${…} and
// %{…} themselves, and HCL's own message does not say how to write them literally.
const escapeHint = " To write it literally, double the first character: $${…} for ${…}, %%{…} for %{…}."

// explainEscapes adds escapeHint to diagnostics that a literal ${ or %{ typically causes.
func explainEscapes(diags hcl.Diagnostics) hcl.Diagnostics {
	for _, d := range diags {
		switch d.Summary {
		case "Invalid template control keyword", "Unknown variable", "Variables not allowed":
			if d.Severity == hcl.DiagError && !containsHint(d.Detail) {
				d.Detail += escapeHint
			}
		}
	}
	return diags
}

func containsHint(s string) bool {
	return len(s) >= len(escapeHint) && s[len(s)-len(escapeHint):] == escapeHint
}
