package recipe

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// singleQuotedInstanceValues refuses a boot or sensitive variable written inside single quotes
// in a shell command (run, check). Such a value reaches the command as the double-quoted
// parameter "$PARBAKE_VAR_name", and single quotes keep the shell from ever expanding it: the
// natural `grep -qx '${var.domain}' /etc/x` would pass packer validate and fail at boot. Bake
// values are written into the command as text, so quotes around them are the user's business.
func singleQuotedInstanceValues(a *hcl.Attribute, instance map[string]bool) hcl.Diagnostics {
	list, ok := a.Expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil
	}
	var diags hcl.Diagnostics
	for _, item := range list.Exprs {
		tmpl, ok := item.(*hclsyntax.TemplateExpr)
		if !ok {
			continue
		}
		var q shellQuotes
		for _, part := range tmpl.Parts {
			if lit, ok := part.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() && !lit.Val.IsNull() {
				q.read(lit.Val.AsString())
				continue
			}
			if !q.single {
				continue
			}
			for _, tr := range part.Variables() {
				name := varName(tr)
				if !instance[name] {
					continue
				}
				rng := tr.SourceRange()
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Boot variable inside single quotes",
					Detail: fmt.Sprintf("In %s, var.%s is inside single quotes, where the shell never expands it: a boot value reaches the command as the double-quoted parameter \"$PARBAKE_VAR_%s\". "+
						"Write it outside the single quotes, as its own word (grep -qx ${var.%s} /etc/x), or inside double quotes (\"…${var.%s}…\").", a.Name, name, name, name, name),
					Subject: &rng})
			}
		}
	}
	return diags
}

// varName is NAME of a var.NAME traversal, or "".
func varName(tr hcl.Traversal) string {
	if len(tr) < 2 || tr.RootName() != "var" {
		return ""
	}
	if attr, ok := tr[1].(hcl.TraverseAttr); ok {
		return attr.Name
	}
	return ""
}

// shellQuotes follows a POSIX shell's quoting through a command's text: whether the text read so
// far leaves the shell inside single or double quotes.
type shellQuotes struct {
	single, double, escaped bool
}

func (q *shellQuotes) read(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q.single:
			q.single = c != '\''
		case q.escaped:
			q.escaped = false
		case c == '\\':
			q.escaped = true
		case q.double:
			q.double = c != '"'
		case c == '\'':
			q.single = true
		case c == '"':
			q.double = true
		}
	}
}
