package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// TestRecipeDocsMatchTheLanguage: every attribute docs/recipe.md documents exists in the
// recipe's schema, and every attribute of the schema is documented.
func TestRecipeDocsMatchTheLanguage(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("docs", "recipe.md"))
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string][]string{}
	block := ""
	heading := regexp.MustCompile("^### `(variable|policy|warm_pool|ready|step)")
	row := regexp.MustCompile("^\\| `([a-z_0-9]+)` ")
	inline := regexp.MustCompile("^- `(file|service) \"[^\"]*\" \\{(.*)\\}`")
	attr := regexp.MustCompile(`([a-z_]+) =`)
	for _, line := range strings.Split(string(doc), "\n") {
		if m := heading.FindStringSubmatch(line); m != nil {
			block = m[1]
		} else if strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "### ") {
			block = ""
		}
		if m := row.FindStringSubmatch(line); m != nil && block != "" {
			documented[block] = append(documented[block], m[1])
		}
		if m := inline.FindStringSubmatch(line); m != nil {
			for _, a := range attr.FindAllStringSubmatch(m[2], -1) {
				documented[m[1]] = append(documented[m[1]], a[1])
			}
		}
	}
	for kind, want := range recipe.Attributes() {
		got := documented[kind]
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: docs/recipe.md documents [%s], the language has [%s]", kind, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

// TestDocExamplesUseTheExampleRecipe: the HCL examples in docs/ parse, and the variables they
// pass to parbake exist in the example recipe and are not fetched on the instance (a value for
// such a variable is an error).
func TestDocExamplesUseTheExampleRecipe(t *testing.T) {
	r, diags := recipe.Load(filepath.Join("example", "recipes", "web"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	vars := map[string]*recipe.Variable{}
	for _, v := range r.Variables {
		vars[v.Name] = v
	}
	pages, _ := filepath.Glob(filepath.Join("docs", "*", "*.mdx"))
	fence := regexp.MustCompile("(?s)```hcl\n(.*?)```")
	checked := 0
	for _, page := range pages {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range fence.FindAllStringSubmatch(string(text), -1) {
			f, diags := hclsyntax.ParseConfig([]byte(m[1]), page, hcl.InitialPos)
			if diags.HasErrors() {
				t.Errorf("%s, example %d: %s", page, i+1, diags)
				continue
			}
			for _, b := range parbakeBlocks(f.Body.(*hclsyntax.Body)) {
				a, ok := b.Body.Attributes["variables"]
				if !ok {
					continue
				}
				pairs, diags := hcl.ExprMap(a.Expr)
				if diags.HasErrors() {
					t.Errorf("%s: variables: %s", page, diags)
					continue
				}
				for _, kv := range pairs {
					name := hcl.ExprAsKeyword(kv.Key)
					v, ok := vars[name]
					switch {
					case !ok:
						t.Errorf("%s, example %d: variable %q is not declared by example/recipes/web", page, i+1, name)
					case v.From != nil:
						t.Errorf("%s, example %d: variable %q has a from, so a value for it is an error", page, i+1, name)
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no example passes variables; the test checks nothing")
	}
}

// parbakeBlocks finds data "parbake" and provisioner "parbake" blocks, at any depth.
func parbakeBlocks(body *hclsyntax.Body) []*hclsyntax.Block {
	var out []*hclsyntax.Block
	for _, b := range body.Blocks {
		if (b.Type == "data" || b.Type == "provisioner") && len(b.Labels) > 0 && b.Labels[0] == "parbake" {
			out = append(out, b)
		}
		out = append(out, parbakeBlocks(b.Body)...)
	}
	return out
}

// TestDocsPictureIsCurrent: the picture and Markdown docs/pictures.md shows are the example's
// plan as the code draws it today (`make generate` redraws them).
func TestDocsPictureIsCurrent(t *testing.T) {
	p, err := plan.FromPath(filepath.Join("example", "recipes", "web"), plan.Inputs{Role: "web"})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"web.plan.svg": string(picture.SVG(p)), "web.plan.md": picture.Markdown(p)} {
		got, err := os.ReadFile(filepath.Join("docs", "images", name))
		if err != nil || string(got) != want {
			t.Errorf("docs/images/%s is stale (%v); run make generate", name, err)
		}
	}
	page, err := os.ReadFile(filepath.Join("docs", "pictures.md"))
	if err != nil || !strings.Contains(string(page), picture.Markdown(p)) {
		t.Errorf("docs/pictures.md does not show the example's plan_markdown (%v)", err)
	}
}
