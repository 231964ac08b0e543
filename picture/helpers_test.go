package picture

import (
	"strconv"
	"testing"
)

func itoa64(i int64) string { return strconv.FormatInt(i, 10) }

func atoi64(t *testing.T, s string) int64 {
	t.Helper()
	i, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return i
}
