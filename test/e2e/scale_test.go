//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBootSSMBurstIsRetried boots a recipe reading 12 sensitive ssm: values while SSM throttles
// (the box answers ThrottlingException to the first 10 requests, as a scale-out under way would):
// the values are read in two GetParameters calls, retried, and every one lands byte for byte;
// the boot report shows the retries.
func TestBootSSMBurstIsRetried(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t, "PARBAKE_EC2_SSM_THROTTLE_FIRST=10")
	var recipe strings.Builder
	recipe.WriteString("step \"app\" {\n")
	want := map[string]string{}
	for i := 0; i < 12; i++ {
		value := fmt.Sprintf("secret %d\nline two $HOME '\"\\ ünï\n", i)
		name := fmt.Sprintf("/app/prod/s%02d", i)
		putParameter(t, box, name, "SecureString", value)
		want[fmt.Sprintf("/etc/app/s%02d", i)] = value
		fmt.Fprintf(&recipe, "  file \"/etc/app/s%02d\" {\n    content = var.s%02d\n    mode = \"0600\"\n  }\n", i, i)
	}
	recipe.WriteString("}\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&recipe, "variable \"s%02d\" {\n  boot = true\n  sensitive = true\n  from = \"ssm:/app/prod/s%02d\"\n}\n", i, i)
	}
	dir := recipeProject(t, recipe.String())
	imds := startIMDSWithBoxRole(t, box, "")
	writeTemplate(t, dir, parbakeProvisioner)
	userData := filepath.Join(t.TempDir(), "user-data")
	data := `
data "parbake" "boot" {
  recipe        = "${path.root}/recipe"
  imds_endpoint = "` + imds + `"
  ssm_endpoint  = "` + box.Env["PARBAKE_EC2_SSM_ENDPOINT"] + `"
  ssm_deadline  = "2m"
  output_file   = "` + userData + `"
}
`
	appendTemplate(t, dir, data)
	tg := startTarget(t, "")
	if _, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...); err != nil {
		t.Fatalf("packer build: %v", err)
	}
	stopTarget(t, tg)
	b := boot(t, "", userData, tg.Upper(), baseRoot)
	if b.Err != nil {
		t.Fatalf("boot: %v\n%s", b.Err, b.Output)
	}
	for path, value := range want {
		got, err := os.ReadFile(filepath.Join(b.Dir, "upper", path))
		if err != nil || string(got) != value {
			t.Errorf("%s = %q (%v), want %q", path, got, err, value)
		}
	}
	var report struct {
		Fetches []struct {
			Source                  string
			Values, Calls, Attempts int
			Seconds                 float64
		}
	}
	raw, err := os.ReadFile(filepath.Join(b.Dir, "upper", "var/lib/parbake/boot-report.json"))
	must(t, err)
	must(t, json.Unmarshal(raw, &report))
	if len(report.Fetches) != 1 || report.Fetches[0].Values != 12 || report.Fetches[0].Calls != 2 || report.Fetches[0].Attempts <= 2 {
		t.Errorf("the report's fetches %+v: want 12 values in 2 calls, retried", report.Fetches)
	}
	var reads, throttled int
	for _, c := range box.calls(t) {
		if c["service"] == "ssm" && c["action"] == "GetParameters" {
			reads++
			if c["code"] == "ThrottlingException" {
				throttled++
			}
		}
	}
	t.Logf("GetParameters: %d requests, %d throttled; report %+v", reads, throttled, report.Fetches)
	if throttled != 10 || reads-throttled != 2 {
		t.Errorf("%d GetParameters requests, %d throttled: want 2 that passed after the 10 throttled", reads, throttled)
	}
}

// TestBootS3Values boots a recipe whose boot step writes an S3 object (pinned by sha256) and a
// 40 KB compressible file inlined in the user data: both land byte for byte. The same image
// booted with a recipe pinning another digest fails that step, naming the variable.
func TestBootS3Values(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t)
	chain := strings.Repeat("-----BEGIN CERTIFICATE-----\nMIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAw\n-----END CERTIFICATE-----\n", 500)
	must(t, os.MkdirAll(filepath.Join(box.Env["PARBAKE_EC2_S3_ROOT"], "certs", "web"), 0o755))
	must(t, os.WriteFile(filepath.Join(box.Env["PARBAKE_EC2_S3_ROOT"], "certs", "web", "chain.pem"), []byte(chain), 0o644))
	sum := sha256.Sum256([]byte(chain))
	config := strings.Repeat("location /static { root /srv/www; expires 7d; add_header X-Served-By parbake; }\n", 500)
	recipe := func(pin string) string {
		return `
variable "chain" {
  boot      = true
  sensitive = true
  from      = "s3://certs/web/chain.pem"
  sha256    = "` + pin + `"
}
step "tls" {
  phase = "boot"
  file "/etc/ssl/chain.pem" {
    content = var.chain
    mode    = "0640"
  }
  file "/etc/nginx/big.conf" {
    source = "big.conf"
  }
}
`
	}
	dir := recipeProject(t, recipe(hex.EncodeToString(sum[:])))
	must(t, os.WriteFile(filepath.Join(dir, "recipe", "big.conf"), []byte(config), 0o644))
	bad := filepath.Join(dir, "bad")
	must(t, os.MkdirAll(bad, 0o755))
	must(t, os.WriteFile(filepath.Join(bad, "r.hcl"), []byte(recipe(strings.Repeat("0", 64))), 0o644))
	must(t, os.WriteFile(filepath.Join(bad, "big.conf"), []byte(config), 0o644))
	imds := startIMDSWithBoxRole(t, box, "")
	writeTemplate(t, dir, parbakeProvisioner)
	good, wrong := filepath.Join(t.TempDir(), "good"), filepath.Join(t.TempDir(), "wrong")
	var data strings.Builder
	for name, c := range map[string][2]string{"good": {"${path.root}/recipe", good}, "wrong": {"${path.root}/bad", wrong}} {
		fmt.Fprintf(&data, "data \"parbake\" %q {\n  recipe = %q\n  imds_endpoint = %q\n  s3_endpoint = %q\n  output_file = %q\n}\n",
			name, c[0], imds, box.Env["PARBAKE_EC2_S3_ENDPOINT"], c[1])
	}
	appendTemplate(t, dir, data.String())
	tg := startTarget(t, "")
	if _, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...); err != nil {
		t.Fatalf("packer build: %v", err)
	}
	stopTarget(t, tg)
	if st, _ := os.Stat(good); st == nil || st.Size() > 16384 {
		t.Fatalf("the user data with a 40 KB file: %v", st)
	}
	b := boot(t, "", good, tg.Upper(), baseRoot)
	if b.Err != nil {
		t.Fatalf("boot: %v\n%s", b.Err, b.Output)
	}
	for path, want := range map[string]string{"etc/ssl/chain.pem": chain, "etc/nginx/big.conf": config} {
		got, err := os.ReadFile(filepath.Join(b.Dir, "upper", path))
		if err != nil || string(got) != want {
			t.Errorf("/%s: %d bytes (%v), want %d byte for byte", path, len(got), err, len(want))
		}
	}
	if st, err := os.Stat(filepath.Join(b.Dir, "upper", "etc/ssl/chain.pem")); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("chain.pem's mode: %v %v", st, err)
	}
	w := boot(t, "", wrong, tg.Upper(), baseRoot)
	if w.Err == nil {
		t.Fatal("a boot whose S3 object has another digest passed")
	}
	log, _ := os.ReadFile(filepath.Join(w.Dir, "upper", "var/log/parbake-boot.log"))
	if !strings.Contains(string(log), "variable chain from s3://certs/web/chain.pem has sha256 "+hex.EncodeToString(sum[:])+", not the "+strings.Repeat("0", 64)) {
		t.Errorf("the failed boot's log does not name the variable and the digests:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(w.Dir, "upper", "etc/ssl/chain.pem")); err == nil {
		t.Error("the refused object was written")
	}
}
