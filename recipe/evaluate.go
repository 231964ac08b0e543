package recipe

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// Content is a step's fully evaluated actions, in the order the runner applies them.
type Content struct {
	Environment []EnvVar // sorted by name
	Packages    []string
	Files       []File
	Script      *Script
	Run         []string
	Services    []Service
	// Checks prove the step worked: commands run after its actions and any service restart it
	// triggers, in whichever phase it runs. One that fails fails the step.
	Checks []string
}

// EnvVar is one environment variable for the step's commands.
type EnvVar struct{ Name, Value string }

// File is a file the step writes on the target: inline content, or a local source file that is
// streamed and never held in memory.
type File struct {
	Path   string
	Mode   string     // octal, e.g. "0644"
	Owner  string     // user or user:group
	Data   []byte     // content; nil when Source is set
	Source *LocalFile // a source file; nil for content
	Range  hcl.Range  // the file block, for messages
	// FromVar names the s3: variable whose fetched file is this file's whole content: the
	// instance copies that file, which never passes through the environment.
	FromVar string
}

// Size is the file's length in bytes.
func (f File) Size() int64 {
	if f.Source != nil {
		return f.Source.Size
	}
	return int64(len(f.Data))
}

// SHA256 is the hex digest of the file's bytes.
func (f File) SHA256() string {
	if f.Source != nil {
		return f.Source.SHA256
	}
	sum := sha256.Sum256(f.Data)
	return hex.EncodeToString(sum[:])
}

// Script is a local script the step uploads and runs.
type Script struct {
	Name   string // as written in the recipe, for logs
	Source *LocalFile
	Range  hcl.Range
}

// Service is a systemd unit the step enables or starts.
type Service struct {
	Name   string
	Enable bool
	Start  bool
	// OnBoot is what the boot runner does to a started service once the last boot step that
	// configures it (comes after its step) has run.
	OnBoot OnBoot
}

// ResolveValues turns the caller's variable values (text, as Packer passes them) into typed
// values, filling defaults. Boot and sensitive variables become placeholders: their values must
// not reach the plan, the image or the user data. Every problem is reported at once.
func (r *Recipe) ResolveValues(given map[string]string) (map[string]cty.Value, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	declared := map[string]bool{}
	out := map[string]cty.Value{}
	for _, v := range r.Variables {
		declared[v.Name] = true
		if _, ok := given[v.Name]; ok && v.From != nil {
			// A value that would be silently ignored is a mistake: say which source wins.
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Value for a variable with from",
				Detail:  fmt.Sprintf("variables sets %q, but the recipe fetches it on the instance from %s; remove the value, or remove from to pass it here.", v.Name, v.From),
				Subject: v.DeclRange.Ptr()})
			continue
		}
		if v.Boot || v.Sensitive {
			out[v.Name] = cty.StringVal(Placeholder(v.Name))
			continue
		}
		if s, ok := given[v.Name]; ok {
			val, err := parseValue(s, v.Type)
			if err != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid value for variable",
					Detail: fmt.Sprintf("variables[%q]: %s.", v.Name, err), Subject: v.DeclRange.Ptr()})
				continue
			}
			out[v.Name] = val
			continue
		}
		if v.Default != cty.NilVal {
			out[v.Name] = v.Default
			continue
		}
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "No value for required variable",
			Detail: fmt.Sprintf("Variable %q is needed at bake time and has no default; set it in variables.", v.Name), Subject: v.DeclRange.Ptr()})
	}
	names := make([]string, 0, len(given))
	for n := range given {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !declared[n] {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Undeclared variable",
				Detail: fmt.Sprintf("variables sets %q, but recipe %q declares no such variable.", n, r.Name)})
		}
	}
	return out, diags
}

// parseValue reads a variable value given as text: JSON for lists and maps, as Packer does for
// its own variables.
func parseValue(s string, t cty.Type) (cty.Value, error) {
	switch {
	case t == cty.String:
		return cty.StringVal(s), nil
	case t == cty.Number:
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return cty.NilVal, fmt.Errorf("%q is not a number", s)
		}
		return convert.Convert(cty.StringVal(s), cty.Number)
	case t == cty.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return cty.NilVal, fmt.Errorf("%q is not true or false", s)
		}
		return cty.BoolVal(b), nil
	case t.IsListType():
		var l []string
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			return cty.NilVal, fmt.Errorf("a list(string) is given as a JSON array of strings: %v", err)
		}
		if len(l) == 0 {
			return cty.ListValEmpty(cty.String), nil
		}
		vals := make([]cty.Value, len(l))
		for i, e := range l {
			vals[i] = cty.StringVal(e)
		}
		return cty.ListVal(vals), nil
	case t.IsMapType():
		var m map[string]string
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return cty.NilVal, fmt.Errorf("a map(string) is given as a JSON object of strings: %v", err)
		}
		if len(m) == 0 {
			return cty.MapValEmpty(cty.String), nil
		}
		vals := map[string]cty.Value{}
		for k, e := range m {
			vals[k] = cty.StringVal(e)
		}
		return cty.MapVal(vals), nil
	}
	return cty.NilVal, fmt.Errorf("unsupported type %s", t.FriendlyName())
}

// EvalContext is the context steps are evaluated in: the resolved values under var, and the
// recipe's functions.
func (r *Recipe) EvalContext(values map[string]cty.Value) *hcl.EvalContext {
	return &hcl.EvalContext{
		Variables: map[string]cty.Value{"var": cty.ObjectVal(values)},
		Functions: functions(r.Dir),
	}
}

// Evaluate computes a step's content. Every problem is reported, with its range.
func (r *Recipe) Evaluate(s *Step, ctx *hcl.EvalContext) (*Content, hcl.Diagnostics) {
	c := &Content{}
	var diags hcl.Diagnostics
	if a, ok := s.attrs["environment"]; ok {
		m, d := evalTo(a, ctx, cty.Map(cty.String))
		diags = append(diags, d...)
		if !d.HasErrors() {
			for it := m.ElementIterator(); it.Next(); {
				k, v := it.Element()
				if !envName.MatchString(k.AsString()) {
					diags = append(diags, attrError(a, "Invalid environment name", fmt.Sprintf("%q is not a valid environment variable name.", k.AsString())))
					continue
				}
				diags = append(diags, checkNUL(a, v.AsString())...)
				c.Environment = append(c.Environment, EnvVar{Name: k.AsString(), Value: v.AsString()})
			}
		}
	}
	if a, ok := s.attrs["packages"]; ok {
		l, d := evalStrings(a, ctx)
		diags = append(diags, d...)
		diags = append(diags, checkNUL(a, l...)...)
		c.Packages = l
	}
	for _, f := range s.files {
		file, d := r.evalFile(f, ctx, s.allowOutside)
		diags = append(diags, d...)
		c.Files = append(c.Files, file)
	}
	if a, ok := s.attrs["script"]; ok {
		p, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() {
			lf, diag := r.localFile(a, p, s.allowOutside)
			if diag != nil {
				diags = append(diags, diag)
			} else {
				c.Script = &Script{Name: p, Source: lf, Range: a.Expr.Range()}
			}
		}
	}
	if a, ok := s.attrs["run"]; ok {
		l, d := evalStrings(a, ctx)
		diags = append(diags, d...)
		diags = append(diags, checkNUL(a, l...)...)
		c.Run = l
	}
	if a, ok := s.attrs["check"]; ok {
		l, d := evalStrings(a, ctx)
		diags = append(diags, d...)
		diags = append(diags, checkNUL(a, l...)...)
		c.Checks = l
	}
	for _, sv := range s.services {
		svc := Service{Name: sv.Name, Enable: true, OnBoot: OnBootRestart}
		if a, ok := sv.Attrs["on_boot"]; ok {
			svc.OnBoot, _ = decodeChoice(a, OnBootRestart, OnBootReload, OnBootNone)
		}
		if a, ok := sv.Attrs["enable"]; ok {
			svc.Enable, _ = staticBool(a)
		}
		if a, ok := sv.Attrs["start"]; ok {
			svc.Start, _ = staticBool(a)
		}
		c.Services = append(c.Services, svc)
	}
	return c, diags
}

func (r *Recipe) evalFile(f *fileBlock, ctx *hcl.EvalContext, stepAllowOutside bool) (File, hcl.Diagnostics) {
	file := File{Path: f.Path, Mode: "0644", Owner: "root:root", Range: f.Range}
	var diags hcl.Diagnostics
	if a, ok := f.Attrs["mode"]; ok {
		m, _ := staticString(a)
		file.Mode = normalizeMode(m)
	}
	if a, ok := f.Attrs["owner"]; ok {
		file.Owner, _ = staticString(a)
	}
	if a, ok := f.Attrs["content"]; ok {
		v, d := evalTo(a, ctx, cty.String)
		diags = append(diags, d...)
		if !d.HasErrors() {
			file.Data = []byte(v.AsString())
			if HasPlaceholder(v.AsString()) { // assembled by the shell on the instance
				diags = append(diags, checkNUL(a, v.AsString())...)
			}
		}
	}
	if a, ok := f.Attrs["source"]; ok {
		p, _ := staticString(a)
		lf, diag := r.localFile(a, p, stepAllowOutside || f.allowOutside)
		if diag != nil {
			diags = append(diags, diag)
		}
		file.Source = lf
	}
	return file, diags
}

// normalizeMode writes modes with four digits, so "644" and "0644" hash alike.
func normalizeMode(m string) string {
	for len(m) < 4 {
		m = "0" + m
	}
	return m
}

func evalTo(a *hcl.Attribute, ctx *hcl.EvalContext, t cty.Type) (cty.Value, hcl.Diagnostics) {
	v, diags := a.Expr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, diags
	}
	cv, err := convert.Convert(v, t)
	if err != nil {
		return cty.NilVal, hcl.Diagnostics{typeError(a, err)}
	}
	if cv.IsNull() || !cv.IsWhollyKnown() {
		return cty.NilVal, hcl.Diagnostics{attrError(a, "Missing value", fmt.Sprintf("%q must have a known, non-null value.", a.Name))}
	}
	if t.IsCollectionType() {
		for it := cv.ElementIterator(); it.Next(); {
			if _, e := it.Element(); e.IsNull() {
				return cty.NilVal, hcl.Diagnostics{attrError(a, "Null value", fmt.Sprintf("%q may not hold null.", a.Name))}
			}
		}
	}
	return cv, nil
}

func evalStrings(a *hcl.Attribute, ctx *hcl.EvalContext) ([]string, hcl.Diagnostics) {
	v, diags := evalTo(a, ctx, cty.List(cty.String))
	if diags.HasErrors() {
		return nil, diags
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, e.AsString())
	}
	return out, nil
}

// localFile resolves and hashes a source or script by streaming it.
func (r *Recipe) localFile(a *hcl.Attribute, p string, allowOutside bool) (*LocalFile, *hcl.Diagnostic) {
	lf, err, readErr := r.locals.file(p, allowOutside)
	if err != nil {
		return nil, attrError(a, "Unusable file", fmt.Sprintf("%s: %s", a.Name, err))
	}
	if readErr != nil {
		return nil, attrError(a, "Unreadable file", fmt.Sprintf("%s: %s", a.Name, readErr))
	}
	return lf, nil
}

// checkNUL refuses a NUL byte outside a placeholder in text that reaches a shell script: a shell
// word cannot hold one. (HCL strings can: "\u0000".)
func checkNUL(a *hcl.Attribute, values ...string) hcl.Diagnostics {
	for _, s := range values {
		for _, p := range SplitPlaceholders(s) {
			if p.Var == "" && strings.ContainsRune(p.Text, 0) {
				return hcl.Diagnostics{attrError(a, "NUL byte", fmt.Sprintf("%q holds a NUL byte, which no shell command or word can carry; use a file block's source for binary content.", a.Name))}
			}
		}
	}
	return nil
}
