package boot

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runBootLib sources the boot library in sh and runs script, returning its output and error.
func runBootLib(t *testing.T, script string, env ...string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string][]byte{"boot.sh": bootLib, "digest.sh": digestLib} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("sh", "-c", ". "+filepath.Join(dir, "digest.sh")+"\n. "+filepath.Join(dir, "boot.sh")+"\n"+script)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH")}, env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestBootLibSources(t *testing.T) {
	tokens := 0
	imds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPut && r.URL.Path == "/latest/api/token":
			tokens++
			fmt.Fprint(w, "tok")
		case r.Header.Get("X-aws-ec2-metadata-token") != "tok":
			http.Error(w, "", http.StatusUnauthorized)
		case r.URL.Path == "/latest/meta-data/tags/instance/Name":
			fmt.Fprint(w, "shop.example.com")
		default:
			http.NotFound(w, r)
		}
	}))
	defer imds.Close()
	tests := []struct {
		name    string
		script  string
		env     []string
		want    string
		wantErr bool
	}{
		{"imds with a token", "pb_imds tags/instance/Name", []string{"PB_IMDS=" + imds.URL}, "shop.example.com", false},
		{"imds 404 fails at once", "pb_imds tags/instance/Nope", []string{"PB_IMDS=" + imds.URL}, "IMDS has no tags/instance/Nope", true},
		{"env", "pb_env GREETING", []string{"GREETING=it's $me"}, "it's $me", false},
		{"env unset", "pb_env MISSING", nil, "environment variable MISSING is not set", true},
		{"ssm without the AWS CLI", "pb_ssm /app/secret", nil, "the AWS CLI is needed to read SSM parameter /app/secret", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := tt.env
			if tt.name == "ssm without the AWS CLI" {
				env = append(env, "PATH=/nonexistent") // no aws on PATH
			}
			out, err := runBootLib(t, tt.script, env...)
			if (err != nil) != tt.wantErr || !strings.Contains(out, tt.want) {
				t.Errorf("output %q, error %v; want %q (error %v)", out, err, tt.want, tt.wantErr)
			}
		})
	}
	if tokens == 0 {
		t.Error("IMDS was read without a session token")
	}
}

func TestBootLibGuard(t *testing.T) {
	// pb_guard reads the manifest at $PB_MANIFEST; a test copy stands in for the image's.
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	run := func(script string) (string, error) {
		return runBootLib(t, script, "PB_MANIFEST="+manifest)
	}
	if out, err := run("pb_guard sha256:a error"); err == nil || !strings.Contains(out, "says none") {
		t.Errorf("no manifest: %v %s", err, out)
	}
	if err := os.WriteFile(manifest, []byte("{\n  \"bake_digest\": \"sha256:a\",\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run("pb_guard sha256:a error"); err != nil {
		t.Errorf("matching manifest refused: %s", out)
	}
	if out, err := run("pb_guard sha256:b error"); err == nil || !strings.Contains(out, "expects an image baked with sha256:b") || !strings.Contains(out, "says sha256:a") {
		t.Errorf("mismatch: %v %s", err, out)
	}
	if out, err := run(`pb_guard sha256:b boot-all && echo "all=$PB_RUN_ALL"`); err != nil || !strings.Contains(out, "all=1") {
		t.Errorf("boot-all: %v %s", err, out)
	}
}
