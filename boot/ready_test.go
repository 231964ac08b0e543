package boot

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// fakeIMDS answers IMDSv2 for one instance: its id, and its Auto Scaling group's tag when group
// is not empty; group "busy" makes that read fail (HTTP 503), as on a host too busy to answer.
func fakeIMDS(t *testing.T, group string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPut && r.URL.Path == "/latest/api/token":
			w.Write([]byte("token"))
		case r.Header.Get("X-aws-ec2-metadata-token") != "token":
			http.Error(w, "no token", http.StatusUnauthorized)
		case r.URL.Path == "/latest/meta-data/instance-id":
			w.Write([]byte("i-0123456789abcdef0"))
		case r.URL.Path == "/latest/meta-data/tags/instance/aws:autoscaling:groupName" && group == "busy":
			http.Error(w, "busy", http.StatusServiceUnavailable)
		case r.URL.Path == "/latest/meta-data/tags/instance/aws:autoscaling:groupName" && group != "":
			w.Write([]byte(group))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// The ready block signals how the boot part ended, once: CONTINUE after a boot part that passed,
// ABANDON after one that failed, nothing when it reboots (it goes on after the reboot) and nothing
// on a later boot; without the group's tag there is no action to complete, and IMDS that does not
// answer is an error, not "no group" (the group would wait out the heartbeat). The commands see
// PARBAKE_BOOT_STATUS. The AWS CLI is the real one, the Auto Scaling API the EC2 box's.
func TestReadySignalsOnce(t *testing.T) {
	cases := []struct {
		name, group string
		statuses    []string // one boot's runner status each, in order
		want        []string // the lifecycle results Auto Scaling receives
		status      string   // what the ready commands saw, last
	}{
		{"passed", "web-asg", []string{"0"}, []string{"CONTINUE"}, "ok"},
		{"failed", "web-asg", []string{"3"}, []string{"ABANDON"}, "failed"},
		{"reboot, then passed", "web-asg", []string{"194", "0"}, []string{"CONTINUE"}, "ok"},
		{"failed, then resumed", "web-asg", []string{"3", "0"}, []string{"ABANDON"}, "failed"},
		{"passed twice", "web-asg", []string{"0", "0"}, []string{"CONTINUE"}, "ok"},
		{"not in a group", "", []string{"0"}, nil, "ok"},
		{"IMDS busy", "busy", []string{"0"}, nil, "ok"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newSSMFixture(t)
			report := filepath.Join(f.dir, "state", "boot-report.json")
			must(t, os.MkdirAll(filepath.Dir(report), 0o755))
			seen := filepath.Join(f.dir, "seen")
			must(t, os.WriteFile(filepath.Join(f.dir, "ready.sh.run"), []byte("echo \"$PARBAKE_BOOT_STATUS\" >"+runner.Quote(seen)+"\n"), 0o700))
			env := append(append([]string{}, f.env...), "PB_IMDS="+fakeIMDS(t, c.group), "PB_AUTOSCALING_ENDPOINT="+f.endpoint(), "PB_REPORT="+report, "PB_IMDS_TRIES=2")
			libs := writeLibs(t)
			for _, st := range c.statuses {
				script := ". " + filepath.Join(libs, "lib.sh") + "\n. " + filepath.Join(libs, "boot.sh") + "\n. " + filepath.Join(libs, "aws.sh") +
					"\n. " + filepath.Join(libs, "ready.sh") + "\npb_ready " + st + " launching"
				out, err := shelltest.Get(t, "dash").Command(env, "-c", script).CombinedOutput()
				if err != nil {
					t.Fatalf("status %s: %v\n%s", st, err, out)
				}
				if c.group == "" && !strings.Contains(string(out), "no aws:autoscaling:groupName tag") {
					t.Errorf("no message about the missing group: %s", out)
				}
				if c.group == "busy" && !strings.Contains(string(out), "could not read this instance's aws:autoscaling:groupName tag from IMDS") {
					t.Errorf("no message about IMDS not answering: %s", out)
				}
			}
			var got []string
			for _, a := range f.box.LifecycleActions() {
				if a.Group != c.group || a.Hook != "launching" || a.InstanceID != "i-0123456789abcdef0" {
					t.Errorf("lifecycle action %+v", a)
				}
				got = append(got, a.Result)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("lifecycle results %v, want %v", got, c.want)
			}
			b, err := os.ReadFile(seen)
			if err != nil || strings.TrimSpace(string(b)) != c.status {
				t.Errorf("the ready commands saw PARBAKE_BOOT_STATUS=%q (%v), want %q", b, err, c.status)
			}
		})
	}
}

// A ready block renders into the runner with its libraries only when the recipe has one; the
// cloud-config format refuses it, naming the block.
func TestReadyRendering(t *testing.T) {
	src := "ready {\n  lifecycle_hook = \"launching\"\n  run = [\"echo ready $PARBAKE_BOOT_STATUS\"]\n}\nstep \"conf\" {\n  phase = \"boot\"\n  run = [\"true\"]\n}\n"
	p := mustPlan(t, src, nil, nil)
	if _, err := Render(p, Options{Format: FormatCloudConfig}); !errors.Is(err, ErrCannotExpress) || !strings.Contains(err.Error(), "r.hcl:1") {
		t.Errorf("cloud-config: %v", err)
	}
	for _, f := range []Format{FormatShell, FormatMIME} {
		if _, err := Render(p, Options{Format: f, AutoscalingEndpoint: "https://autoscaling.eu-west-1.amazonaws.com"}); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if errs := Validate(WithDefaults(Options{AutoscalingEndpoint: "ftp://x"})); len(errs) != 1 || !errors.Is(errs[0], ErrInvalidOption) || !strings.Contains(errs[0].Error(), "autoscaling_endpoint") {
		t.Errorf("a bad autoscaling_endpoint: %v", errs)
	}
}
