package plan

import "github.com/parbake/packer-plugin-parbake/recipe"

// FromPath loads the recipe at path and plans it. Problems come back as a *recipe.Error that
// lists every diagnostic with its file, line and column.
func FromPath(path string, in Inputs) (*Plan, error) {
	r, diags := recipe.Load(path)
	if diags.HasErrors() {
		if r != nil { // decoded with errors: the values' and the role's problems come too
			_, d := r.ResolveValues(in.Values)
			diags = append(append(diags, d...), checkRole(r, in.Role)...)
		}
		return nil, recipe.AsError(diags)
	}
	p, diags := Make(r, in)
	if diags.HasErrors() {
		return nil, recipe.AsError(diags)
	}
	return p, nil
}
