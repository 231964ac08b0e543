package recipe

import (
	"fmt"
	"regexp"

	"github.com/hashicorp/hcl/v2"
)

// Ready says what an instance does once its boot part has finished, for good or for ill: it is
// how an Auto Scaling group learns that the instance may take traffic. It runs at boot only.
type Ready struct {
	// LifecycleHook is the Auto Scaling lifecycle hook whose action the instance completes:
	// CONTINUE when the boot part passed, ABANDON when it failed. "" for none.
	LifecycleHook string
	// Run are commands run with PARBAKE_BOOT_STATUS set to ok or failed (cfn-signal and the like).
	Run       []string
	DeclRange hcl.Range
}

var readySchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "lifecycle_hook"}, {Name: "run"}},
}

// hookName is what Auto Scaling accepts as a lifecycle hook's name.
var hookName = regexp.MustCompile(`^[A-Za-z0-9\-_/]{1,255}$`)

// decodeReady reads a ready block. Its attributes are static: what the instance signals, and to
// whom, is part of the image's contract, not of an instance's values (the commands can still read
// the boot variables as $PARBAKE_VAR_name).
func decodeReady(block *hcl.Block) (*Ready, hcl.Diagnostics) {
	content, diags := block.Body.Content(readySchema)
	r := &Ready{DeclRange: block.DefRange}
	if a, ok := content.Attributes["lifecycle_hook"]; ok {
		s, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() && !hookName.MatchString(s) {
			diags = append(diags, attrError(a, "Invalid lifecycle hook name",
				fmt.Sprintf("%q must be an Auto Scaling lifecycle hook's name: 1 to 255 letters, digits, -, _ or /; got %q.", a.Name, s)))
		}
		r.LifecycleHook = s
	}
	if a, ok := content.Attributes["run"]; ok {
		s, d := staticStrings(a)
		diags = append(diags, d...)
		r.Run = s
	}
	if !diags.HasErrors() && r.LifecycleHook == "" && len(r.Run) == 0 {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Empty ready block",
			Detail: "A ready block needs lifecycle_hook, run, or both.", Subject: block.DefRange.Ptr()})
	}
	return r, diags
}
