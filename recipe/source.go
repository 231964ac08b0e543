package recipe

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// SourceKind names where a boot variable's value is fetched on the instance.
type SourceKind string

const (
	SourceIMDS SourceKind = "imds" // the instance metadata service, IMDSv2
	SourceSSM  SourceKind = "ssm"  // an SSM parameter, decrypted, through the AWS CLI
	SourceFile SourceKind = "file" // a file on the instance, written by another tool
	// SourceS3 is an S3 object, fetched through the AWS CLI into a root-only file: a value too
	// large for user data (a certificate chain, a config, a bundle). It is a file's whole content.
	SourceS3 SourceKind = "s3"
)

// Source is a parsed `from`, such as imds:tags/instance/Name or ssm:/certs/${var.domain}. Path
// holds a placeholder for each variable it uses; Refs lists those variables, resolved on the
// instance before this one.
type Source struct {
	Kind  SourceKind
	Path  string
	Refs  []string
	Range hcl.Range // the from attribute's expression
}

func (s Source) String() string {
	var b strings.Builder
	if s.Kind == SourceS3 {
		b.WriteString("//")
	}
	for _, p := range SplitPlaceholders(s.Path) {
		if p.Var != "" {
			b.WriteString("${var." + p.Var + "}")
		} else {
			b.WriteString(p.Text)
		}
	}
	return string(s.Kind) + ":" + b.String()
}

var (
	safeSourcePath = regexp.MustCompile(`^[A-Za-z0-9_./:@+=-]*$`)
	s3Bucket       = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
)

// ParseSource parses a `from` whose variables are already placeholders: imds:<path>,
// ssm:<parameter name> or file:<absolute path>. The kind must be written literally.
func ParseSource(s string) (*Source, error) {
	kind, path, ok := strings.Cut(s, ":")
	if !ok || path == "" || strings.ContainsRune(kind, 0) {
		return nil, fmt.Errorf("from must be imds:<path under latest/meta-data/>, ssm:<parameter name>, file:<absolute path> or s3://<bucket>/<key>; got %q", display(s))
	}
	literal := ""
	for _, p := range SplitPlaceholders(path) {
		literal += p.Text
	}
	switch SourceKind(kind) {
	case SourceIMDS:
		if strings.HasPrefix(path, "/") || strings.Contains(literal, "..") || !safeSourcePath.MatchString(literal) {
			return nil, fmt.Errorf("imds path %q must be relative to latest/meta-data/, without .. or unusual characters", display(path))
		}
	case SourceSSM:
		if !safeSourcePath.MatchString(literal) {
			return nil, fmt.Errorf("ssm parameter name %q has characters SSM does not allow", display(path))
		}
	case SourceFile:
		if !strings.HasPrefix(path, "/") || strings.Contains(literal, "..") || !safeSourcePath.MatchString(literal) {
			return nil, fmt.Errorf("file path %q must be absolute, without .. or unusual characters", display(path))
		}
	case SourceS3:
		bucket, key, ok := strings.Cut(strings.TrimPrefix(path, "//"), "/")
		if !strings.HasPrefix(path, "//") || !ok || key == "" {
			return nil, fmt.Errorf("an s3 source is s3://<bucket>/<key>; got %q", display(s))
		}
		if !s3Bucket.MatchString(bucket) {
			return nil, fmt.Errorf("s3 bucket %q is not a valid bucket name (3–63 lower-case letters, digits, dots and hyphens); the bucket can't come from another variable", display(bucket))
		}
		if !safeSourcePath.MatchString(literal) {
			return nil, fmt.Errorf("s3 key %q has unusual characters", display(key))
		}
		return &Source{Kind: SourceS3, Path: strings.TrimPrefix(path, "//")}, nil
	case "env":
		return nil, fmt.Errorf("env: is not a source any more: under cloud-init the boot runner's environment is cloud-init's, so no variable would be set; write the value to a file on the instance and use file:<path>")
	default:
		return nil, fmt.Errorf("unknown source %q; from starts with imds, ssm, file or s3 and a colon", kind)
	}
	return &Source{Kind: SourceKind(kind), Path: path}, nil
}

// display shows placeholders as ${var.NAME}, for messages.
func display(s string) string { return Source{Path: s}.String()[1:] }

// decodeSources evaluates every variable's `from` now that all variables are declared: it may
// refer to other variables, which the instance resolves first. Unknown names and cycles are
// reported at the reference.
func decodeSources(r *Recipe) hcl.Diagnostics {
	var diags hcl.Diagnostics
	declared := map[string]*Variable{}
	placeholders := map[string]cty.Value{}
	for _, v := range r.Variables {
		declared[v.Name] = v
		placeholders[v.Name] = cty.StringVal(Placeholder(v.Name))
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"var": cty.ObjectVal(placeholders)}, Functions: stdFunctions}
	instance := instanceVariables(r)
	for _, v := range r.Variables {
		if v.fromExpr == nil {
			continue
		}
		if d := functionsOnInstanceValues(v.fromExpr, instance); d.HasErrors() {
			diags = append(diags, d...)
			continue
		}
		refs, d := sourceRefs(v, declared)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		val, d := v.fromExpr.Value(ctx)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		if val.IsNull() || !val.Type().Equals(cty.String) {
			diags = append(diags, exprError(v.fromExpr, "Invalid from", "from must be a string."))
			continue
		}
		s := val.AsString()
		if err := checkPlaceholders(s, refs); err != nil {
			diags = append(diags, exprError(v.fromExpr, "Invalid from", err.Error()))
			continue
		}
		src, err := ParseSource(s)
		if err != nil {
			diags = append(diags, exprError(v.fromExpr, "Invalid from", err.Error()))
			continue
		}
		src.Refs, src.Range = refs, v.fromExpr.Range()
		v.From = src
		if v.SHA256 != "" && src.Kind != SourceS3 {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "sha256 without an s3 source",
				Detail: fmt.Sprintf("Variable %q pins its content with sha256, which only an s3:// from fetches.", v.Name), Subject: v.sha256Range.Ptr()})
		}
	}
	for _, v := range r.Variables {
		if v.SHA256 != "" && v.fromExpr == nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "sha256 without an s3 source",
				Detail: fmt.Sprintf("Variable %q pins its content with sha256, which only an s3:// from fetches.", v.Name), Subject: v.sha256Range.Ptr()})
		}
	}
	if diags.HasErrors() {
		return diags
	}
	return append(diags, sourceCycles(r)...)
}

// sourceRefs lists the variables a from refers to, sorted, each declared.
func sourceRefs(v *Variable, declared map[string]*Variable) ([]string, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	seen := map[string]bool{}
	var refs []string
	for _, t := range v.fromExpr.Variables() {
		attr, ok := t.SimpleSplit().Rel[0].(hcl.TraverseAttr)
		rng := t.SourceRange()
		if t.RootName() != "var" || len(t) < 2 || !ok {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid from",
				Detail: "from may refer only to var.NAME.", Subject: &rng})
			continue
		}
		if _, known := declared[attr.Name]; !known {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Undeclared variable",
				Detail: fmt.Sprintf("Variable %q's from refers to var.%s, which no variable block declares.", v.Name, attr.Name), Subject: &rng})
			continue
		}
		if !seen[attr.Name] {
			seen[attr.Name] = true
			refs = append(refs, attr.Name)
		}
	}
	sort.Strings(refs)
	return refs, diags
}

// checkPlaceholders makes sure every placeholder left in s is one of refs, unchanged: a function
// applied to a variable would have changed it into something no one can resolve.
func checkPlaceholders(s string, refs []string) error {
	known := map[string]bool{}
	for _, r := range refs {
		known[r] = true
	}
	for _, p := range SplitPlaceholders(s) {
		if p.Var != "" && !known[p.Var] {
			return fmt.Errorf("a function was applied to a variable whose value is known only on the instance; use the variable as it is")
		}
		if strings.ContainsRune(p.Text, 0) {
			return fmt.Errorf("a function was applied to a variable whose value is known only on the instance, or the text holds a NUL byte")
		}
	}
	return nil
}

// sourceCycles reports variables whose from depends on itself, through others.
func sourceCycles(r *Recipe) hcl.Diagnostics {
	byName := map[string]*Variable{}
	for _, v := range r.Variables {
		byName[v.Name] = v
	}
	state := map[string]int{} // 0 unvisited, 1 on the stack, 2 done
	var stack []string
	var visit func(n string) []string
	visit = func(n string) []string {
		state[n] = 1
		stack = append(stack, n)
		if v := byName[n]; v.From != nil {
			for _, dep := range v.From.Refs {
				switch state[dep] {
				case 1:
					for i, s := range stack {
						if s == dep {
							return append(append([]string{}, stack[i:]...), dep)
						}
					}
				case 0:
					if c := visit(dep); c != nil {
						return c
					}
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = 2
		return nil
	}
	for _, v := range r.Variables {
		if state[v.Name] == 0 {
			if c := visit(v.Name); c != nil {
				first := byName[c[0]]
				return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cycle in from",
					Detail:  "The variables' from refer to each other in a cycle: " + strings.Join(c, " → ") + ".",
					Subject: first.From.Range.Ptr()}}
			}
		}
	}
	return nil
}

func exprError(e hcl.Expression, summary, detail string) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: e.Range().Ptr()}
}
