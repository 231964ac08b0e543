package runner

import (
	"bytes"
	"strings"
)

// Compact drops the full-line comments and blank lines of a shell library, for the boot bundle:
// user data has 16 KB in all, and the comments are for the people who read the source (and the
// golden files), not for the instance. Lines inside strings are kept unless they are comment
// lines themselves, which only the libraries' awk programs have, where they are comments too.
func Compact(lib []byte) []byte {
	var out bytes.Buffer
	for _, line := range strings.SplitAfter(string(lib), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || (strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "#!")) {
			continue
		}
		out.WriteString(line)
	}
	return out.Bytes()
}
