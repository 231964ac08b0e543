package boot

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// runBootLib sources the boot library and runs script under every shell, which must agree,
// returning the output and error.
func runBootLib(t *testing.T, script string, env ...string) (string, error) {
	t.Helper()
	dir := writeLibs(t)
	return shelltest.Agree(t, env, "", "-c", ". "+filepath.Join(dir, "lib.sh")+"\n. "+filepath.Join(dir, "digest.sh")+"\n. "+filepath.Join(dir, "boot.sh")+"\n. "+filepath.Join(dir, "aws.sh")+"\n. "+filepath.Join(dir, "ssm.sh")+"\n"+script)
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
		{"imds 404 fails at once", "pb_imds tags/instance/Nope", []string{"PB_IMDS=" + imds.URL}, "IMDS has no such path", true},
		{"ssm without the AWS CLI", "pb_ssm_fetch x /app/secret ssm:/app/secret", nil, "the AWS CLI is needed to read SSM parameters", true},
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
	// The digest is read from its one-line file beside the manifest, never from the JSON.
	if err := os.WriteFile(manifest, []byte("{\n  \"bake_digest\": \"sha256:other\",\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(manifest), "bake-digest"), []byte("sha256:a\n"), 0o644); err != nil {
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

// Values reach the steps byte for byte, from every source: trailing newlines (none, one, two),
// quotes, $, backslashes and non-ASCII bytes included.
func TestBootValuesAreByteExact(t *testing.T) {
	values := []string{"plain", "ends\n", "ends twice\n\n", "-----BEGIN KEY-----\nabc\n-----END KEY-----\n",
		`it's "$HOME" \n \\ $(id)`, "ünïcødé\xff", "", "\n"}
	bin := t.TempDir()
	// A stand-in AWS CLI that answers GetParameters with the value, as `--output json` does.
	fake := "#!/bin/sh\nexec python3 -c 'import json,sys; v=open(sys.argv[1],encoding=\"utf-8\").read(); print(json.dumps({\"Parameters\":[{\"Name\":\"/p\",\"Value\":v}],\"InvalidParameters\":[]}))' \"$SSM_VALUE_FILE\"\n"
	if err := os.WriteFile(filepath.Join(bin, "aws"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	var current string // the value the IMDS stand-in serves
	imds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut {
			fmt.Fprint(w, "tok")
			return
		}
		fmt.Fprint(w, current)
	}))
	defer imds.Close()
	for i, v := range values {
		for _, source := range []string{"file", "ssm", "set", "imds"} {
			t.Run(fmt.Sprintf("%d/%s", i, source), func(t *testing.T) {
				dir := t.TempDir()
				valueFile := filepath.Join(dir, "value")
				if err := os.WriteFile(valueFile, []byte(v), 0o600); err != nil {
					t.Fatal(err)
				}
				vars := filepath.Join(dir, "vars")
				if err := os.Mkdir(vars, 0o700); err != nil {
					t.Fatal(err)
				}
				var script string
				switch source {
				case "file":
					script = "pb_fetch x file " + runner.Quote(valueFile) + " 'file:...'"
				case "ssm":
					script = "pb_fetch x ssm /p 'ssm:/p'"
				case "set":
					script = "pb_set x " + runner.Quote(v)
				case "imds":
					current = v
					script = "pb_fetch x imds tags/instance/X 'imds:tags/instance/X'"
				}
				script += "\nprintf '%s' \"$PARBAKE_VAR_x\" >" + runner.Quote(filepath.Join(dir, "out"))
				if source == "ssm" && (v == "" || !utf8.ValidString(v)) {
					t.Skip("SSM holds only non-empty UTF-8 text")
				}
				out, err := runBootLib(t, script, "PB_VARS="+vars, "PB_NL=\n", "SSM_VALUE_FILE="+valueFile, "AWS_REGION=us-east-1", "PB_DIR="+dir, "PB_IMDS="+imds.URL,
					"PATH="+bin+":"+os.Getenv("PATH"))
				if err != nil {
					t.Fatalf("%v\n%s", err, out)
				}
				got, err := os.ReadFile(filepath.Join(dir, "out"))
				if err != nil || string(got) != v {
					t.Errorf("got %q, want %q (%v)", got, v, err)
				}
				if st, err := os.Stat(filepath.Join(vars, "x")); err != nil || st.Mode().Perm()&0o077 != 0 {
					t.Errorf("value file mode %v, %v", st.Mode(), err)
				}
			})
		}
	}
}

// pb_mask replaces every line of every sensitive value, whatever its characters, line by line.
func TestMask(t *testing.T) {
	secrets := map[string]string{
		"key":   "-----BEGIN PRIVATE KEY-----\nMIIEv.AB+/c*d?[x]\nline$2^\n-----END PRIVATE KEY-----\n",
		"pass":  `p@ss.w*rd\1&/|`,
		"short": "hunter2",
	}
	input := "start\nthe key is -----BEGIN PRIVATE KEY-----\nMIIEv.AB+/c*d?[x]\nline$2^\n-----END PRIVATE KEY-----\n" +
		"pass=p@ss.w*rd\\1&/| and again p@ss.w*rd\\1&/|\nhunter2hunter2\nplain line\n"
	want := "start\nthe key is <sensitive>\n<sensitive>\n<sensitive>\n<sensitive>\n" +
		"pass=<sensitive> and again <sensitive>\n<sensitive><sensitive>\nplain line\n"
	vars := t.TempDir()
	names := []string{}
	for n, v := range secrets {
		if err := os.WriteFile(filepath.Join(vars, n), []byte(v), 0o600); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	for _, reload := range []string{"0", "1"} {
		out, err := shelltest.Agree(t, []string{"PB_VARS=" + vars, "PB_SENSITIVE=" + strings.Join(names, " ")}, input,
			"-c", ". "+runner.Quote(filepath.Join(writeLibs(t), "boot.sh"))+"\npb_mask "+reload)
		if err != nil || out != want {
			t.Errorf("reload=%s: got %q, %v; want %q", reload, out, err, want)
		}
	}
}

// writeLibs writes the boot libraries into a directory.
func writeLibs(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string][]byte{"lib.sh": runner.Lib, "boot.sh": bootLib, "digest.sh": digestLib, "ssm.sh": ssmLib, "s3.sh": s3Lib, "aws.sh": awsLib, "ready.sh": readyLib, "warm.sh": warmLib} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Only the rendered user data decides whether a boot step's files fit: a 40 KB text file that
// gzips small is taken; one that can't fit even compressed perfectly is refused before it is
// read, naming the step and the file; without gzip, anything over 16 KB is.
func TestBootFileSizeIsDecidedOnTheRenderedResult(t *testing.T) {
	src := "step \"big\" {\n  phase = \"boot\"\n  file \"/etc/big\" {\n    source = \"big.txt\"\n  }\n}\n"
	text := strings.Repeat("server_name shop.example.com; # a compressible line of configuration\n", 600) // about 40 KB
	for _, f := range []Format{FormatMIME, FormatShell, FormatCloudConfig} {
		res, err := Render(mustPlan(t, src, map[string]string{"big.txt": text}, nil), Options{Format: f})
		if err != nil || len(res.UserData) > MaxUserData {
			t.Errorf("%s: a %d-byte compressible file: %v", f, len(text), err)
		}
		_, err = Render(mustPlan(t, src, map[string]string{"big.txt": text}, nil), Options{Format: f, Gzip: GzipFalse})
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "r.hcl:3:") || !strings.Contains(err.Error(), "/etc/big is 41400 bytes, which cannot fit without gzip") {
			t.Errorf("%s without gzip: error %v", f, err)
		}
		// The error says how to fetch it from S3 instead, with the exact lines, digest included.
		sum := sha256.Sum256([]byte(text))
		advice := "  variable \"big\" {\n    boot   = true\n    from   = \"s3://BUCKET/big/etc/big\"\n    sha256 = \"" + hex.EncodeToString(sum[:]) + "\"\n  }\nand in step \"big\": file \"/etc/big\" { content = var.big }"
		if err == nil || !strings.Contains(err.Error(), advice) {
			t.Errorf("%s without gzip: the error lacks the s3 lines:\n%v", f, err)
		}
	}
	// Larger than any compression could fit: refused before a byte is read (a sparse file).
	p := mustPlan(t, src, map[string]string{"big.txt": "small for now"}, nil)
	path := p.Steps[0].Content.Files[0].Source.Path
	if err := os.Truncate(path, MaxUserData*maxDeflateRatio+1); err != nil {
		t.Fatal(err)
	}
	p.Steps[0].Content.Files[0].Source.Size = MaxUserData*maxDeflateRatio + 1
	_, err := Render(p, Options{Format: FormatCloudConfig})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "which cannot fit even compressed perfectly") {
		t.Errorf("a file beyond any compression: %v", err)
	}
}

// Variables resolve after the variables their from uses, ties by name.
func TestResolutionOrder(t *testing.T) {
	src := `
variable "z_domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "a_cert" {
  boot      = true
  sensitive = true
  from      = "ssm:/certs/${var.z_domain}/${var.m_env}"
}
variable "m_env" {
  boot = true
}
step "s" {
  run = ["echo ${var.a_cert}"]
}`
	res, err := Render(mustPlan(t, src, nil, nil), Options{Format: FormatShell, Values: map[string]string{"m_env": "prod"}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(res.UserData)
	env, domain, cert := strings.Index(s, "pb_set 'm_env'"), strings.Index(s, "pb_fetch 'z_domain'"), strings.Index(s, "pb_ssm_fetch 'a_cert' '/certs/'\"${PARBAKE_VAR_z_domain}\"'/'\"${PARBAKE_VAR_m_env}\"")
	if env < 0 || domain < 0 || cert < 0 || cert < env || cert < domain {
		t.Errorf("order: m_env %d, z_domain %d, a_cert %d\n%s", env, domain, cert, s)
	}
	if !strings.Contains(s, "PB_SENSITIVE='a_cert'") {
		t.Error("the sensitive variable is not named for the mask")
	}
}
