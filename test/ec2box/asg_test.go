package ec2box

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	astypes "github.com/aws/aws-sdk-go-v2/service/autoscaling/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

const awsCLI = "/usr/bin/aws"

// asgFixture is a box with fake machines, one Auto Scaling second lasting 20 ms, the real AWS
// CLI to act on it, and aws-sdk-go-v2 to watch it.
type asgFixture struct {
	*fixture
	t   *testing.T
	asg *autoscaling.Client
}

func newASGFixture(t *testing.T) *asgFixture {
	t.Helper()
	if _, err := os.Stat(awsCLI); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: scripts/setup.sh installs it", awsCLI)
		}
		t.Skipf("%s is missing: run scripts/setup.sh", awsCLI)
	}
	m := newFakeMachines()
	b := New(Config{Region: "eu-west-1", AccessKey: "AKIDBOX", SecretKey: "box-secret", Machines: m, LayerDir: t.TempDir(), Second: 20 * time.Millisecond})
	srv := httptest.NewServer(b)
	t.Cleanup(func() { srv.Close(); b.Close() })
	f := &fixture{box: b, machines: m, url: srv.URL}
	f.ec2 = f.client("AKIDBOX", "box-secret")
	f.source = b.RegisterSource("debian-13-amd64-20261201-2000", DebianOwner, []string{"/base"})
	a := &asgFixture{fixture: f, t: t}
	a.asg = autoscaling.New(autoscaling.Options{Region: "eu-west-1", BaseEndpoint: aws.String(srv.URL),
		Credentials: credentials.NewStaticCredentialsProvider("AKIDBOX", "box-secret", ""), RetryMaxAttempts: 1})
	return a
}

// cli runs `aws autoscaling ARGS…` and returns its output; it fails the test on an error.
func (a *asgFixture) cli(args ...string) string {
	a.t.Helper()
	out, err := a.tryCLI(args...)
	if err != nil {
		a.t.Fatalf("aws autoscaling %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (a *asgFixture) tryCLI(args ...string) (string, error) {
	cmd := exec.Command(awsCLI, append([]string{"--endpoint-url", a.url, "--output", "text", "autoscaling"}, args...)...)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + a.t.TempDir(), "AWS_ACCESS_KEY_ID=AKIDBOX", "AWS_SECRET_ACCESS_KEY=box-secret",
		"AWS_REGION=eu-west-1", "AWS_EC2_METADATA_DISABLED=true", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null", "AWS_MAX_ATTEMPTS=1"}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// template makes launch template NAME with one version per user data given.
func (a *asgFixture) template(name string, versions ...string) {
	a.t.Helper()
	ctx := context.Background()
	for i, ud := range versions {
		data := &types.RequestLaunchTemplateData{ImageId: &a.source, InstanceType: types.InstanceTypeT3Small, UserData: aws.String(ud),
			MetadataOptions: &types.LaunchTemplateInstanceMetadataOptionsRequest{InstanceMetadataTags: types.LaunchTemplateInstanceMetadataTagsStateEnabled}}
		var err error
		if i == 0 {
			_, err = a.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{LaunchTemplateName: &name, LaunchTemplateData: data})
		} else {
			_, err = a.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{LaunchTemplateName: &name, LaunchTemplateData: data})
		}
		if err != nil {
			a.t.Fatal(err)
		}
	}
}

// states returns the group's instances as "ID STATE" lines' parts: id → lifecycle state, warm
// pool included.
func (a *asgFixture) states(group string) map[string]string {
	a.t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	g, err := a.asg.DescribeAutoScalingGroups(ctx, &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{group}})
	if err != nil {
		a.t.Fatal(err)
	}
	for _, grp := range g.AutoScalingGroups {
		for _, in := range grp.Instances {
			out[aws.ToString(in.InstanceId)] = string(in.LifecycleState)
		}
	}
	w, err := a.asg.DescribeWarmPool(ctx, &autoscaling.DescribeWarmPoolInput{AutoScalingGroupName: &group})
	if err != nil {
		a.t.Fatal(err)
	}
	for _, in := range w.Instances {
		out[aws.ToString(in.InstanceId)] = string(in.LifecycleState)
	}
	return out
}

// await polls until cond holds over the group's states, for at most 10 s.
func (a *asgFixture) await(group, what string, cond func(map[string]string) bool) map[string]string {
	a.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := a.states(group)
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("%s: never happened; the group's instances: %v", what, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// inState returns the ids in state, sorted.
func inState(s map[string]string, state string) []string {
	var out []string
	for id, st := range s {
		if st == state {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

func howMany(s map[string]string, state string) int { return len(inState(s, state)) }

func (a *asgFixture) ec2State(id string) string {
	a.box.mu.Lock()
	defer a.box.mu.Unlock()
	if in := a.box.instances[id]; in != nil {
		return in.State
	}
	return ""
}

func (a *asgFixture) target(id string) string {
	return a.machines.spec(id).Metadata["autoscaling/target-lifecycle-state"]
}

func (a *asgFixture) complete(group, hook, id, result string) {
	a.t.Helper()
	a.cli("complete-lifecycle-action", "--auto-scaling-group-name", group, "--lifecycle-hook-name", hook,
		"--instance-id", id, "--lifecycle-action-result", result)
}

// A launching hook holds each new instance in Pending:Wait until CONTINUE; ABANDON terminates it
// and the group launches a replacement; a heartbeat timeout takes the hook's default result.
func TestLaunchingHook(t *testing.T) {
	t.Parallel()
	a := newASGFixture(t)
	a.template("web", "#!/bin/sh\necho v1\n")
	a.cli("create-auto-scaling-group", "--auto-scaling-group-name", "web", "--launch-template", "LaunchTemplateName=web,Version=$Latest",
		"--min-size", "0", "--max-size", "3", "--desired-capacity", "0", "--vpc-zone-identifier", defaultSubnetID,
		"--tags", "Key=Role,Value=web,PropagateAtLaunch=true", "Key=Team,Value=core,PropagateAtLaunch=false")
	a.cli("put-lifecycle-hook", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "3600", "--default-result", "ABANDON")
	if out := a.cli("describe-lifecycle-hooks", "--auto-scaling-group-name", "web"); !strings.Contains(out, "ABANDON") || !strings.Contains(out, "3600") {
		t.Errorf("describe-lifecycle-hooks:\n%s", out)
	}
	a.cli("set-desired-capacity", "--auto-scaling-group-name", "web", "--desired-capacity", "1")
	s := a.await("web", "one instance waiting", func(s map[string]string) bool { return howMany(s, lcPendingWait) == 1 })
	first := inState(s, lcPendingWait)[0]
	time.Sleep(100 * time.Millisecond)
	if got := a.states("web")[first]; got != lcPendingWait {
		t.Fatalf("%s went on to %s without its lifecycle action", first, got)
	}
	tags := a.box.tags[first]
	if tags["aws:autoscaling:groupName"] != "web" || tags["Role"] != "web" || tags["Team"] != "" {
		t.Errorf("the instance's tags %v: want aws:autoscaling:groupName and the propagated Role only", tags)
	}
	if got := a.target(first); got != lcInService {
		t.Errorf("target-lifecycle-state %q, want InService", got)
	}
	a.complete("web", "launching", first, "CONTINUE")
	a.await("web", "InService after CONTINUE", func(s map[string]string) bool { return s[first] == lcInService })
	if out, err := a.tryCLI("complete-lifecycle-action", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching",
		"--instance-id", first, "--lifecycle-action-result", "CONTINUE"); err == nil || !strings.Contains(out, "No active Lifecycle Action") {
		t.Errorf("a second completion was taken: %v\n%s", err, out)
	}

	// ABANDON: terminated, and replaced.
	a.cli("set-desired-capacity", "--auto-scaling-group-name", "web", "--desired-capacity", "2")
	s = a.await("web", "a second instance waiting", func(s map[string]string) bool { return howMany(s, lcPendingWait) == 1 })
	second := inState(s, lcPendingWait)[0]
	a.complete("web", "launching", second, "ABANDON")
	s = a.await("web", "a replacement waiting", func(s map[string]string) bool {
		w := inState(s, lcPendingWait)
		return len(w) == 1 && w[0] != second && s[second] == ""
	})
	if st := a.ec2State(second); st != stateTerminated && st != stateShuttingDown {
		t.Errorf("the abandoned instance is %s, want terminated", st)
	}
	third := inState(s, lcPendingWait)[0]

	// A heartbeat keeps it waiting past the timeout; then the default result (ABANDON) is taken.
	a.cli("record-lifecycle-action-heartbeat", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching", "--instance-id", third)
	a.cli("put-lifecycle-hook", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching", "--heartbeat-timeout", "100")
	a.box.mu.Lock()
	a.box.asgs["web"].Members[third].wait.Deadline = time.Now().Add(a.box.seconds(100))
	a.box.mu.Unlock()
	time.Sleep(1200 * time.Millisecond)
	if _, err := a.asg.RecordLifecycleActionHeartbeat(context.Background(), &autoscaling.RecordLifecycleActionHeartbeatInput{
		AutoScalingGroupName: aws.String("web"), LifecycleHookName: aws.String("launching"), InstanceId: &third}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1200 * time.Millisecond)
	if got := a.states("web")[third]; got != lcPendingWait {
		t.Fatalf("after a heartbeat, %s is %s, want still Pending:Wait", third, got)
	}
	a.await("web", "the default result after the timeout", func(s map[string]string) bool { return s[third] == "" && howMany(s, lcPendingWait) == 1 })
	// With DefaultResult CONTINUE, the timeout lets the next one in.
	a.cli("put-lifecycle-hook", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching", "--default-result", "CONTINUE")
	a.box.mu.Lock()
	for _, m := range a.box.asgs["web"].Members {
		if m.wait != nil {
			m.wait.Deadline = time.Now()
		}
	}
	a.box.mu.Unlock()
	a.await("web", "both InService", func(s map[string]string) bool { return howMany(s, lcInService) == 2 })

	acts := a.cli("describe-scaling-activities", "--auto-scaling-group-name", "web")
	for _, want := range []string{"Launching a new EC2 instance: " + first, "Terminating EC2 instance: " + second, "Lifecycle Action Completed with ABANDON Result"} {
		if !strings.Contains(acts, want) {
			t.Errorf("scaling activities lack %q:\n%s", want, acts)
		}
	}
}

// A group scales out from 1 to 3 and back in, launching and terminating EC2 instances.
func TestScaleOutAndIn(t *testing.T) {
	t.Parallel()
	a := newASGFixture(t)
	a.template("web", "#!/bin/sh\n")
	a.cli("create-auto-scaling-group", "--auto-scaling-group-name", "web", "--launch-template", "LaunchTemplateName=web",
		"--min-size", "1", "--max-size", "3", "--vpc-zone-identifier", defaultSubnetID)
	s := a.await("web", "one InService", func(s map[string]string) bool { return howMany(s, lcInService) == 1 })
	first := inState(s, lcInService)[0]
	a.cli("set-desired-capacity", "--auto-scaling-group-name", "web", "--desired-capacity", "3")
	s = a.await("web", "three InService", func(s map[string]string) bool { return howMany(s, lcInService) == 3 })
	for id := range s {
		if st := a.ec2State(id); st != stateRunning {
			t.Errorf("%s is %s in EC2, want running", id, st)
		}
	}
	if out, err := a.tryCLI("set-desired-capacity", "--auto-scaling-group-name", "web", "--desired-capacity", "4"); err == nil || !strings.Contains(out, "ValidationError") {
		t.Errorf("a capacity above MaxSize was taken: %v\n%s", err, out)
	}
	a.cli("update-auto-scaling-group", "--auto-scaling-group-name", "web", "--desired-capacity", "1")
	s = a.await("web", "back to one", func(s map[string]string) bool { return len(s) == 1 && howMany(s, lcInService) == 1 })
	if _, ok := s[first]; !ok {
		t.Errorf("scale-in kept %v, not the oldest %s", s, first)
	}
	out := a.cli("describe-auto-scaling-instances")
	if !strings.Contains(out, first) || !strings.Contains(out, "InService") || strings.Count(out, "i-") != 1 {
		t.Errorf("describe-auto-scaling-instances:\n%s", out)
	}
	// A member terminated behind the group's back is replaced.
	if _, err := a.ec2.TerminateInstances(context.Background(), &ec2.TerminateInstancesInput{InstanceIds: []string{first}}); err != nil {
		t.Fatal(err)
	}
	a.await("web", "a replacement", func(s map[string]string) bool { return s[first] == "" && howMany(s, lcInService) == 1 })
	a.cli("terminate-instance-in-auto-scaling-group", "--instance-id", inState(a.states("web"), lcInService)[0], "--no-should-decrement-desired-capacity")
	a.await("web", "a replacement of the terminated one", func(s map[string]string) bool { return len(s) == 1 && howMany(s, lcInService) == 1 })

	if out, err := a.tryCLI("delete-auto-scaling-group", "--auto-scaling-group-name", "web"); err == nil || !strings.Contains(out, "ResourceInUse") {
		t.Errorf("deleting a group with instances without --force-delete: %v\n%s", err, out)
	}
	a.cli("delete-auto-scaling-group", "--auto-scaling-group-name", "web", "--force-delete")
	deadline := time.Now().Add(10 * time.Second)
	for {
		g, err := a.asg.DescribeAutoScalingGroups(context.Background(), &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{"web"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.AutoScalingGroups) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the group was never deleted: %+v", g.AutoScalingGroups[0].Status)
		}
		time.Sleep(20 * time.Millisecond)
	}
	a.box.mu.Lock()
	defer a.box.mu.Unlock()
	for id, in := range a.box.instances {
		if in.State != stateTerminated {
			t.Errorf("%s is %s after the group was deleted", id, in.State)
		}
	}
}

// A Stopped warm pool: its instance warms, waits at Warmed:Pending:Wait (its metadata says it is
// going to Warmed:Stopped), is stopped after CONTINUE, and a scale-out starts it and takes it
// through Pending:Wait into service (its metadata now says InService); the pool refills.
func TestStoppedWarmPool(t *testing.T) {
	t.Parallel()
	a := newASGFixture(t)
	a.template("web", "#!/bin/sh\n")
	a.cli("create-auto-scaling-group", "--auto-scaling-group-name", "web", "--launch-template", "LaunchTemplateName=web",
		"--min-size", "0", "--max-size", "1", "--desired-capacity", "0", "--vpc-zone-identifier", defaultSubnetID)
	a.cli("put-lifecycle-hook", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "600")
	a.cli("put-warm-pool", "--auto-scaling-group-name", "web", "--pool-state", "Stopped", "--min-size", "1")
	s := a.await("web", "a warm instance waiting", func(s map[string]string) bool { return howMany(s, lcWarmedPendingWait) == 1 })
	warm := inState(s, lcWarmedPendingWait)[0]
	if got := a.target(warm); got != "Warmed:Stopped" {
		t.Errorf("while warming, target-lifecycle-state %q, want Warmed:Stopped", got)
	}
	if out := a.cli("describe-auto-scaling-instances"); strings.Contains(out, warm) {
		t.Errorf("a warm instance is listed as the group's:\n%s", out)
	}
	a.complete("web", "launching", warm, "CONTINUE")
	a.await("web", "stopped in the pool", func(s map[string]string) bool { return s[warm] == "Warmed:Stopped" })
	if st := a.ec2State(warm); st != stateStopped {
		t.Errorf("a Warmed:Stopped instance is %s in EC2", st)
	}
	if out := a.cli("describe-warm-pool", "--auto-scaling-group-name", "web"); !strings.Contains(out, "Warmed:Stopped") || !strings.Contains(out, "Stopped") {
		t.Errorf("describe-warm-pool:\n%s", out)
	}

	a.cli("set-desired-capacity", "--auto-scaling-group-name", "web", "--desired-capacity", "1")
	a.await("web", "the warm instance waiting to go in service", func(s map[string]string) bool { return s[warm] == lcPendingWait })
	deadline := time.Now().Add(5 * time.Second)
	for a.ec2State(warm) != stateRunning || a.target(warm) != lcInService {
		if time.Now().After(deadline) {
			t.Fatalf("the warm instance was not started with target InService: %s, %q", a.ec2State(warm), a.target(warm))
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.complete("web", "launching", warm, "CONTINUE")
	a.await("web", "in service, and a new warm instance", func(s map[string]string) bool {
		return s[warm] == lcInService && howMany(s, lcWarmedPendingWait) == 1
	})
	var fires []string
	for _, l := range a.box.LifecycleActions() {
		if l.InstanceID == warm {
			fires = append(fires, l.Result)
		}
	}
	if len(fires) != 2 {
		t.Errorf("the launching hook was completed %d times for the warm instance, want 2 (warming, going in service)", len(fires))
	}
	a.cli("delete-warm-pool", "--auto-scaling-group-name", "web", "--force-delete")
	deadline = time.Now().Add(10 * time.Second)
	for {
		w, err := a.asg.DescribeWarmPool(context.Background(), &autoscaling.DescribeWarmPoolInput{AutoScalingGroupName: aws.String("web")})
		if err != nil {
			t.Fatal(err)
		}
		if w.WarmPoolConfiguration == nil && len(w.Instances) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the warm pool was never deleted: %+v", w.Instances)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// autoComplete answers every launching lifecycle action of group, ABANDON for instances of the
// template versions in abandon and CONTINUE for the rest, until the test ends.
func (a *asgFixture) autoComplete(group string, abandon ...int) {
	stop := make(chan struct{})
	done := make(chan struct{})
	a.t.Cleanup(func() { close(stop); <-done })
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
			a.box.mu.Lock()
			type action struct {
				id, result string
			}
			var todo []action
			if g := a.box.asgs[group]; g != nil {
				for _, m := range g.Members {
					if m.wait != nil && m.wait.Result == "" {
						r := "CONTINUE"
						for _, v := range abandon {
							if m.Template.Version == v {
								r = "ABANDON"
							}
						}
						todo = append(todo, action{m.ID, r})
					}
				}
			}
			a.box.mu.Unlock()
			for _, t := range todo {
				a.asg.CompleteLifecycleAction(context.Background(), &autoscaling.CompleteLifecycleActionInput{AutoScalingGroupName: &group,
					LifecycleHookName: aws.String("launching"), InstanceId: &t.id, LifecycleActionResult: &t.result})
			}
		}
	}()
}

// refreshStatus polls a refresh until it ends, and returns it.
func (a *asgFixture) refreshStatus(group, id string) astypes.InstanceRefresh {
	a.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, err := a.asg.DescribeInstanceRefreshes(context.Background(), &autoscaling.DescribeInstanceRefreshesInput{AutoScalingGroupName: &group, InstanceRefreshIds: []string{id}})
		if err != nil {
			a.t.Fatal(err)
		}
		r := out.InstanceRefreshes[0]
		switch r.Status {
		case astypes.InstanceRefreshStatusSuccessful, astypes.InstanceRefreshStatusFailed, astypes.InstanceRefreshStatusCancelled,
			astypes.InstanceRefreshStatusRollbackSuccessful, astypes.InstanceRefreshStatusRollbackFailed:
			return r
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("refresh %s still %s: %v", id, r.Status, a.states(group))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (a *asgFixture) versions(group string) map[string]int {
	a.box.mu.Lock()
	defer a.box.mu.Unlock()
	out := map[string]int{}
	for id, m := range a.box.asgs[group].Members {
		if !m.terminating() {
			out[id] = m.Template.Version
		}
	}
	return out
}

// An instance refresh with MinHealthyPercentage 50 replaces every instance with the new version;
// one to a version whose instances ABANDON their launching hook rolls back with AutoRollback.
func TestInstanceRefresh(t *testing.T) {
	t.Parallel()
	a := newASGFixture(t)
	a.template("web", "#!/bin/sh\necho v1\n", "#!/bin/sh\necho v2\n", "#!/bin/sh\necho v3\n")
	a.cli("create-auto-scaling-group", "--auto-scaling-group-name", "web", "--launch-template", "LaunchTemplateName=web,Version=1",
		"--min-size", "4", "--max-size", "4", "--vpc-zone-identifier", defaultSubnetID)
	a.cli("put-lifecycle-hook", "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "600")
	a.autoComplete("web", 3)
	before := a.await("web", "four InService", func(s map[string]string) bool { return howMany(s, lcInService) == 4 })

	// Watch how many are in service while the refresh runs.
	lowest := make(chan int)
	stopWatch := make(chan struct{})
	go func() {
		low := 4
		for {
			select {
			case <-stopWatch:
				lowest <- low
				return
			case <-time.After(2 * time.Millisecond):
			}
			n := 0
			a.box.mu.Lock()
			for _, m := range a.box.asgs["web"].Members {
				if m.State == lcInService {
					n++
				}
			}
			a.box.mu.Unlock()
			low = min(low, n)
		}
	}()
	id := strings.TrimSpace(a.cli("start-instance-refresh", "--auto-scaling-group-name", "web",
		"--desired-configuration", "LaunchTemplate={LaunchTemplateName=web,Version=2}",
		"--preferences", "MinHealthyPercentage=50,InstanceWarmup=100,SkipMatching=true"))
	if _, err := a.asg.StartInstanceRefresh(context.Background(), &autoscaling.StartInstanceRefreshInput{AutoScalingGroupName: aws.String("web")}); apiCode(err) != "InstanceRefreshInProgress" {
		t.Errorf("a second refresh while one runs: %v", err)
	}
	r := a.refreshStatus("web", id)
	if r.Status != astypes.InstanceRefreshStatusSuccessful || aws.ToInt32(r.PercentageComplete) != 100 {
		t.Fatalf("refresh %s: %s (%s), %d%%", id, r.Status, aws.ToString(r.StatusReason), aws.ToInt32(r.PercentageComplete))
	}
	after := a.versions("web")
	if len(after) != 4 {
		t.Errorf("after the refresh the group has %v", after)
	}
	for id, v := range after {
		if v != 2 || before[id] != "" {
			t.Errorf("after the refresh %s is on version %d (was it there before: %v)", id, v, before[id] != "")
		}
	}
	close(stopWatch)
	if low := <-lowest; low < 2 {
		t.Errorf("during the refresh only %d of 4 were in service, under MinHealthyPercentage 50", low)
	}
	g, _ := a.asg.DescribeAutoScalingGroups(context.Background(), &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{"web"}})
	if v := aws.ToString(g.AutoScalingGroups[0].LaunchTemplate.Version); v != "2" {
		t.Errorf("after a successful refresh the group's template version is %s, want 2", v)
	}

	// Debian's AWS CLI predates AutoRollback: the SDK, which the post-processor uses, starts this one.
	started, err := a.asg.StartInstanceRefresh(context.Background(), &autoscaling.StartInstanceRefreshInput{AutoScalingGroupName: aws.String("web"),
		DesiredConfiguration: &astypes.DesiredConfiguration{LaunchTemplate: &astypes.LaunchTemplateSpecification{LaunchTemplateName: aws.String("web"), Version: aws.String("3")}},
		Preferences:          &astypes.RefreshPreferences{MinHealthyPercentage: aws.Int32(50), SkipMatching: aws.Bool(true), AutoRollback: aws.Bool(true)}})
	if err != nil {
		t.Fatal(err)
	}
	id = aws.ToString(started.InstanceRefreshId)
	r = a.refreshStatus("web", id)
	if r.Status != astypes.InstanceRefreshStatusRollbackSuccessful || r.RollbackDetails == nil || !strings.Contains(aws.ToString(r.RollbackDetails.RollbackReason), "abandoned") {
		t.Fatalf("refresh to an abandoning version: %s, %+v", r.Status, r.RollbackDetails)
	}
	a.await("web", "four InService on version 2", func(s map[string]string) bool { return howMany(s, lcInService) == 4 })
	for id, v := range a.versions("web") {
		if v != 2 {
			t.Errorf("after the rollback %s is on version %d, want 2", id, v)
		}
	}
	if out := a.cli("describe-instance-refreshes", "--auto-scaling-group-name", "web"); !strings.Contains(out, "RollbackSuccessful") || !strings.Contains(out, "Successful") {
		t.Errorf("describe-instance-refreshes:\n%s", out)
	}
}

// A group whose launch template asks for Spot Instances gets no warm pool, as on AWS; the
// template's market options read back as they were given.
func TestWarmPoolRefusesSpot(t *testing.T) {
	t.Parallel()
	a := newASGFixture(t)
	_, err := a.ec2.CreateLaunchTemplate(context.Background(), &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String("spot"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{ImageId: &a.source, InstanceType: types.InstanceTypeT3Small,
			InstanceMarketOptions: &types.LaunchTemplateInstanceMarketOptionsRequest{MarketType: types.MarketTypeSpot}}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := a.ec2.DescribeLaunchTemplateVersions(context.Background(), &ec2.DescribeLaunchTemplateVersionsInput{LaunchTemplateName: aws.String("spot"), Versions: []string{"$Latest"}})
	if err != nil || len(out.LaunchTemplateVersions) != 1 || out.LaunchTemplateVersions[0].LaunchTemplateData.InstanceMarketOptions == nil ||
		out.LaunchTemplateVersions[0].LaunchTemplateData.InstanceMarketOptions.MarketType != types.MarketTypeSpot {
		t.Fatalf("the template's market options did not read back: %+v, %v", out, err)
	}
	a.cli("create-auto-scaling-group", "--auto-scaling-group-name", "spot", "--launch-template", "LaunchTemplateName=spot",
		"--min-size", "0", "--max-size", "1", "--desired-capacity", "0", "--vpc-zone-identifier", defaultSubnetID)
	if msg, err := a.tryCLI("put-warm-pool", "--auto-scaling-group-name", "spot", "--min-size", "1"); err == nil || !strings.Contains(msg, "Spot") {
		t.Errorf("put-warm-pool on a Spot group: %v, %q", err, msg)
	}
}
