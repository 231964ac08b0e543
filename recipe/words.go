package recipe

import (
	"fmt"
	"strings"
)

// Words lists values as prose, each quoted: "a", "a" or "b", "a", "b" or "c". Every message that
// lists the allowed values of an option says them this way.
func Words(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) <= 1 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
