package recipe

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadSource checks that no input makes the parser panic or return a recipe alongside
// errors. It is seeded with the example recipes and the bad-input cases' shapes.
func FuzzLoadSource(f *testing.F) {
	seeds, _ := filepath.Glob("../example/recipes/*/*.hcl")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("step \"a\" {\n  after = [\"a\"]\n}\n"))
	f.Add([]byte("variable \"v\" {\n  boot = true\n  from = \"imds:x\"\n}\nstep \"s\" {\n  run = [var.v]\n}\n"))
	f.Add([]byte("policy {\n  rebuild_every = \"1h\"\n}\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		r, diags := LoadSource(src, "fuzz.hcl", dir)
		if diags.HasErrors() && r != nil {
			t.Fatal("recipe returned with errors")
		}
		if r != nil {
			vals, d := r.ResolveValues(nil)
			if !d.HasErrors() {
				for _, s := range r.Steps {
					r.Evaluate(s, r.EvalContext(vals))
				}
			}
		}
	})
}
