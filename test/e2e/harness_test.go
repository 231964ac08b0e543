//go:build e2e

package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBootTrivialCloudConfig(t *testing.T) {
	ud := filepath.Join(t.TempDir(), "user-data")
	if err := os.WriteFile(ud, []byte("#cloud-config\nwrite_files:\n  - path: /etc/booted\n    content: \"booted\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := boot(t, "", ud)
	if b.Err != nil {
		t.Fatalf("boot failed: %v\n%s", b.Err, b.Output)
	}
	var report struct {
		Status string             `json:"status_long"`
		OK     bool               `json:"ok"`
		Stages map[string]float64 `json:"stages"`
	}
	data, err := os.ReadFile(filepath.Join(b.Dir, "boot.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("boot.json: %v\n%s", err, data)
	}
	if !report.OK || !strings.Contains(report.Status, "status: done") || len(report.Stages) != 4 {
		t.Errorf("boot.json = %s", data)
	}
	if _, err := os.Stat(filepath.Join(b.Dir, "upper/etc/booted")); err != nil {
		t.Errorf("cloud-init did not write the file: %v", err)
	}
}

func TestBootFailingScript(t *testing.T) {
	ud := filepath.Join(t.TempDir(), "user-data")
	if err := os.WriteFile(ud, []byte("#!/bin/sh\necho failing on purpose\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	b := boot(t, "", ud)
	if b.Err == nil {
		t.Fatalf("boot passed:\n%s", b.Output)
	}
	if !strings.Contains(b.Output, "status: error") || !strings.Contains(b.Output, "scripts-user") {
		t.Errorf("the failure does not carry cloud-init's error:\n%s", b.Output)
	}
}

func TestIMDSServesIMDSv2Only(t *testing.T) {
	ep := startIMDS(t, "")
	resp, err := http.Get(ep + "/latest/meta-data/instance-id")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("IMDSv1 request answered %d, want 401", resp.StatusCode)
	}
	req, _ := http.NewRequest(http.MethodPut, ep+"/latest/api/token", nil)
	req.Header.Set("X-aws-ec2-metadata-token-ttl-seconds", "60")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	token, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	req, _ = http.NewRequest(http.MethodGet, ep+"/latest/meta-data/instance-id", nil)
	req.Header.Set("X-aws-ec2-metadata-token", string(token))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(string(id), "i-") {
		t.Errorf("instance-id answered %d %q", resp.StatusCode, id)
	}
}
