//go:build e2e

package e2e

import (
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
	imds := startIMDS(t, `{"metadata": {"values": {
  "iam-security-credentials": {"Code": "Success", "LastUpdated": "2026-01-01T00:00:00Z", "Type": "AWS-HMAC",
    "AccessKeyId": "`+box.Env["AWS_ACCESS_KEY_ID"]+`", "SecretAccessKey": "`+box.Env["AWS_SECRET_ACCESS_KEY"]+`", "Token": "token", "Expiration": "2099-01-01T00:00:00Z"}}}}`)
	writeTemplate(t, dir, parbakeProvisioner)
	userData := filepath.Join(t.TempDir(), "user-data")
	tmpl, err := os.ReadFile(filepath.Join(dir, "t.pkr.hcl"))
	must(t, err)
	data := `
data "parbake" "boot" {
  recipe        = "${path.root}/recipe"
  imds_endpoint = "` + imds + `"
  ssm_endpoint  = "` + box.Env["PARBAKE_EC2_SSM_ENDPOINT"] + `"
  ssm_deadline  = "2m"
  output_file   = "` + userData + `"
}
`
	must(t, os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), append(tmpl, []byte(data)...), 0o644))
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
