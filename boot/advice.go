package boot

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

var notIdent = regexp.MustCompile(`[^A-Za-z0-9_]+`)

// s3Advice is the exact recipe text that moves a boot file out of the user data: the file goes
// to S3 and the instance fetches it, pinned to its digest.
func s3Advice(step string, f recipe.File) string {
	name := strings.Trim(notIdent.ReplaceAllString(path.Base(f.Path), "_"), "_")
	if name == "" || (name[0] >= '0' && name[0] <= '9') {
		name = "file_" + name
	}
	key := step + f.Path
	return fmt.Sprintf("or fetch it from S3 on the instance: upload it (aws s3 cp FILE s3://BUCKET/%s) and write\n"+
		"  variable %q {\n    boot   = true\n    from   = \"s3://BUCKET/%s\"\n    sha256 = %q\n  }\n"+
		"and in step %q: file %q { content = var.%s }", key, name, key, f.SHA256(), step, f.Path, name)
}

// largestFile is a step's largest inline or local file, or nil.
func largestFile(c *recipe.Content) *recipe.File {
	var out *recipe.File
	for i := range c.Files {
		if out == nil || c.Files[i].Size() > out.Size() {
			out = &c.Files[i]
		}
	}
	return out
}
