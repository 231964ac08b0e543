//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadRecipeFailsValidateAndBuild checks that a broken recipe stops `packer validate` and
// `packer build` with its diagnostics (file, line, column), through the data source alone.
func TestBadRecipeFailsValidateAndBuild(t *testing.T) {
	dir := recipeProject(t, "step \"a\" {\n  after = [\"nope\"]\n  colour = \"red\"\n}\n")
	if err := os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), []byte(`
data "parbake" "x" {
  recipe = "${path.root}/recipe"
}
source "null" "t" {
  communicator = "none"
}
build {
  sources = ["source.null.t"]
  provisioner "shell-local" {
    inline = ["echo ${data.parbake.x.bake_digest}"]
  }
}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, v := range packerVersions {
		pk := newPacker(t, v)
		for _, cmd := range []string{"validate", "build"} {
			out, err := pk.run(t, dir, cmd, ".")
			if err == nil {
				t.Errorf("packer %s %s passed with a broken recipe", v, cmd)
			}
			if !strings.Contains(out, "recipe/r.hcl:3:3: Unsupported argument") {
				t.Errorf("packer %s %s does not show the diagnostic with its position:\n%s", v, cmd, out)
			}
		}
	}
}
