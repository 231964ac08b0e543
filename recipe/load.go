package recipe

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Load reads a recipe from one .hcl file or from every .hcl file in a directory (in name order,
// so that declaration order, and with it the plan, does not depend on the file system).
// It returns every problem it finds, not just the first. With errors, the recipe is nil when the
// files did not parse, else what decoded, for reporting only.
func Load(path string) (*Recipe, hcl.Diagnostics) {
	files, dir, name, err := recipeFiles(path)
	if err != nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read recipe", Detail: err.Error()}}
	}
	var bodies []hcl.Body
	var diags hcl.Diagnostics
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Cannot read recipe file", Detail: err.Error()})
			continue
		}
		file, d := parseHCL(src, displayPath(f))
		diags = append(diags, explainEscapes(d)...)
		if file != nil {
			bodies = append(bodies, file.Body)
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	r, d := decode(bodies, dir, name)
	diags = append(diags, d...)
	if diags.HasErrors() {
		// The recipe as far as it decoded, so that callers can report the values' problems in
		// the same run; it is never planned.
		return r, explainEscapes(diags)
	}
	return r, diags
}

// LoadSource parses a recipe held in memory; filename only labels diagnostics. Used by tests and
// the fuzzer.
func LoadSource(src []byte, filename, dir string) (*Recipe, hcl.Diagnostics) {
	file, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, explainEscapes(diags)
	}
	name := strings.TrimSuffix(filepath.Base(filename), filepath.Ext(filename))
	r, d := decode([]hcl.Body{file.Body}, dir, name)
	diags = append(diags, d...)
	if diags.HasErrors() {
		return nil, explainEscapes(diags)
	}
	return r, diags
}

func recipeFiles(path string) (files []string, dir, name string, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, "", "", err
	}
	if !info.IsDir() {
		return []string{path}, filepath.Dir(path), strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, "", "", err
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".hcl") {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, "", "", fmt.Errorf("%s: no .hcl files in the recipe directory", path)
	}
	abs, _ := filepath.Abs(path)
	return files, path, filepath.Base(abs), nil
}

// displayPath keeps diagnostics short: relative to the working directory when that is shorter.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}

func decode(bodies []hcl.Body, dir, name string) (*Recipe, hcl.Diagnostics) {
	r := &Recipe{Name: name, Dir: dir, Policy: DefaultPolicy(), locals: newLocalFiles(dir)}
	r.locals.hashAll() // planning will need every digest: each file is hashed once it is resolved
	var diags hcl.Diagnostics
	var policySeen, readySeen *hcl.Range
	varSeen := map[string]hcl.Range{}
	stepSeen := map[string]hcl.Range{}
	for _, body := range bodies {
		content, d := body.Content(fileSchema)
		diags = append(diags, d...)
		for _, block := range content.Blocks {
			switch block.Type {
			case "variable":
				if prev, ok := varSeen[block.Labels[0]]; ok {
					diags = append(diags, duplicate("variable", block.Labels[0], block.DefRange, prev))
					continue
				}
				varSeen[block.Labels[0]] = block.DefRange
				v, d := decodeVariable(block)
				diags = append(diags, d...)
				if v != nil {
					r.Variables = append(r.Variables, v)
				}
			case "policy":
				if policySeen != nil {
					diags = append(diags, duplicate("policy", "", block.DefRange, *policySeen))
					continue
				}
				rng := block.DefRange
				policySeen = &rng
				p, d := decodePolicy(block)
				diags = append(diags, d...)
				r.Policy = p
			case "ready":
				if readySeen != nil {
					diags = append(diags, duplicate("ready", "", block.DefRange, *readySeen))
					continue
				}
				rng := block.DefRange
				readySeen = &rng
				rd, d := decodeReady(block)
				diags = append(diags, d...)
				r.Ready = rd
			case "step":
				if prev, ok := stepSeen[block.Labels[0]]; ok {
					diags = append(diags, duplicate("step", block.Labels[0], block.DefRange, prev))
					continue
				}
				stepSeen[block.Labels[0]] = block.DefRange
				s, d := decodeStep(block)
				diags = append(diags, d...)
				if s != nil {
					r.Steps = append(r.Steps, s)
				}
			}
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	if diags = append(diags, decodeSources(r)...); diags.HasErrors() {
		return nil, diags
	}
	addAWSCLIStep(r)
	diags = append(diags, validate(r)...)
	return r, diags
}

func duplicate(kind, name string, at, prev hcl.Range) *hcl.Diagnostic {
	what := kind
	if name != "" {
		what = fmt.Sprintf("%s %q", kind, name)
	}
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Duplicate " + kind,
		Detail:   fmt.Sprintf("The %s was already declared at %s.", what, prev),
		Subject:  at.Ptr(),
	}
}
