package recipe

import (
	"fmt"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/gocty"
)

// Static attributes are evaluated with functions but no variables: a step's placement and
// dependencies must be knowable without any input, or the plan could not explain itself.

func staticValue(attr *hcl.Attribute, want cty.Type) (cty.Value, hcl.Diagnostics) {
	v, diags := attr.Expr.Value(staticContext())
	if diags.HasErrors() {
		return cty.NilVal, diags
	}
	cv, err := convert.Convert(v, want)
	if err != nil {
		return cty.NilVal, hcl.Diagnostics{typeError(attr, err)}
	}
	if cv.IsNull() {
		return cty.NilVal, hcl.Diagnostics{attrError(attr, "Null value", fmt.Sprintf("%q may not be null.", attr.Name))}
	}
	if !cv.IsWhollyKnown() {
		return cty.NilVal, hcl.Diagnostics{attrError(attr, "Unknown value", fmt.Sprintf("%q must be known when the recipe is read.", attr.Name))}
	}
	return cv, nil
}

func staticString(attr *hcl.Attribute) (string, hcl.Diagnostics) {
	v, diags := staticValue(attr, cty.String)
	if diags.HasErrors() {
		return "", diags
	}
	return v.AsString(), nil
}

func staticBool(attr *hcl.Attribute) (bool, hcl.Diagnostics) {
	v, diags := staticValue(attr, cty.Bool)
	if diags.HasErrors() {
		return false, diags
	}
	return v.True(), nil
}

func staticNumber(attr *hcl.Attribute) (float64, hcl.Diagnostics) {
	v, diags := staticValue(attr, cty.Number)
	if diags.HasErrors() {
		return 0, diags
	}
	f, _ := v.AsBigFloat().Float64()
	return f, nil
}

func staticInt(attr *hcl.Attribute) (int, hcl.Diagnostics) {
	v, diags := staticValue(attr, cty.Number)
	if diags.HasErrors() {
		return 0, diags
	}
	var n int
	if !v.AsBigFloat().IsInt() || gocty.FromCtyValue(v, &n) != nil {
		return 0, hcl.Diagnostics{attrError(attr, "Invalid number", fmt.Sprintf("%q must be a whole number; got %s.", attr.Name, v.AsBigFloat().Text('g', -1)))}
	}
	return n, nil
}

func staticStrings(attr *hcl.Attribute) ([]string, hcl.Diagnostics) {
	v, diags := staticValue(attr, cty.List(cty.String))
	if diags.HasErrors() {
		return nil, diags
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() {
			return nil, hcl.Diagnostics{attrError(attr, "Null value", fmt.Sprintf("%q may not hold null.", attr.Name))}
		}
		out = append(out, e.AsString())
	}
	return out, nil
}

// staticDuration parses a Go duration such as "168h" or "45s"; negative durations are refused.
func staticDuration(attr *hcl.Attribute) (time.Duration, hcl.Diagnostics) {
	s, diags := staticString(attr)
	if diags.HasErrors() {
		return 0, diags
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, hcl.Diagnostics{attrError(attr, "Invalid duration",
			fmt.Sprintf("%q must be a Go duration such as \"45s\", \"10m\" or \"168h\"; got %q.", attr.Name, s))}
	}
	if d < 0 {
		return 0, hcl.Diagnostics{attrError(attr, "Invalid duration", fmt.Sprintf("%q may not be negative; got %q.", attr.Name, s))}
	}
	return d, nil
}

func attrError(attr *hcl.Attribute, summary, detail string) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: attr.Expr.Range().Ptr()}
}

func typeError(attr *hcl.Attribute, err error) *hcl.Diagnostic {
	return attrError(attr, "Incorrect type", fmt.Sprintf("Unsuitable value for %q: %s.", attr.Name, err))
}
