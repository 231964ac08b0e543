package plan

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Make plans recipe r for the given inputs. Every problem is reported at once; the plan is nil
// when any is an error.
func Make(r *recipe.Recipe, in Inputs) (*Plan, hcl.Diagnostics) {
	diags := checkRole(r, in.Role)
	values, d := r.ResolveValues(in.Values)
	diags = append(diags, d...)
	if diags.HasErrors() {
		return nil, diags
	}
	ctx := r.EvalContext(values)
	p := &Plan{Recipe: r.Name, Role: in.Role, Policy: r.Policy, Variables: r.Variables, Ready: r.Ready}
	vars := map[string]*recipe.Variable{}
	for _, v := range r.Variables {
		vars[v.Name] = v
		if v.Sensitive {
			p.SensitiveVariables = append(p.SensitiveVariables, v.Name)
		}
	}
	allRoles := recipeRoles(r)

	placed := map[string]*Step{}
	for _, rs := range order(r, in.Role) {
		content, d := r.Evaluate(rs, ctx)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		if d := fileValues(rs, content, vars); d.HasErrors() {
			diags = append(diags, d...)
			continue
		}
		s := &Step{
			Name: rs.Name, Description: rs.Description, After: rs.After,
			Timeout: rs.Timeout, Retries: rs.Retries, Reboot: rs.Reboot, Content: content, Range: rs.DeclRange,
			Hash: hashStep(rs, content), Actions: actions(rs, content),
		}
		boot, bake := estimates(rs, content, s.Hash, in.Timings)
		s.Estimate, s.EstimateSource, s.Measured = boot.d, boot.source, boot.measured
		s.BakeEstimate, s.BakeSource = bake.d, bake.source
		for _, ref := range rs.VarRefs {
			if v := vars[ref.Name]; v.Boot || v.Sensitive {
				s.BootVars = append(s.BootVars, v.Name)
				s.BootRefs = append(s.BootRefs, ref)
			}
		}
		s.Phase, s.Reason, d = place(r, rs, s, vars, placed, allRoles)
		diags = append(diags, d...)
		placed[s.Name] = s
		p.Steps = append(p.Steps, s)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	p.BakeDigest = bakeDigest(p.Bake())
	return p, diags
}

func checkRole(r *recipe.Recipe, role string) hcl.Diagnostics {
	if role == "" {
		return nil
	}
	roles := recipeRoles(r)
	for _, known := range roles {
		if known == role {
			return nil
		}
	}
	if len(roles) == 0 {
		return nil // a recipe without roles serves any role name a shared template passes
	}
	return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unknown role",
		Detail: fmt.Sprintf("role %q is not used by any step of recipe %q; its roles are: %s.", role, r.Name, strings.Join(roles, ", "))}}
}

// recipeRoles lists every role named by any step, sorted.
func recipeRoles(r *recipe.Recipe) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range r.Steps {
		for _, role := range s.Roles {
			if !seen[role] {
				seen[role] = true
				out = append(out, role)
			}
		}
	}
	sort.Strings(out)
	return out
}

// order returns the role's steps in topological order, choosing the earliest-declared ready step
// each time so that the order is stable and as close to the file as dependencies allow.
// Load has already rejected cycles and dependencies missing for a role.
func order(r *recipe.Recipe, role string) []*recipe.Step {
	var pending []*recipe.Step
	for _, s := range r.Steps {
		if s.HasRole(role) {
			pending = append(pending, s)
		}
	}
	done := map[string]bool{}
	out := make([]*recipe.Step, 0, len(pending))
	for len(pending) > 0 {
		i := 0
		for ; i < len(pending); i++ {
			if ready(pending[i], done) {
				break
			}
		}
		if i == len(pending) {
			break // unreachable after Load's cycle check; never loop forever
		}
		s := pending[i]
		done[s.Name] = true
		out = append(out, s)
		pending = append(pending[:i], pending[i+1:]...)
	}
	return out
}

func ready(s *recipe.Step, done map[string]bool) bool {
	for _, d := range s.After {
		if !done[d] {
			return false
		}
	}
	return true
}
