package boot

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"math/rand"
	"mime"
	"mime/multipart"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/plan"
)

func mustPlan(t *testing.T, src string, files map[string]string, values map[string]string) *plan.Plan {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web") // the recipe's name comes from its directory
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "r.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := plan.FromPath(dir, plan.Inputs{Values: values})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const webRecipe = `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "greeting" {
  boot = true
}
step "pkg" {
  phase    = "bake"
  packages = ["nginx"]
}
step "site" {
  after = ["pkg"]
  file "/etc/site" {
    content = "server_name ${var.domain};\n${var.greeting}\n"
  }
  service "nginx" {
    start = true
  }
}
`

func TestRenderIsDeterministic(t *testing.T) {
	for _, f := range []Format{FormatMIME, FormatShell} {
		p := mustPlan(t, webRecipe, nil, nil)
		o := Options{Format: f, Values: map[string]string{"greeting": "hi"}, Parts: []Part{{ContentType: "text/cloud-config", Content: "#cloud-config\n{}\n"}}}
		if f != FormatMIME {
			o.Parts = nil
		}
		a, err := Render(p, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Render(mustPlan(t, webRecipe, nil, nil), o)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.UserData, b.UserData) {
			t.Errorf("%s: two renders differ", f)
		}
	}
}

func TestShellRunnerContents(t *testing.T) {
	p := mustPlan(t, webRecipe, nil, nil)
	res, err := Render(p, Options{Format: FormatShell, Values: map[string]string{"greeting": "it's me"}, IMDSEndpoint: "http://127.0.0.1:1234"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(res.UserData)
	for _, want := range []string{
		"#!/bin/sh\n", "set -eu", "pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'", `pb_set 'greeting' 'it'\''s me'`, "pb_load 'domain'",
		"pb_guard '" + p.BakeDigest + "' 'error'", "pb_run_step 1 1 'site'", "PB_IMDS='http://127.0.0.1:1234'",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("runner lacks %q", want)
		}
	}
	if strings.Contains(s, "'pkg'") {
		t.Error("a baked step is in the residual user data")
	}
}

func TestBootAllCarriesEveryStep(t *testing.T) {
	p := mustPlan(t, webRecipe, nil, nil)
	res, err := Render(p, Options{Format: FormatShell, Values: map[string]string{"greeting": "x"}, OnMismatch: MismatchBootAll})
	if err != nil {
		t.Fatal(err)
	}
	s := string(res.UserData)
	if !strings.Contains(s, "if [ \"${PB_RUN_ALL:-0}\" = 1 ]; then pb_run_step 1 2 'pkg'") || !strings.Contains(s, " never bake; fi\n") || !strings.Contains(s, "'boot-all'") {
		t.Errorf("boot-all runner:\n%s", s)
	}
}

func TestVariableErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"boot value missing", webRecipe, "no value for boot variable greeting"},
		{"sensitive value would be inlined", `
variable "token" {
  sensitive = true
  default   = "hunter2"
}
step "a" {
  phase = "boot"
  run   = ["echo ${var.token}"]
}`, `r.hcl:8:20: variable "token" is sensitive, so its value may not be written into user data`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Render(mustPlan(t, tt.src, nil, nil), Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "hunter2") {
				t.Error("the sensitive value is in the error")
			}
		})
	}
}

func TestMIMEParts(t *testing.T) {
	p := mustPlan(t, webRecipe, nil, nil)
	extra := []Part{
		{ContentType: "text/cloud-config", Content: "#cloud-config\nruncmd: [\"echo ünïcødé\"]\n"},
		{ContentType: "application/node.eks.aws", Content: "apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\n"},
	}
	res, err := Render(p, Options{Values: map[string]string{"greeting": "x"}, Parts: extra})
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := bytes.Cut(res.UserData, []byte("\r\n\r\n"))
	_, params, err := mime.ParseMediaType(strings.TrimPrefix(strings.SplitN(string(head), "\r\n", 2)[0], "Content-Type: "))
	if err != nil {
		t.Fatal(err)
	}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var types, contents []string
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(part)
		if part.Header.Get("Content-Transfer-Encoding") == "base64" {
			data, _ = base64.StdEncoding.DecodeString(strings.ReplaceAll(string(data), "\r\n", ""))
		}
		types = append(types, part.Header.Get("Content-Type"))
		contents = append(contents, string(data))
	}
	if len(types) != 3 || !strings.HasPrefix(types[0], "text/x-shellscript") || types[2] != "application/node.eks.aws" {
		t.Fatalf("parts %v", types)
	}
	if contents[1] != extra[0].Content {
		t.Errorf("non-ASCII part did not survive: %q", contents[1])
	}
	if !strings.HasPrefix(contents[0], "#!/bin/sh\n") {
		t.Errorf("first part is not the runner: %.40q", contents[0])
	}
}

func TestGzipAndBudget(t *testing.T) {
	// The runner embeds its bundle gzipped and base64-encoded, so only incompressible data makes
	// user data large, and gzip then wins back roughly the base64 overhead.
	rng := rand.New(rand.NewSource(1))
	noise := func(n int) string {
		b := make([]byte, n)
		rng.Read(b)
		return string(b)
	}
	src := func() string {
		return `step "big" {
  phase = "boot"
  file "/etc/big" {
    source = "big.txt"
  }
}
step "small" {
  phase = "boot"
  run = ["true"]
}`
	}
	tests := []struct {
		name     string
		content  string
		gz       string
		wantGzip bool
		wantErr  bool
	}{
		{"small stays raw", "x", GzipAuto, false, false},
		{"gzip forced", "x", GzipTrue, true, false},
		{"large is gzipped automatically", noise(5000), GzipAuto, true, false}, // the runner takes the rest (about 11 KB gzipped)
		{"large without gzip is refused", noise(9000), GzipFalse, false, true},
		{"too large even gzipped", noise(12000), GzipAuto, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPlan(t, src(), map[string]string{"big.txt": tt.content}, nil)
			res, err := Render(p, Options{Gzip: tt.gz})
			if tt.wantErr {
				if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big (") || !strings.Contains(err.Error(), "bake the heaviest steps") {
					t.Errorf("error %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Gzipped != tt.wantGzip || len(res.UserData) > MaxUserData {
				t.Errorf("gzipped %v, %d bytes", res.Gzipped, len(res.UserData))
			}
			if res.Gzipped {
				zr, err := gzip.NewReader(bytes.NewReader(res.UserData))
				if err != nil {
					t.Fatal(err)
				}
				raw, _ := io.ReadAll(zr)
				if !bytes.Contains(raw, []byte("Content-Type: multipart/mixed")) {
					t.Error("gzipped content is not the MIME message")
				}
			}
		})
	}
}

// cloudConfigScript is the runcmd script of cloud-config user data.
func cloudConfigScript(t *testing.T, userData []byte) string {
	t.Helper()
	var doc struct {
		Runcmd []string `json:"runcmd"`
	}
	body, _ := strings.CutPrefix(string(userData), "#cloud-config\n")
	if err := json.Unmarshal([]byte(body), &doc); err != nil || len(doc.Runcmd) != 1 {
		t.Fatalf("runcmd of %s: %v", userData, err)
	}
	return doc.Runcmd[0]
}

// In cloud-config too, a baked service is restarted after the last boot step that configures it,
// and a baked one no boot step configures is started at the end.
func TestCloudConfigServices(t *testing.T) {
	src := `
step "web" {
  phase = "bake"
  service "nginx" {
    start   = true
    on_boot = "reload"
  }
  service "cron" {
    start = true
  }
}
step "other" {
  phase = "bake"
}
step "site" {
  phase = "boot"
  after = ["web"]
  run   = ["true"]
}`
	res, err := Render(mustPlan(t, src, nil, nil), Options{Format: FormatCloudConfig})
	if err != nil {
		t.Fatal(err)
	}
	ud := bundledText(t, cloudConfigScript(t, res.UserData))
	if !strings.Contains(ud, `pb_restart 'nginx' reload`) || !strings.Contains(ud, `pb_restart 'cron' restart`) {
		t.Errorf("the services configured by site are not reloaded or restarted after it:\n%s", ud)
	}
	res, err = Render(mustPlan(t, strings.Replace(src, `after = ["web"]`, `after = ["other"]`, 1), nil, nil), Options{Format: FormatCloudConfig})
	if err != nil {
		t.Fatal(err)
	}
	if ud := bundledText(t, cloudConfigScript(t, res.UserData)); !strings.Contains(ud, "pb_start 'nginx'") || strings.Contains(ud, "pb_restart 'nginx'") {
		t.Errorf("baked services no boot step configures are not started at the end:\n%s", ud)
	}
}

func TestCloudConfig(t *testing.T) {
	res, err := Render(mustPlan(t, cloudConfigRecipe, nil, nil), Options{Format: FormatCloudConfig})
	if err != nil {
		t.Fatal(err)
	}
	body, found := strings.CutPrefix(string(res.UserData), "#cloud-config\n")
	if !found {
		t.Fatalf("no #cloud-config header: %q", res.UserData)
	}
	var doc struct {
		WriteFiles []map[string]string `json:"write_files"`
		Packages   []string            `json:"packages"`
		Runcmd     []string            `json:"runcmd"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	steps := bundledText(t, doc.Runcmd[0])
	if len(doc.WriteFiles) != 1 || doc.WriteFiles[0]["permissions"] != "0600" || doc.Packages[0] != "jq" ||
		!strings.Contains(steps, "pb_c='jq --version'") || !strings.Contains(steps, "pb_start 'cron'") ||
		regexp.MustCompile(`(?m)^pb_(packages|files) `).MatchString(steps) {
		t.Errorf("cloud-config %s", body)
	}

	bad := []struct {
		name, src, want string
	}{
		{"boot variable", "variable \"d\" {\n  boot = true\n}\nstep \"a\" {\n  run = [\"echo ${var.d}\"]\n}", "uses boot variables (d)"},
		{"reboot", "step \"a\" {\n  phase = \"boot\"\n  reboot = \"always\"\n}", "cannot reboot in the middle of the boot part"},
		{"files after packages", "step \"a\" {\n  phase = \"boot\"\n  packages = [\"x\"]\n}\nstep \"b\" {\n  phase = \"boot\"\n  after = [\"a\"]\n  file \"/x\" {\n    content = \"\"\n  }\n}", "before an earlier step's packages"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Render(mustPlan(t, tt.src, nil, map[string]string{}), Options{Format: FormatCloudConfig, Values: map[string]string{"d": "x"}})
			if !errors.Is(err, ErrCannotExpress) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}
