package boot

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// An s3: value arrives byte for byte in a root-only file, never in the environment; a pinned
// sha256 refuses other bytes, naming the variable.
func TestS3Fetch(t *testing.T) {
	f := newSSMFixture(t)
	root := f.s3Root
	object := make([]byte, 300<<10) // larger than any environment variable may be
	rand.New(rand.NewSource(7)).Read(object)
	object = append(object, []byte("\nends with newlines\n\n")...)
	must(t, os.MkdirAll(filepath.Join(root, "configs", "web"), 0o755))
	must(t, os.WriteFile(filepath.Join(root, "configs", "web", "bundle.tgz"), object, 0o644))
	sum := sha256.Sum256(object)
	good := hex.EncodeToString(sum[:])
	bad := strings.Repeat("0", 64)
	cases := []struct {
		name, path, sha, want string
		ok                    bool
	}{
		{"pinned", "configs/web/bundle.tgz", good, "", true},
		{"unpinned", "configs/web/bundle.tgz", "", "", true},
		{"mismatch", "configs/web/bundle.tgz", bad, "variable big from s3://configs/web/bundle.tgz has sha256 " + good + ", not the " + bad, false},
		{"missing", "configs/web/nope", "", "could not fetch variable big from s3://configs/web/nope", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(filepath.Join(f.vars, "big"))
			libs := writeLibs(t)
			script := ". " + filepath.Join(libs, "lib.sh") + "\n. " + filepath.Join(libs, "boot.sh") + "\n. " + filepath.Join(libs, "aws.sh") + "\n. " + filepath.Join(libs, "s3.sh") +
				"\npb_fetch big s3 " + runner.Quote(c.path) + " " + runner.Quote("s3://"+c.path) + " " + runner.Quote(c.sha) + " || exit 1" +
				"\n[ -z \"${PARBAKE_VAR_big+set}\" ] || echo 'loaded into the environment'"
			out, err := shelltest.Get(t, "dash").Command(f.env, "-c", script).CombinedOutput()
			if (err == nil) != c.ok || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "loaded into the environment") {
				t.Fatalf("error %v, output %s", err, out)
			}
			got, rerr := os.ReadFile(filepath.Join(f.vars, "big"))
			if c.ok {
				if rerr != nil || !bytes.Equal(got, object) {
					t.Errorf("fetched %d bytes (%v), want the object's %d", len(got), rerr, len(object))
				}
				if st, _ := os.Stat(filepath.Join(f.vars, "big")); st == nil || st.Mode().Perm() != 0o600 {
					t.Errorf("the value's file is not root-only: %v", st)
				}
			} else if rerr == nil {
				t.Error("a refused value's file was left behind")
			}
		})
	}
}
