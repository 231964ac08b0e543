//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/plan"
)

// TestBakeManyFilesAndLargeFile bakes 2,000 small files in nested directories and a 100 MB
// binary file, as root and through sudo, and checks every file in the target's upper dir byte
// for byte, with its mode and owner.
func TestBakeManyFilesAndLargeFile(t *testing.T) {
	dir := recipeProject(t, "")
	rdir := filepath.Join(dir, "recipe")
	big := filepath.Join(rdir, "big.bin")
	writeRandom(t, big, 100<<20)
	modes := []string{"0644", "0600", "0755", "0640"}
	owners := []string{"root:root", "www-data:www-data", "1234:5678", "nobody"}
	var b strings.Builder
	b.WriteString("step \"bulk\" {\n  phase = \"bake\"\n")
	for i := 0; i < 2000; i++ {
		path := fmt.Sprintf("/opt/bulk/d%02d/e %d/f%04d", i%20, i%7, i)
		fmt.Fprintf(&b, "  file %q {\n    content = \"file %d\\n\"\n    mode = %q\n    owner = %q\n  }\n", path, i, modes[i%len(modes)], owners[i%len(owners)])
	}
	b.WriteString("  file \"/opt/bulk/big.bin\" {\n    source = \"big.bin\"\n    mode = \"0750\"\n  }\n}\n")
	must(t, os.WriteFile(filepath.Join(rdir, "r.hcl"), []byte(b.String()), 0o644))
	writeTemplate(t, dir, parbakeProvisioner)
	p, err := plan.FromPath(rdir, plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	for _, user := range []string{"", "builder"} {
		t.Run("user="+user, func(t *testing.T) {
			tg := startTarget(t, user)
			out, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...)
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			if !strings.Contains(out, "[1/1] bulk ok") {
				t.Error("no progress for the step")
			}
			assertBakedFiles(t, tg.Upper(), p)
			assertClean(t, tg.Upper())
		})
	}
}
