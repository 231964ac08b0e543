package ec2box

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The real AWS CLI completes a lifecycle action against the box, as an instance's boot part does.
func TestCompleteLifecycleAction(t *testing.T) {
	const cli = "/usr/bin/aws"
	if _, err := os.Stat(cli); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: scripts/setup.sh installs it", cli)
		}
		t.Skipf("%s is missing: run scripts/setup.sh", cli)
	}
	b := New(Config{Region: "eu-west-1", AccessKey: "AKIDASG", SecretKey: "asg-secret"})
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	run := func(args ...string) (string, error) {
		cmd := exec.Command(cli, append([]string{"--endpoint-url", srv.URL, "autoscaling", "complete-lifecycle-action"}, args...)...)
		cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + t.TempDir(), "AWS_ACCESS_KEY_ID=AKIDASG", "AWS_SECRET_ACCESS_KEY=asg-secret",
			"AWS_REGION=eu-west-1", "AWS_EC2_METADATA_DISABLED=true", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run("--lifecycle-hook-name", "launching", "--auto-scaling-group-name", "web-asg",
		"--lifecycle-action-result", "CONTINUE", "--instance-id", "i-0123456789abcdef0"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	out, err := run("--lifecycle-hook-name", "launching", "--auto-scaling-group-name", "web-asg",
		"--lifecycle-action-result", "MAYBE", "--instance-id", "i-0123456789abcdef0")
	if err == nil || !strings.Contains(out, "ValidationError") {
		t.Errorf("an invalid result: %v\n%s", err, out)
	}
	got := b.LifecycleActions()
	want := LifecycleAction{Group: "web-asg", Hook: "launching", InstanceID: "i-0123456789abcdef0", Result: "CONTINUE"}
	if len(got) != 1 || got[0] != want {
		t.Errorf("lifecycle actions %+v, want [%+v]", got, want)
	}
}
