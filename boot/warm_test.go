package boot

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// targetIMDS is a stand-in metadata server whose autoscaling/target-lifecycle-state answers
// states in turn (the last one from then on); no states: the path is missing, as outside a group.
func targetIMDS(t *testing.T, states ...string) string {
	t.Helper()
	var reads atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPut && r.URL.Path == "/latest/api/token":
			fmt.Fprint(w, "tok")
		case r.Header.Get("X-aws-ec2-metadata-token") != "tok":
			http.Error(w, "", http.StatusUnauthorized)
		case r.URL.Path == "/latest/meta-data/autoscaling/target-lifecycle-state" && len(states) > 0:
			n := int(reads.Add(1)) - 1
			fmt.Fprint(w, states[min(n, len(states)-1)])
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// busyIMDS is a metadata server that fails (HTTP 503) failures reads of the target lifecycle
// state before it answers state, and again for the next reader (shelltest runs each shell in
// turn); every read when failures < 0: a busy host.
func busyIMDS(t *testing.T, failures int, state string) string {
	t.Helper()
	var reads atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPut:
			fmt.Fprint(w, "tok")
		case failures < 0 || int(reads.Add(1))%(failures+1) != 0:
			http.Error(w, "busy", http.StatusServiceUnavailable)
		default:
			fmt.Fprint(w, state)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// runWarmLib runs script with the boot libraries and warm.sh sourced, under every shell.
func runWarmLib(t *testing.T, script string, env ...string) (string, error) {
	t.Helper()
	dir := writeLibs(t)
	src := ""
	for _, l := range []string{"lib.sh", "boot.sh", "warm.sh"} {
		src += ". " + filepath.Join(dir, l) + "\n"
	}
	return shelltest.Agree(t, env, "", "-c", src+script)
}

// Each start of a warm-pool instance runs its part by its target lifecycle state: warm while it
// warms, service once it goes in service after a warm-up, both (direct) when it was launched
// straight into service or outside a group.
func TestLifecyclePart(t *testing.T) {
	cases := []struct {
		name   string
		states []string
		warmed bool
		want   string
	}{
		{"warming to a stopped pool", []string{"Warmed:Stopped"}, false, "warm"},
		{"warming to a running pool", []string{"Warmed:Running"}, false, "warm"},
		{"in service after a warm-up", []string{"InService"}, true, "service"},
		{"launched straight into service", []string{"InService"}, false, "direct"},
		{"not in a group", nil, false, "direct"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			state := t.TempDir()
			if c.warmed {
				must(t, os.WriteFile(filepath.Join(state, "warmed"), []byte("Warmed:Stopped\n"), 0o644))
			}
			out, err := runWarmLib(t, "pb_lifecycle_part", "PB_IMDS="+targetIMDS(t, c.states...), "PB_STATE="+state)
			if err != nil || strings.TrimSpace(out) != c.want {
				t.Errorf("part %q (%v), want %q", out, err, c.want)
			}
		})
	}
}

// IMDS that does not answer is not "outside a group": a warming instance that guessed "direct"
// would start its services. A read that fails is retried; one that keeps failing fails the part.
func TestLifecyclePartWhenIMDSIsBusy(t *testing.T) {
	out, err := runWarmLib(t, "pb_lifecycle_part", "PB_IMDS="+busyIMDS(t, 2, "Warmed:Stopped"), "PB_STATE="+t.TempDir(), "PB_IMDS_TRIES=3")
	if err != nil || strings.TrimSpace(out) != "warm" {
		t.Errorf("after two failed reads: part %q (%v), want warm", out, err)
	}
	out, err = runWarmLib(t, "pb_lifecycle_part || echo failed $?", "PB_IMDS="+busyIMDS(t, -1, ""), "PB_STATE="+t.TempDir(), "PB_IMDS_TRIES=2")
	if err != nil || !strings.Contains(out, "could not read autoscaling/target-lifecycle-state") || !strings.HasSuffix(strings.TrimSpace(out), "failed 2") {
		t.Errorf("IMDS never answering: %q (%v), want the part to fail with 2, saying why", out, err)
	}
	out, err = runWarmLib(t, "pb_wait_in_service && echo in service", "PB_WAIT_INTERVAL=0", "PB_IMDS_TRIES=1", "PB_IMDS="+busyIMDS(t, 3, "InService"))
	if err != nil || strings.TrimSpace(out) != "in service" {
		t.Errorf("the waiter through a busy IMDS: %q (%v), want it to keep waiting", out, err)
	}
}

// The waiter of a running pool returns once the instance goes in service, polling at its
// interval.
func TestWaitInService(t *testing.T) {
	out, err := runWarmLib(t, "pb_wait_in_service && echo in service", "PB_WAIT_INTERVAL=0",
		"PB_IMDS="+targetIMDS(t, "Warmed:Running", "Warmed:Running", "Warmed:Pending:Wait", "InService"))
	if err != nil || strings.TrimSpace(out) != "in service" {
		t.Errorf("got %q, %v", out, err)
	}
}

// While an instance warms, nothing serves: a step's start or restart is held, said, and done at
// service entry, once per service.
func TestServicesWaitForServiceEntry(t *testing.T) {
	state := t.TempDir()
	env := []string{"PB_STATE=" + state, "PB_ROOT=" + t.TempDir()} // no systemd under PB_ROOT
	out, err := runWarmLib(t, "rm -f \"$PB_STATE/held-services\" && PB_PART=warm pb_start nginx && PB_PART=warm pb_restart nginx restart && PB_PART=warm pb_restart cron reload && cat \"$PB_STATE/held-services\"", env...)
	if err != nil || !strings.Contains(out, "parbake: nginx waits for service entry") || !strings.Contains(out, "nginx\nnginx\ncron") {
		t.Fatalf("warming: %q, %v", out, err)
	}
	must(t, os.WriteFile(filepath.Join(state, "held-services"), []byte("nginx\nnginx\ncron\n"), 0o644))
	libs := writeLibs(t)
	raw, err := shelltest.Get(t, "dash").Command(env, "-c", ". "+filepath.Join(libs, "lib.sh")+"\n. "+filepath.Join(libs, "warm.sh")+"\nPB_PART=service pb_held_start").CombinedOutput()
	out = string(raw)
	if err != nil || !strings.Contains(out, "starting the services that waited for service entry: cron nginx") ||
		strings.Count(out, "picks up its configuration with the next boot") != 2 {
		t.Errorf("service entry: %s, %v", out, err)
	}
	if _, err := os.Stat(filepath.Join(state, "held-services")); !os.IsNotExist(err) {
		t.Errorf("the held list is still there: %v", err)
	}
}

// At service entry after a warm-up, the report holds each phase's steps as they ran: the warm
// steps with their seconds from the warm-up, the boot steps from now, and the path taken.
func TestReportAfterWarmUp(t *testing.T) {
	dir, state := t.TempDir(), t.TempDir()
	report := filepath.Join(t.TempDir(), "boot-report.json")
	must(t, os.WriteFile(filepath.Join(state, "warm.record"), []byte("1 site sha256:aaaa warm ok 0 1.500\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(state, "warm.record.checks"), []byte("1 site 1 ok 0 0.010 test -f /etc/site\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "record"), []byte("1 site sha256:aaaa warm skipped 0 0\n2 token sha256:bbbb boot ok 0 0.250\n"), 0o644))
	env := []string{"PB_DIR=" + dir, "PB_STATE=" + state, "PB_REPORT=" + report, "PB_PART=service", "PB_RECIPE=web", "PB_DIGEST=sha256:cc"}
	out, err := runWarmLib(t, "pb_report 0", env...)
	if err != nil || !strings.Contains(out, "parbake-boot: ok digest=sha256:cc total=1.750s site:aaaa=1.500s token:bbbb=0.250s") {
		t.Fatalf("summary %q, %v", out, err)
	}
	data, err := os.ReadFile(report)
	must(t, err)
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if r.Lifecycle != "service" || len(r.Steps) != 2 || r.Steps[0].Phase != "warm" || r.Steps[0].Status != "ok" || r.Steps[0].DurationSeconds != 1.5 ||
		r.Steps[1].Phase != "boot" || len(r.Checks) != 1 || r.Checks[0].Step != "site" {
		t.Errorf("report %s", data)
	}
}

// A warm pool is refused where it cannot work: without a launching hook the group stops a
// warming instance whatever its warm part is doing; cloud-config runs once, at the first start.
func TestWarmPoolRefusals(t *testing.T) {
	noHook := strings.Replace(warmRecipe, "ready {\n  lifecycle_hook = \"web-launching\"\n}\n", "", 1)
	cases := []struct {
		name, src string
		format    Format
		is        error
		want      string
	}{
		{"no lifecycle hook", noHook, FormatShell, ErrWarmPoolHook, "add ready { lifecycle_hook"},
		{"cloud-config", warmRecipe, FormatCloudConfig, ErrCannotExpress, "cloud-init runs cloud-config once"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Render(mustPlan(t, c.src, nil, nil), Options{Format: c.format})
			if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "r.hcl:12:3:") {
				t.Errorf("error %v, want %q at the warm_pool block", err, c.want)
			}
		})
	}
}

// With a warm pool, a service the recipe enables waits for the in-service flag: systemd starts
// it on no boot before the runner writes the flag at service entry.
func TestEnabledServicesWaitForTheFlag(t *testing.T) {
	root, bin := t.TempDir(), t.TempDir()
	for _, tool := range []string{"mkdir", "rm", "cat", "sort", "tr"} { // and no systemctl
		path, err := exec.LookPath(tool)
		must(t, err)
		must(t, os.Symlink(path, filepath.Join(bin, tool)))
	}
	env := []string{"PB_ROOT=" + root, "PB_HOLD_UNTIL=/var/lib/parbake/in-service", "PATH=" + bin}
	out, err := runWarmLib(t, "pb_enable nginx; pb_enable cron.service; pb_in_service", env...)
	if err != nil {
		t.Logf("(no systemctl: %v)", err)
	}
	if !strings.Contains(out, "systemctl not found") {
		t.Errorf("enable without systemctl: %q, %v", out, err)
	}
	for _, unit := range []string{"nginx.service", "cron.service"} {
		b, err := os.ReadFile(filepath.Join(root, "etc/systemd/system", unit+".d", "parbake-in-service.conf"))
		if err != nil || !strings.Contains(string(b), "ConditionPathExists=/var/lib/parbake/in-service\n") {
			t.Errorf("%s's drop-in: %q, %v", unit, b, err)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "var/lib/parbake/in-service")); err != nil {
		t.Errorf("service entry wrote no flag: %v", err)
	}
}

// With a warm pool, a service a package enabled during the bake (not declared by the recipe) is
// held like the recipe's own; services enabled before the bake, and those already held, are
// left as they are.
func TestPackageEnabledServicesAreHeld(t *testing.T) {
	libs := writeLibs(t)
	src := ". " + filepath.Join(libs, "lib.sh") + "\n"
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		root := t.TempDir()
		wants := filepath.Join(root, "etc/systemd/system/multi-user.target.wants")
		must(t, os.MkdirAll(wants, 0o755))
		link := func(unit string) { must(t, os.Symlink("/usr/lib/systemd/system/"+unit, filepath.Join(wants, unit))) }
		run := func(script string, env ...string) string {
			out, err := sh.Command(append(env, "PATH="+os.Getenv("PATH")), "-c", src+script).CombinedOutput()
			if err != nil {
				t.Fatalf("%s: %v\n%s", script, err, out)
			}
			return strings.TrimSpace(string(out))
		}
		link("ssh.service")
		before := filepath.Join(t.TempDir(), "before")
		run("pb_enabled_services >"+before, "PB_ROOT="+root)
		link("nginx.service")
		link("remote-fs.target") // not a service
		dropIn := func(unit string) string {
			b, _ := os.ReadFile(filepath.Join(root, "etc/systemd/system", unit+".d", "parbake-in-service.conf"))
			return string(b)
		}
		// Without a warm pool nothing is held.
		if out := run("pb_hold_new_services "+before, "PB_ROOT="+root); out != "" || dropIn("nginx.service") != "" {
			t.Errorf("without a pool: %q", out)
		}
		out := run("pb_hold_new_services "+before, "PB_ROOT="+root, "PB_HOLD_UNTIL=/var/lib/parbake/in-service")
		if out != "parbake: nginx.service, enabled by a package, waits for service entry on a warm-pool instance" {
			t.Errorf("holding: %q", out)
		}
		if !strings.Contains(dropIn("nginx.service"), "ConditionPathExists=/var/lib/parbake/in-service") || dropIn("ssh.service") != "" || dropIn("remote-fs.target") != "" {
			t.Errorf("drop-ins: nginx %q, ssh %q, remote-fs %q", dropIn("nginx.service"), dropIn("ssh.service"), dropIn("remote-fs.target"))
		}
		if out := run("pb_hold_new_services "+before, "PB_ROOT="+root, "PB_HOLD_UNTIL=/var/lib/parbake/in-service"); out != "" {
			t.Errorf("a held service was held again: %q", out)
		}
	})
}
