package boot

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"strings"
	"testing"
)

// bundledText is a runner script with its bundle unpacked after it: each bundled file's name and
// text, so that a test can look for what a step does wherever the format puts it.
func bundledText(t *testing.T, script string) string {
	t.Helper()
	_, rest, ok := strings.Cut(script, "<<'PARBAKE_BUNDLE_END'\n")
	if !ok {
		t.Fatalf("no bundle in:\n%s", script)
	}
	encoded, _, _ := strings.Cut(rest, "PARBAKE_BUNDLE_END")
	archive, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(encoded, "\n", ""))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	out.WriteString(script)
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(tr)
		out.WriteString("\n== " + h.Name + "\n" + string(data))
	}
}
