package recipe

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// typeCheck evaluates every action expression with each variable unknown but typed, so that a
// type error ("packages = \"nginx\"") is reported when the recipe is read rather than only once
// some caller supplies values.
func typeCheck(r *Recipe) hcl.Diagnostics {
	vals := map[string]cty.Value{}
	for _, v := range r.Variables {
		vals[v.Name] = cty.UnknownVal(v.Type)
	}
	ctx := r.EvalContext(vals)
	// A slice, not a map: diagnostics come out in the same order on every run.
	want := []struct {
		name string
		t    cty.Type
	}{{"environment", cty.Map(cty.String)}, {"packages", cty.List(cty.String)}, {"run", cty.List(cty.String)}, {"check", cty.List(cty.String)}}
	var diags hcl.Diagnostics
	check := func(a *hcl.Attribute, t cty.Type) {
		v, d := a.Expr.Value(ctx)
		if d.HasErrors() {
			diags = append(diags, d...)
			return
		}
		if _, err := convert.Convert(v, t); err != nil {
			diags = append(diags, typeError(a, err))
		}
	}
	for _, s := range r.Steps {
		for _, w := range want {
			if a, ok := s.attrs[w.name]; ok {
				check(a, w.t)
			}
		}
		for _, f := range s.files {
			if a, ok := f.Attrs["content"]; ok {
				check(a, cty.String)
			}
		}
	}
	return diags
}
