package plan

import "github.com/parbake/packer-plugin-parbake/recipe"

// FromPath loads the recipe at path and plans it. Problems come back as a *recipe.Error that
// lists every diagnostic with its file, line and column.
func FromPath(path string, in Inputs) (*Plan, error) {
	r, diags := recipe.Load(path)
	if diags.HasErrors() {
		return nil, recipe.AsError(diags)
	}
	p, diags := Make(r, in)
	if diags.HasErrors() {
		return nil, recipe.AsError(diags)
	}
	return p, nil
}
