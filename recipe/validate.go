package recipe

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// validate checks what spans blocks: references between steps and variables, dependency cycles,
// role coverage and local files.
func validate(r *Recipe) hcl.Diagnostics {
	var diags hcl.Diagnostics
	steps := map[string]*Step{}
	for _, s := range r.Steps {
		steps[s.Name] = s
	}
	vars := map[string]*Variable{}
	for _, v := range r.Variables {
		vars[v.Name] = v
	}
	instance := instanceVariables(r)
	for _, s := range r.Steps {
		for _, dep := range s.After {
			d, ok := steps[dep]
			switch {
			case !ok:
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown step in after",
					Detail: fmt.Sprintf("Step %q comes after %q, but no step has that name.", s.Name, dep), Subject: s.AfterRange.Ptr()})
			case dep == s.Name:
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Step depends on itself",
					Detail: fmt.Sprintf("Step %q lists itself in after.", s.Name), Subject: s.AfterRange.Ptr()})
			case !rolesCovered(s, d):
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Dependency missing for some roles",
					Detail: fmt.Sprintf("Step %q runs for %s but comes after %q, which runs only for %s.",
						s.Name, describeRoles(s.Roles), dep, describeRoles(d.Roles)), Subject: s.AfterRange.Ptr()})
			}
		}
		for _, ref := range s.VarRefs {
			if _, ok := vars[ref.Name]; !ok {
				rng := ref.Range
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Undeclared variable",
					Detail: fmt.Sprintf("Step %q refers to var.%s, which no variable block declares.", s.Name, ref.Name), Subject: &rng})
			}
		}
		diags = append(diags, r.checkLocalFiles(s)...)
		for _, e := range s.valueExprs() {
			diags = append(diags, functionsOnInstanceValues(e, instance)...)
		}
		for _, n := range []string{"run", "check"} {
			if a, ok := s.attrs[n]; ok {
				diags = append(diags, singleQuotedInstanceValues(a, instance)...)
			}
		}
	}
	if diags.HasErrors() {
		return diags
	}
	if diags = append(diags, typeCheck(r)...); diags.HasErrors() {
		return diags
	}
	if cycle := findCycle(r.Steps, steps); cycle != nil {
		first := steps[cycle[0]]
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Dependency cycle",
			Detail: "The steps depend on each other in a cycle: " + strings.Join(cycle, " → ") + ".", Subject: first.AfterRange.Ptr()})
	}
	return diags
}

// rolesCovered reports whether dep runs for every role that s runs for.
func rolesCovered(s, dep *Step) bool {
	if dep.AllRoles() {
		return true
	}
	if s.AllRoles() {
		return false
	}
	for _, r := range s.Roles {
		if !dep.HasRole(r) {
			return false
		}
	}
	return true
}

func describeRoles(roles []string) string {
	if len(roles) == 0 {
		return "every role"
	}
	return "role " + strings.Join(roles, ", ")
}

func (r *Recipe) checkLocalFiles(s *Step) hcl.Diagnostics {
	var diags hcl.Diagnostics
	check := func(a *hcl.Attribute, allowOutside bool) {
		p, d := staticString(a)
		if d.HasErrors() {
			diags = append(diags, d...)
			return
		}
		if e := r.checkLocal(p, a, allowOutside); e != nil {
			diags = append(diags, e)
		}
	}
	if a, ok := s.attrs["script"]; ok {
		check(a, s.allowOutside)
	}
	for _, f := range s.files {
		if a, ok := f.Attrs["source"]; ok {
			check(a, s.allowOutside || f.allowOutside)
		}
	}
	return diags
}

// findCycle returns the step names of one dependency cycle, first name repeated at the end, or
// nil. Steps are visited in declaration order so the reported cycle is stable.
func findCycle(order []*Step, steps map[string]*Step) []string {
	const (
		unvisited = iota
		active
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(name string) []string
	visit = func(name string) []string {
		state[name] = active
		stack = append(stack, name)
		for _, dep := range steps[name].After {
			switch state[dep] {
			case active:
				for i, n := range stack {
					if n == dep {
						return append(append([]string{}, stack[i:]...), dep)
					}
				}
			case unvisited:
				if c := visit(dep); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[name] = done
		return nil
	}
	for _, s := range order {
		if state[s.Name] == unvisited {
			if c := visit(s.Name); c != nil {
				return c
			}
		}
	}
	return nil
}
