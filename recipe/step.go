package recipe

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
)

// Step names end up in marker files and log headers, so they are kept to a safe alphabet.
var (
	validStepName    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	validServiceName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9@._:-]*$`)
	validMode        = regexp.MustCompile(`^0?[0-7]{3,4}$`)
	validOwnerPart   = regexp.MustCompile(`^([a-z_][a-z0-9_-]*\$?|[0-9]+)$`)
)

func decodeStep(block *hcl.Block) (*Step, hcl.Diagnostics) {
	s := &Step{Name: block.Labels[0], DeclRange: block.DefRange}
	content, diags := block.Body.Content(stepSchema)
	if !validStepName.MatchString(s.Name) {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid step name",
			Detail: "A step name starts with a letter or digit, then letters, digits, _, . or -.", Subject: block.LabelRanges[0].Ptr()})
	}
	attrs := content.Attributes
	if a, ok := attrs["description"]; ok {
		v, d := staticString(a)
		diags = append(diags, d...)
		s.Description = v
	}
	if a, ok := attrs["phase"]; ok {
		v, d := decodePhase(a, false)
		diags = append(diags, d...)
		s.Phase, s.PhaseRange = v, a.Expr.Range()
	}
	if a, ok := attrs["after"]; ok {
		v, d := staticStrings(a)
		diags = append(diags, d...)
		s.After, s.AfterRange = v, a.Expr.Range()
	}
	if a, ok := attrs["roles"]; ok {
		v, d := staticStrings(a)
		diags = append(diags, d...)
		if !d.HasErrors() && len(v) == 0 {
			diags = append(diags, attrError(a, "Empty roles", "Omit roles to run the step for every role; an empty list would run it for none."))
		}
		s.Roles = v
	}
	diags = append(diags, decodeStepDurations(s, attrs)...)
	if a, ok := attrs["retries"]; ok {
		v, d := staticInt(a)
		diags = append(diags, d...)
		if !d.HasErrors() && (v < 0 || v > 100) {
			diags = append(diags, attrError(a, "Invalid retries", "retries must be between 0 and 100."))
		}
		s.Retries = v
	}
	if a, ok := attrs["reboot"]; ok {
		v, d := decodeChoice(a, RebootNever, RebootIfRequired, RebootAlways)
		diags = append(diags, d...)
		s.Reboot = v
	}
	s.attrs = hcl.Attributes{}
	for _, n := range actionStepAttrs {
		if a, ok := attrs[n]; ok {
			s.attrs[n] = a
		}
	}
	diags = append(diags, decodeStepBlocks(s, content.Blocks)...)
	s.VarRefs = collectVarRefs(s)
	return s, diags
}

func decodeStepBlocks(s *Step, blocks hcl.Blocks) hcl.Diagnostics {
	var diags hcl.Diagnostics
	seenFiles := map[string]hcl.Range{}
	seenServices := map[string]hcl.Range{}
	for _, b := range blocks {
		switch b.Type {
		case "file":
			p := b.Labels[0]
			if err := checkTargetPath(p); err != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid file path", Detail: err.Error(), Subject: b.LabelRanges[0].Ptr()})
				continue
			}
			if prev, ok := seenFiles[p]; ok {
				diags = append(diags, duplicate("file", p, b.DefRange, prev))
				continue
			}
			seenFiles[p] = b.DefRange
			c, d := b.Body.Content(fileBlockSchema)
			diags = append(diags, d...)
			diags = append(diags, checkFileAttrs(p, c.Attributes, b.DefRange)...)
			fb := &fileBlock{Path: p, Attrs: c.Attributes, Range: b.DefRange}
			if a, ok := c.Attributes["allow_outside"]; ok {
				fb.allowOutside, _ = staticBool(a)
			}
			s.files = append(s.files, fb)
		case "service":
			n := b.Labels[0]
			if !validServiceName.MatchString(n) {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid service name",
					Detail: fmt.Sprintf("%q is not a systemd unit name.", n), Subject: b.LabelRanges[0].Ptr()})
				continue
			}
			if prev, ok := seenServices[n]; ok {
				diags = append(diags, duplicate("service", n, b.DefRange, prev))
				continue
			}
			seenServices[n] = b.DefRange
			c, d := b.Body.Content(serviceBlockSchema)
			diags = append(diags, d...)
			for _, name := range []string{"enable", "start"} {
				if a, ok := c.Attributes[name]; ok {
					_, d := staticBool(a)
					diags = append(diags, d...)
				}
			}
			if a, ok := c.Attributes["on_boot"]; ok {
				_, d := decodeChoice(a, OnBootRestart, OnBootReload, OnBootNone)
				diags = append(diags, d...)
			}
			s.services = append(s.services, &serviceBlock{Name: n, Attrs: c.Attributes, Range: b.DefRange})
		}
	}
	return diags
}

// checkFileAttrs validates what can be checked before evaluation: exactly one of content and
// source, and a well-formed mode and owner.
func checkFileAttrs(p string, attrs hcl.Attributes, rng hcl.Range) hcl.Diagnostics {
	var diags hcl.Diagnostics
	_, hasContent := attrs["content"]
	src, hasSource := attrs["source"]
	if hasContent == hasSource {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "file needs content or source",
			Detail: fmt.Sprintf("file %q must set exactly one of content and source.", p), Subject: rng.Ptr()})
	}
	if hasSource {
		_, d := staticString(src)
		diags = append(diags, d...)
	}
	if a, ok := attrs["allow_outside"]; ok {
		_, d := staticBool(a)
		diags = append(diags, d...)
	}
	if a, ok := attrs["mode"]; ok {
		m, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() && !validMode.MatchString(m) {
			diags = append(diags, attrError(a, "Invalid mode", fmt.Sprintf("mode must be octal such as \"0644\" or \"4755\"; got %q.", m)))
		}
	}
	if a, ok := attrs["owner"]; ok {
		o, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() && !validOwner(o) {
			diags = append(diags, attrError(a, "Invalid owner", fmt.Sprintf("owner must be \"user\" or \"user:group\" (names or numeric ids); got %q.", o)))
		}
	}
	return diags
}

func validOwner(o string) bool {
	user, group, hasGroup := strings.Cut(o, ":")
	if !validOwnerPart.MatchString(user) {
		return false
	}
	return !hasGroup || validOwnerPart.MatchString(group)
}

// checkTargetPath accepts absolute, clean paths on the target; spaces and any other byte but NUL
// and newline are allowed, because the runner never lets the shell re-parse a path.
func checkTargetPath(p string) error {
	switch {
	case !strings.HasPrefix(p, "/"):
		return fmt.Errorf("file path %q must be absolute", p)
	case strings.ContainsAny(p, "\x00\n"):
		return fmt.Errorf("file path %q may not contain NUL or newline", p)
	case path.Clean(p) != p || p == "/":
		return fmt.Errorf("file path %q must be clean (no .., // or trailing /)", p)
	}
	return nil
}

// checkLocal checks, without opening it, that a source or script is a regular file the recipe
// may read.
func (r *Recipe) checkLocal(p string, attr *hcl.Attribute, allowOutside bool) *hcl.Diagnostic {
	if err := r.locals.resolve(p, allowOutside).err; err != nil {
		summary := "Unusable file"
		if errors.Is(err, fs.ErrNotExist) {
			summary = "Missing file"
		}
		return attrError(attr, summary, fmt.Sprintf("%s: %s", attr.Name, err))
	}
	return nil
}

// valueExprs are the step's expressions that may use variables, in source order.
func (s *Step) valueExprs() []hcl.Expression {
	var exprs []hcl.Expression
	for _, n := range actionStepAttrs {
		if a, ok := s.attrs[n]; ok {
			exprs = append(exprs, a.Expr)
		}
	}
	for _, f := range s.files {
		if a, ok := f.Attrs["content"]; ok {
			exprs = append(exprs, a.Expr)
		}
	}
	return exprs
}

// collectVarRefs lists the var.NAME references in the step's evaluated expressions.
func collectVarRefs(s *Step) []VarRef {
	exprs := s.valueExprs()
	seen := map[string]bool{}
	var refs []VarRef
	for _, e := range exprs {
		for _, t := range e.Variables() {
			if t.RootName() != "var" || len(t) < 2 {
				continue
			}
			attr, ok := t[1].(hcl.TraverseAttr)
			if !ok || seen[attr.Name] {
				continue
			}
			seen[attr.Name] = true
			refs = append(refs, VarRef{Name: attr.Name, Range: t.SourceRange()})
		}
	}
	return refs
}

// decodeStepDurations reads changes_every, estimate and timeout, and allow_outside.
func decodeStepDurations(s *Step, attrs hcl.Attributes) hcl.Diagnostics {
	var diags hcl.Diagnostics
	// A slice, not a map: diagnostics come out in the same order on every run.
	for _, f := range []struct {
		name string
		dst  *time.Duration
	}{{"changes_every", &s.ChangesEvery}, {"estimate", &s.Estimate}, {"timeout", &s.Timeout}} {
		if a, ok := attrs[f.name]; ok {
			v, d := staticDuration(a)
			diags = append(diags, d...)
			*f.dst = v
		}
	}
	if a, ok := attrs["allow_outside"]; ok {
		v, d := staticBool(a)
		diags = append(diags, d...)
		s.allowOutside = v
	}
	return diags
}
