package picture

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// cases are the plans drawn in golden files: the example (no price), a priced recipe, and one
// with a warm pool (three lanes).
var cases = []struct {
	name, path, role string
}{
	{"web", "../example/recipes/web", "web"},
	{"priced", "testdata/priced.hcl", ""},
	{"warm", "testdata/warm.hcl", ""},
}

func load(t *testing.T, path, role string) *plan.Plan {
	t.Helper()
	p, err := plan.FromPath(path, plan.Inputs{Role: role})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGolden(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := load(t, c.path, c.role)
			golden.Check(t, c.name+".svg", SVG(p))
			golden.Check(t, c.name+".md", []byte(Markdown(p)))
			if !bytes.Equal(SVG(p), SVG(load(t, c.path, c.role))) || Markdown(p) != Markdown(load(t, c.path, c.role)) {
				t.Error("the same plan drew different bytes")
			}
		})
	}
}

// TestSVGIsXMLWithEveryStep parses the drawing and looks for every step's name in its text.
func TestSVGIsXMLWithEveryStep(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := load(t, c.path, c.role)
			var texts []string
			dec := xml.NewDecoder(bytes.NewReader(SVG(p)))
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("not XML: %v", err)
				}
				if cd, ok := tok.(xml.CharData); ok {
					texts = append(texts, string(cd))
				}
			}
			all := strings.Join(texts, "\n")
			for _, s := range p.Steps {
				if !strings.Contains(all, s.Name) {
					t.Errorf("step %s is not in the picture", s.Name)
				}
			}
		})
	}
}

// The Mermaid subset the plan uses, line by line: a strict grammar, so that anything else fails.
var mermaidLine = []*regexp.Regexp{
	regexp.MustCompile(`^gantt$`),
	regexp.MustCompile(`^    title [^:#;\n]+$`),
	regexp.MustCompile(`^    dateFormat x$`),
	regexp.MustCompile(`^    axisFormat %M:%S$`),
	regexp.MustCompile(`^    section (bake|warm|boot)$`),
	regexp.MustCompile(`^    [^:#;\s][^:#;]* :(bake|warm|boot)[0-9]+, [0-9]+, [0-9]+$`),
}

func TestMermaidGrammar(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			md := Markdown(load(t, c.path, c.role))
			start := strings.Index(md, "```mermaid\n")
			end := strings.LastIndex(md, "\n```")
			if start < 0 || end < start {
				t.Fatalf("no mermaid block in\n%s", md)
			}
			lines := strings.Split(md[start+len("```mermaid\n"):end], "\n")
			if lines[0] != "gantt" {
				t.Fatalf("first line %q, want gantt", lines[0])
			}
			ids := map[string]bool{}
			var lastEnd, tasks int64
			for _, l := range lines {
				ok := false
				for _, re := range mermaidLine {
					ok = ok || re.MatchString(l)
				}
				if !ok {
					t.Errorf("line outside the grammar: %q", l)
				}
				if strings.HasPrefix(l, "    section") {
					lastEnd = 0
				}
				if m := regexp.MustCompile(`:(\w+), ([0-9]+), ([0-9]+)$`).FindStringSubmatch(l); m != nil {
					tasks++
					if ids[m[1]] {
						t.Errorf("task id %s twice", m[1])
					}
					ids[m[1]] = true
					if m[2] != itoa64(lastEnd) {
						t.Errorf("task %s starts at %s, want %d (right after the one before)", m[1], m[2], lastEnd)
					}
					lastEnd = atoi64(t, m[3])
					if lastEnd <= atoi64(t, m[2]) {
						t.Errorf("task %s is empty", m[1])
					}
				}
			}
			if want := int64(len(load(t, c.path, c.role).Steps)); tasks != want {
				t.Errorf("%d tasks, want %d", tasks, want)
			}
		})
	}
}

func TestEscapes(t *testing.T) {
	for _, c := range []struct {
		f        func(string) string
		in, want string
	}{
		{cell, "a | b", `a \| b`},
		{cell, "one\ntwo", "one two"},
		{task, "a: b # c; d", "a  b   c, d"},
		{escape, `<a & "b">`, "&lt;a &amp; &#34;b&#34;&gt;"},
	} {
		if got := c.f(c.in); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}
