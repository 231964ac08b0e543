//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// warmRecipe has the three phases: a baked web server that the recipe enables, a warm step that
// needs the instance's identity (its own name in the site, a certificate for it, and proof of
// what served while it warmed), and a boot step with a fresh value, read at service entry.
const warmRecipe = `
variable "name" {
  boot = true
  from = "imds:instance-id"
}
variable "role" {
  boot = true
  from = "imds:tags/instance/Role"
}
variable "note" {
  boot = true
  from = "ssm:/web/note"
}
policy {
  warm_pool {
    state = "Stopped"
  }
}
ready {
  lifecycle_hook = "web-launching"
}
step "web" {
  phase    = "bake"
  packages = ["awscli", "nginx-light", "openssl"]
  service "nginx" {
    enable = true
    start  = true
  }
}
step "identity" {
  after = ["web"]
  file "/etc/nginx/sites-enabled/default" {
    content = "server {\n  listen 80 default_server;\n  location = /whoami { default_type text/plain; return 200 \"${var.name}\\n\"; }\n  location = /note { default_type text/plain; alias /var/www/note; }\n}\n"
  }
  run = [
    "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=${var.name} -keyout /etc/ssl/private/site.key -out /etc/ssl/certs/site.pem 2>/dev/null",
    "date +%s >/var/lib/warmed-at",
    "systemctl is-active nginx >/var/lib/nginx-while-warming || true",
  ]
  check = ["test ${var.role} = web"]
}
step "note" {
  after = ["identity"]
  file "/var/www/note" {
    content = var.note
  }
  check = ["curl -fsS http://127.0.0.1/whoami"]
}
`

// TestWarmPoolScaleOut: the example of a three-phase plan behind a group with a Stopped warm pool
// of 2 and a launching hook. The warm instances run their warm steps while warming (nothing
// serves then), the scale-out runs only the boot steps and the service answers with the
// instance's own name and the fresh value; a launch outside the group runs both parts in one
// boot; a warm step that fails abandons its instance; a Running pool's instance waits for service
// entry without a reboot.
func TestWarmPoolScaleOut(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t, "PARBAKE_EC2_LAUNCH_DELAY=2s")
	dir := recipeProject(t, warmRecipe)
	box.bakeIntoTemplate(t, dir)
	putParameter(t, box, "/web/note", "String", "first")
	group := func(name, pool, role string) {
		box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", name, "--launch-template", "LaunchTemplateName=web",
			"--min-size", "0", "--max-size", "4", "--desired-capacity", "0", "--tags", "Key=Role,Value="+role+",PropagateAtLaunch=true")
		box.aws(t, "autoscaling", "put-lifecycle-hook", "--auto-scaling-group-name", name, "--lifecycle-hook-name", "web-launching",
			"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "600", "--default-result", "ABANDON")
		box.aws(t, "autoscaling", "put-warm-pool", "--auto-scaling-group-name", name, "--pool-state", pool, "--min-size", "2", "--max-group-prepared-capacity", "2")
	}

	// Warm-up: two instances run the warm part, complete the hook, and are stopped.
	group("web-asg", "Stopped", "web")
	warm := box.awaitGroup(t, "web-asg", "two warmed and stopped", 6*time.Minute, func(g, w map[string]string) bool {
		return len(w) == 2 && countState(w, "Warmed:Stopped") == 2
	})
	var ids []string
	for id := range warm {
		ids = append(ids, id)
		console := box.aws(t, "ec2", "get-console-output", "--instance-id", id, "--latest", "--query", "Output")
		for _, want := range []string{"this start runs the warm part", "parbake-ready: CONTINUE lifecycle_hook=web-launching group=web-asg"} {
			if !strings.Contains(console, want) {
				t.Errorf("warm instance %s's console lacks %q:\n%s", id, want, lastLines(console, 30))
			}
		}
	}

	// Scale-out: the fresh value changes first; the boot part reads it at service entry.
	putParameter(t, box, "/web/note", "String", "second")
	t0 := time.Now()
	box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", "web-asg", "--desired-capacity", "2")
	box.awaitGroup(t, "web-asg", "two in service", 5*time.Minute, func(g, w map[string]string) bool { return countState(g, "InService") == 2 })
	g := box.groupStates(t, "web-asg")
	t.Logf("scale-out 0 → 2 from a Stopped warm pool: %.1f s", time.Since(t0).Seconds())
	actions := box.lifecycleActions(t)
	for _, id := range ids {
		if g[id] != "InService" {
			c := box.aws(t, "ec2", "get-console-output", "--instance-id", id, "--query", "Output")
			t.Errorf("warm instance %s is %q after the scale-out (group %v); it completed %v; its runner said:\n%s", id, g[id], g, actions[id], runnerLines(c, 60))
			continue
		}
		if got := strings.Join(actions[id], ";"); got != "web-asg web-launching CONTINUE;web-asg web-launching CONTINUE" {
			t.Errorf("%s completed %q, want CONTINUE while warming and again at service entry", id, got)
		}
		inside := func(cmd string) string {
			out, err := exec.Command(filepath.Join(repoRoot, "test", "sandbox", "ec2.sh"), "exec", box.Dir, id, "sh", "-c", cmd).CombinedOutput()
			if err != nil {
				t.Errorf("%s: %s: %v\n%s", id, cmd, err, out)
			}
			return strings.TrimSpace(string(out))
		}
		if got := inside("curl -fsS http://127.0.0.1/whoami; curl -fsS http://127.0.0.1/note"); got != id+"\nsecond" {
			t.Errorf("%s serves %q, want its own name and the fresh value", id, got)
		}
		if got := inside("cat /var/lib/nginx-while-warming"); got == "active" {
			t.Errorf("nginx was %q while %s warmed", got, id)
		}
		if at, err := strconv.ParseInt(inside("cat /var/lib/warmed-at"), 10, 64); err != nil || !time.Unix(at, 0).Before(t0) {
			t.Errorf("%s's warm step ran at %v, not before the scale-out at %v", id, time.Unix(at, 0), t0)
		}
		if !strings.Contains(inside("openssl x509 -noout -subject -in /etc/ssl/certs/site.pem"), id) {
			t.Errorf("%s's certificate is not its own", id)
		}
		var r struct {
			Lifecycle string `json:"lifecycle"`
			Steps     []struct{ Name, Phase, Status string }
		}
		if err := json.Unmarshal([]byte(inside("cat /var/lib/parbake/boot-report.json")), &r); err != nil {
			t.Errorf("%s's boot report: %v", id, err)
		}
		if got := fmt.Sprint(r); got != "{service [{identity warm ok} {note boot ok}]}" {
			t.Errorf("%s's boot report says %s", id, got)
		}
	}

	// A launch outside the group runs both parts in one boot.
	direct := box.aws(t, "ec2", "run-instances", "--launch-template", "LaunchTemplateName=web", "--tag-specifications",
		"ResourceType=instance,Tags=[{Key=Role,Value=web}]", "--query", "Instances[0].InstanceId")
	console := box.waitConsoleFor(t, direct, "parbake-boot: ", 1, 5*time.Minute)
	for _, want := range []string{"this start runs the direct part", "parbake-boot: ok", "identity:", "note:"} {
		if !strings.Contains(console, want) {
			t.Errorf("the direct launch's console lacks %q:\n%s", want, lastLines(console, 30))
		}
	}
	box.aws(t, "ec2", "terminate-instances", "--instance-ids", direct)

	// A warm step that fails abandons its instance: a group whose instances have another role.
	group("api-asg", "Stopped", "api")
	deadline := time.Now().Add(5 * time.Minute)
	for abandoned := ""; abandoned == ""; time.Sleep(2 * time.Second) {
		for id, acts := range box.lifecycleActions(t) {
			if len(acts) > 0 && acts[0] == "api-asg web-launching ABANDON" {
				abandoned = id
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no warming instance abandoned its hook: %v", box.lifecycleActions(t))
		}
		if abandoned != "" {
			if c := box.aws(t, "ec2", "get-console-output", "--instance-id", abandoned, "--query", "Output"); !strings.Contains(c, "check 1 of step identity failed") {
				t.Errorf("the abandoned instance's console does not name its failed check:\n%s", runnerLines(c, 20))
			}
		}
	}
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "api-asg", "--force-delete")
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--force-delete")

	// A Running pool: the warmed instance keeps running; its waiter runs the boot part at
	// service entry, with no reboot.
	group("run-asg", "Running", "web")
	w := box.awaitGroup(t, "run-asg", "two warmed and running", 6*time.Minute, func(g, w map[string]string) bool {
		return len(w) == 2 && countState(w, "Warmed:Running") == 2
	})
	box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", "run-asg", "--desired-capacity", "1")
	box.awaitGroup(t, "run-asg", "one in service", 5*time.Minute, func(g, w map[string]string) bool { return countState(g, "InService") == 1 })
	for id, st := range box.groupStates(t, "run-asg") {
		if st != "InService" {
			continue
		}
		if _, ok := w[id]; !ok {
			t.Errorf("%s went in service without warming", id)
		}
		c := box.waitConsoleFor(t, id, "parbake-ready: CONTINUE", 2, 3*time.Minute)
		for _, want := range []string{"unit parbake-in-service runs the boot part at service entry", "this start runs the service part"} {
			if !strings.Contains(c, want) {
				t.Errorf("the Running pool's instance %s's console lacks %q:\n%s", id, want, lastLines(c, 30))
			}
		}
		if strings.Count(c, "Linux version") > 1 {
			t.Errorf("the Running pool's instance %s rebooted", id)
		}
	}
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "run-asg", "--force-delete")
}

// runnerLines are the last n lines of a console that the boot runner printed.
func runnerLines(console string, n int) string {
	var out []string
	for _, l := range strings.Split(console, "\n") {
		if strings.Contains(l, "parbake") {
			out = append(out, l)
		}
	}
	return lastLines(strings.Join(out, "\n"), n)
}

// waitConsoleFor waits until an instance's console holds want n times, and returns it. A new
// instance may be NotFound for a while (EC2's eventual consistency): that is waited out too.
func (b *ec2Box) waitConsoleFor(t *testing.T, id, want string, n int, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c := b.consoleOutput(t, id, true)
		if strings.Count(c, want) >= n {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's console has %q %d times, not %d, after %s; the runner said:\n%s", id, want, strings.Count(c, want), n, timeout, runnerLines(c, 40))
		}
		time.Sleep(2 * time.Second)
	}
}
