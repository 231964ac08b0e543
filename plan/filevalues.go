package plan

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// fileValues marks the files whose whole content is an s3: value, and refuses any other use of
// one: an S3 object can be megabytes, which no command line or environment holds, so the
// instance keeps it as a file and copies it.
func fileValues(rs *recipe.Step, c *recipe.Content, vars map[string]*recipe.Variable) hcl.Diagnostics {
	isFile := map[string]bool{}
	for _, v := range vars {
		if v.From != nil && v.From.Kind == recipe.SourceS3 {
			isFile[v.Name] = true
		}
	}
	if len(isFile) == 0 {
		return nil
	}
	misused := map[string]bool{}
	check := func(s string) {
		for _, p := range recipe.SplitPlaceholders(s) {
			if p.Var != "" && isFile[p.Var] {
				misused[p.Var] = true
			}
		}
	}
	for i := range c.Files {
		f := &c.Files[i]
		check(f.Path)
		if f.Source != nil {
			continue
		}
		pieces := recipe.SplitPlaceholders(string(f.Data))
		if len(pieces) == 1 && pieces[0].Var != "" && isFile[pieces[0].Var] {
			f.FromVar = pieces[0].Var
			continue
		}
		check(string(f.Data))
	}
	for _, e := range c.Environment {
		check(e.Value)
	}
	for _, r := range c.Run {
		check(r)
	}
	var diags hcl.Diagnostics
	for _, ref := range rs.VarRefs {
		if misused[ref.Name] {
			rng := ref.Range
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "s3: value used as text",
				Detail: fmt.Sprintf("Variable %q comes from %s, an object that may be megabytes: use it as a file's whole content (content = var.%s), and point commands at that file.",
					ref.Name, vars[ref.Name].From.String(), ref.Name),
				Subject: &rng})
			delete(misused, ref.Name)
		}
	}
	for name := range misused { // used where no reference was recorded: name the step
		rng := rs.DeclRange
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "s3: value used as text",
			Detail: fmt.Sprintf("Step %q uses variable %q (an s3: object) other than as a file's whole content.", rs.Name, name), Subject: &rng})
	}
	return diags
}
