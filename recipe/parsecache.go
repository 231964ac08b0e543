package recipe

import (
	"crypto/sha256"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Packer prepares a provisioner twice in every build (once when it starts, again with the
// build's generated data), in one plugin process, and each time parbake plans the recipe. The
// parse is most of the planning of a large recipe, and its result depends only on the file's
// bytes: a file that reads the same as last time gets last time's syntax tree, which nothing
// changes after parsing. One entry a file name, so memory is one recipe's worth. Only clean
// parses are kept: diagnostics are amended by their callers (explainEscapes), and a recipe with
// errors is not built anyway.
var parsed sync.Map // file name → parsedFile

type parsedFile struct {
	sum  [sha256.Size]byte
	file *hcl.File
}

// parseHCL parses src as the file named filename, or returns the tree of its earlier parse.
func parseHCL(src []byte, filename string) (*hcl.File, hcl.Diagnostics) {
	sum := sha256.Sum256(src)
	if v, ok := parsed.Load(filename); ok && v.(parsedFile).sum == sum {
		return v.(parsedFile).file, nil
	}
	file, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if len(diags) == 0 {
		parsed.Store(filename, parsedFile{sum: sum, file: file})
	} else {
		parsed.Delete(filename)
	}
	return file, diags
}
