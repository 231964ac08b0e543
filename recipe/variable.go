package recipe

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// allowedTypes are the variable types a recipe may declare; values arrive from Packer as strings
// or maps of strings, so richer types would only add ways to fail.
var allowedTypes = []cty.Type{cty.String, cty.Number, cty.Bool, cty.List(cty.String), cty.Map(cty.String)}

var validName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

var sha256Hex = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)

func decodeVariable(block *hcl.Block) (*Variable, hcl.Diagnostics) {
	v := &Variable{Name: block.Labels[0], Type: cty.String, Default: cty.NilVal, DeclRange: block.DefRange}
	content, diags := block.Body.Content(variableSchema)
	if !validName.MatchString(v.Name) {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid variable name",
			Detail: "A variable name starts with a letter or underscore, then letters, digits or _ (it becomes a shell variable on the instance).", Subject: block.LabelRanges[0].Ptr()})
	}
	if a, ok := content.Attributes["type"]; ok {
		t, d := typeexpr.TypeConstraint(a.Expr)
		diags = append(diags, d...)
		if !d.HasErrors() {
			if !typeAllowed(t) {
				diags = append(diags, attrError(a, "Unsupported variable type",
					"A variable's type is string, number, bool, list(string) or map(string)."))
			} else {
				v.Type = t
			}
		}
	}
	if a, ok := content.Attributes["description"]; ok {
		s, d := staticString(a)
		diags = append(diags, d...)
		v.Description = s
	}
	var bootAttr, fromAttr *hcl.Attribute
	if a, ok := content.Attributes["sensitive"]; ok {
		b, d := staticBool(a)
		diags = append(diags, d...)
		v.Sensitive = b
	}
	if a, ok := content.Attributes["boot"]; ok {
		bootAttr = a
		b, d := staticBool(a)
		diags = append(diags, d...)
		v.Boot = b
	}
	if a, ok := content.Attributes["from"]; ok {
		fromAttr = a
		v.fromExpr = a.Expr // it may use other variables: decoded once all are declared
	}
	if a, ok := content.Attributes["sha256"]; ok {
		h, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() && !sha256Hex.MatchString(h) {
			diags = append(diags, attrError(a, "Invalid sha256", "sha256 is the content's SHA-256 digest: 64 hexadecimal digits, as sha256sum prints it."))
		}
		v.SHA256 = strings.ToLower(h)
		v.sha256Range = a.Range
	}
	var freshAttr *hcl.Attribute
	if a, ok := content.Attributes["fresh"]; ok {
		freshAttr = a
		b, d := staticBool(a)
		diags = append(diags, d...)
		v.Fresh = &b
	}
	if a, ok := content.Attributes["default"]; ok && !diags.HasErrors() {
		d := decodeDefault(v, a)
		diags = append(diags, d...)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	diags = append(diags, checkVariable(v, block, bootAttr, fromAttr)...)
	if freshAttr != nil && !v.Boot {
		diags = append(diags, attrError(freshAttr, "fresh on a bake-time variable",
			fmt.Sprintf("Variable %q has fresh, which says when an instance reads it: at warm-up or at service entry; only boot variables are read on the instance. Set boot = true or remove fresh.", v.Name)))
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return v, diags
}

// checkVariable checks what spans a variable's attributes: from, boot, type and sensitive
// must agree.
func checkVariable(v *Variable, block *hcl.Block, bootAttr, fromAttr *hcl.Attribute) hcl.Diagnostics {
	var diags hcl.Diagnostics
	if fromAttr != nil && !v.Boot {
		diags = append(diags, attrError(fromAttr, "from on a bake-time variable",
			fmt.Sprintf("Variable %q has a from, which is resolved on the instance at boot; set boot = true or remove from.", v.Name)))
	}
	if v.Boot && v.Type != cty.String {
		rng := block.DefRange
		if bootAttr != nil {
			rng = bootAttr.Range
		}
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Boot variable must be a string",
			Detail: fmt.Sprintf("Variable %q is resolved on the instance as text; declare it with type = string.", v.Name), Subject: rng.Ptr()})
	}
	if v.Boot && v.Sensitive && fromAttr == nil {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Sensitive boot variable without from",
			Detail:  fmt.Sprintf("Variable %q is sensitive, so its value may not be written into user data; give it a from (imds:, ssm: or file:) so the instance fetches it.", v.Name),
			Subject: block.DefRange.Ptr()})
	}
	return diags
}

func typeAllowed(t cty.Type) bool {
	for _, a := range allowedTypes {
		if t.Equals(a) {
			return true
		}
	}
	return false
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// decodeDefault evaluates a variable's default and converts it to the variable's type.
func decodeDefault(v *Variable, a *hcl.Attribute) hcl.Diagnostics {
	raw, diags := a.Expr.Value(staticContext())
	if diags.HasErrors() {
		return diags
	}
	cv, err := convert.Convert(raw, v.Type)
	if err != nil {
		return hcl.Diagnostics{typeError(a, err)}
	}
	v.Default = cv
	return nil
}
