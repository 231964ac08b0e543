//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBootSecretsStaySecret bakes a recipe that reads a per-domain TLS key from SSM (through the
// real AWS CLI, which the plan installs, with the instance role's credentials from the metadata
// mock) and a sensitive value from IMDS, then boots it. A step echoes both: neither appears in
// the boot log, cloud-init's output, the console or the user data, and the files written from
// them are byte for byte the values, with their modes.
func TestBootSecretsStaySecret(t *testing.T) { forEachSuite(t, bootSecretsStaySecret) }

func bootSecretsStaySecret(t *testing.T) {
	const tlsKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC$x'\"\\y\nünïcødé+/=\n-----END PRIVATE KEY-----\n"
	const tagSecret = "s3cr3t-t4g.value*[x]"
	// SSM is the EC2 box's; the instance role's credentials in the metadata mock are the box's.
	box := startEC2Box(t)
	putParameter(t, box, "/certs/shop.example.com", "SecureString", tlsKey)
	imds := startIMDSWithBoxRole(t, box, `
  "tags-instance-name": "shop.example.com",
  "tags-instance-test": "`+tagSecret+`",`)
	dir := recipeProject(t, `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "tls_key" {
  boot      = true
  sensitive = true
  from      = "ssm:/certs/${var.domain}"
}
variable "region" {
  boot = true
  from = "file:/etc/app/region"
}
variable "tag_secret" {
  boot      = true
  sensitive = true
  from      = "imds:tags/instance/Test"
}
step "site" {
  file "/etc/site/key.pem" {
    content = var.tls_key
    mode    = "0600"
  }
  file "/etc/site/tag" {
    content = var.tag_secret
    mode    = "0640"
  }
  file "/etc/site/region" {
    content = var.region
  }
  run = ["echo the key is ${var.tls_key}", "echo the tag is ${var.tag_secret} for ${var.domain}"]
}
`)
	writeTemplate(t, dir, parbakeProvisioner)
	userData := filepath.Join(t.TempDir(), "user-data")
	data := `
data "parbake" "boot" {
  recipe        = "${path.root}/recipe"
  imds_endpoint = "` + imds + `"
  ssm_endpoint  = "` + box.Env["PARBAKE_EC2_SSM_ENDPOINT"] + `"
  output_file   = "` + userData + `"
}
`
	appendTemplate(t, dir, data)
	tg := startTarget(t, "")
	out, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...)
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	for _, want := range []string{"awscli  bake", "[1/1] awscli ok", "site    boot"} {
		if !strings.Contains(out, want) {
			t.Errorf("build output lacks %q: the AWS CLI step is not planned and baked", want)
		}
	}
	stopTarget(t, tg)

	// Another tool (here: a layer of the image) leaves a value in a file for file:.
	layer := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(layer, "etc/app"), 0o755))
	must(t, os.WriteFile(filepath.Join(layer, "etc/app/region"), []byte("eu-west-1\n\n"), 0o644))
	b := boot(t, "", userData, layer, tg.Upper(), baseRoot)
	if b.Err != nil {
		t.Fatalf("boot: %v\n%s", b.Err, b.Output)
	}
	for path, want := range map[string]struct {
		content string
		mode    os.FileMode
	}{"etc/site/key.pem": {tlsKey, 0o600}, "etc/site/tag": {tagSecret, 0o640}, "etc/site/region": {"eu-west-1\n\n", 0o644}} {
		got, err := os.ReadFile(filepath.Join(b.Dir, "upper", path))
		if err != nil || string(got) != want.content {
			t.Errorf("%s: %q, %v; want %q", path, got, err, want.content)
		}
		if st, err := os.Stat(filepath.Join(b.Dir, "upper", path)); err != nil || st.Mode().Perm() != want.mode {
			t.Errorf("%s: mode %v, %v; want %v", path, st.Mode().Perm(), err, want.mode)
		}
	}
	places := map[string]string{
		"the boot log":           filepath.Join(b.Dir, "upper/var/log/parbake-boot.log"),
		"cloud-init's output":    filepath.Join(b.Dir, "upper/var/log/cloud-init-output.log"),
		"the console":            filepath.Join(b.Dir, "console.log"),
		"the user data":          userData,
		"cloud-init's user data": filepath.Join(b.Dir, "upper/var/lib/cloud/instance/user-data.txt"),
	}
	secrets := append(strings.Split(strings.TrimSpace(tlsKey), "\n"), tagSecret)
	for place, path := range places {
		text, err := os.ReadFile(path)
		if err != nil {
			if place == "cloud-init's user data" {
				continue
			}
			t.Errorf("%s: %v", place, err)
			continue
		}
		for _, s := range secrets {
			if strings.Contains(string(text), s) {
				t.Errorf("%s holds the secret line %q", place, s)
			}
		}
	}
	log, _ := os.ReadFile(places["the boot log"])
	if !strings.Contains(string(log), "the key is <sensitive>") || !strings.Contains(string(log), "the tag is <sensitive> for shop.example.com") {
		t.Errorf("the boot log does not show the masked lines:\n%s", log)
	}
	var reads []map[string]any
	for _, c := range box.calls(t) {
		if c["service"] == "ssm" && c["action"] != "PutParameter" {
			reads = append(reads, c)
		}
	}
	if len(reads) == 0 {
		t.Fatal("SSM was never asked")
	}
	a := reads[0]
	if a["action"] != "GetParameters" || fmt.Sprint(a["parameters"]) != "[/certs/shop.example.com]" || a["with_decryption"] != true ||
		a["access_key"] != box.Env["AWS_ACCESS_KEY_ID"] || a["status"] != float64(200) {
		t.Errorf("SSM was asked %v; want GetParameters of the per-domain name, decrypted, signed with the instance role", a)
	}
}
