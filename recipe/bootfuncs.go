package recipe

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// insertingFunctions only place their arguments into a result, never read them, so a value
// known only on the instance may pass through them: it arrives on the instance unchanged.
var insertingFunctions = map[string]bool{"templatefile": true, "join": true, "concat": true}

// functionsOnInstanceValues reports each reference to a boot or sensitive variable that is an
// argument of a function which would transform it. At plan time such a variable is only a
// placeholder, so upper(var.domain) would compute on the placeholder, not on the value.
func functionsOnInstanceValues(e hcl.Expression, instance map[string]bool) hcl.Diagnostics {
	syn, ok := e.(hclsyntax.Node)
	if !ok {
		return nil
	}
	var diags hcl.Diagnostics
	seen := map[hcl.Pos]bool{}
	hclsyntax.VisitAll(syn, func(n hclsyntax.Node) hcl.Diagnostics {
		call, ok := n.(*hclsyntax.FunctionCallExpr)
		if !ok || insertingFunctions[call.Name] {
			return nil
		}
		for _, arg := range call.Args {
			for _, t := range arg.Variables() {
				name := traversalVar(t)
				rng := t.SourceRange()
				if !instance[name] || seen[rng.Start] {
					continue
				}
				seen[rng.Start] = true
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Function of a value known only on the instance",
					Detail: fmt.Sprintf("%s() is applied to var.%s, whose value is known only when the instance boots, so the plan cannot compute it. "+
						"Use the variable as it is, and move the transformation into a command, e.g. run = [\"printf '%%s' \\\"${var.%s}\\\" | tr a-z A-Z > /etc/x\"].", call.Name, name, name),
					Subject: &rng})
			}
		}
		return nil
	})
	sort.SliceStable(diags, func(i, j int) bool { return diags[i].Subject.Start.Byte < diags[j].Subject.Start.Byte })
	return diags
}

// traversalVar names the variable of var.NAME, or "".
func traversalVar(t hcl.Traversal) string {
	if t.RootName() != "var" || len(t) < 2 {
		return ""
	}
	if a, ok := t[1].(hcl.TraverseAttr); ok {
		return a.Name
	}
	return ""
}

// instanceVariables names the variables whose values exist only on the instance.
func instanceVariables(r *Recipe) map[string]bool {
	out := map[string]bool{}
	for _, v := range r.Variables {
		if v.Boot || v.Sensitive {
			out[v.Name] = true
		}
	}
	return out
}
