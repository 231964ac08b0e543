package awsimage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	asgtypes "github.com/aws/aws-sdk-go-v2/service/autoscaling/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"

	"github.com/parbake/packer-plugin-parbake/boot"
)

// Template is a launch template as EC2 knows it: both its id and its name.
type Template struct{ ID, Name string }

// FindTemplate reads the launch template named by name or id, so that a missing one fails before
// anything is launched, and a group can be matched against it either way.
func FindTemplate(ctx context.Context, api ec2.DescribeLaunchTemplatesAPIClient, name, id string) (Template, error) {
	in := &ec2.DescribeLaunchTemplatesInput{}
	what := name
	if id != "" {
		in.LaunchTemplateIds, what = []string{id}, id
	} else {
		in.LaunchTemplateNames = []string{name}
	}
	out, err := api.DescribeLaunchTemplates(ctx, in)
	if err != nil {
		return Template{}, fmt.Errorf("launch template %s: %w", what, err)
	}
	if len(out.LaunchTemplates) != 1 {
		return Template{}, fmt.Errorf("launch template %s: EC2 returned %d templates", what, len(out.LaunchTemplates))
	}
	lt := out.LaunchTemplates[0]
	return Template{ID: aws.ToString(lt.LaunchTemplateId), Name: aws.ToString(lt.LaunchTemplateName)}, nil
}

// ErrWrongTemplate is wrapped when a group to roll out to launches from another template.
var ErrWrongTemplate = errors.New("launches from another launch template")

// CheckGroups reads each group and checks that it launches from t, before anything starts; with
// numbered, that it is on a numbered version of t, as AWS needs to roll back. A missing group,
// one on another template, or one on $Default or $Latest, is named.
func CheckGroups(ctx context.Context, api autoscaling.DescribeAutoScalingGroupsAPIClient, groups []string, t Template, numbered bool, warmPool string) error {
	found := map[string]asgtypes.AutoScalingGroup{}
	p := autoscaling.NewDescribeAutoScalingGroupsPaginator(api, &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: groups})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("reading the Auto Scaling groups %s: %w", strings.Join(groups, ", "), err)
		}
		for _, g := range out.AutoScalingGroups {
			found[aws.ToString(g.AutoScalingGroupName)] = g
		}
	}
	var errs []error
	for _, name := range groups {
		g, ok := found[name]
		if !ok {
			errs = append(errs, fmt.Errorf("group %s: no such Auto Scaling group", name))
			continue
		}
		spec := g.LaunchTemplate
		if m := g.MixedInstancesPolicy; spec == nil && m != nil && m.LaunchTemplate != nil {
			spec = m.LaunchTemplate.LaunchTemplateSpecification
		}
		switch {
		case spec == nil:
			errs = append(errs, fmt.Errorf("group %s %w: it has none (launch configuration %q)", name, ErrWrongTemplate, aws.ToString(g.LaunchConfigurationName)))
		case aws.ToString(spec.LaunchTemplateId) != t.ID && aws.ToString(spec.LaunchTemplateName) != t.Name:
			errs = append(errs, fmt.Errorf("group %s %w, %s%s, not %s (%s)", name, ErrWrongTemplate,
				aws.ToString(spec.LaunchTemplateName), aws.ToString(spec.LaunchTemplateId), t.Name, t.ID))
		case numbered && (aws.ToString(spec.Version) == "" || strings.HasPrefix(aws.ToString(spec.Version), "$")):
			v := aws.ToString(spec.Version)
			if v == "" {
				v = "$Default"
			}
			errs = append(errs, fmt.Errorf("auto_rollback: Auto Scaling group %s uses version %s of its launch template; AWS rolls back only to a numbered version: set the group's version to a number", name, v))
		case warmPool != "" && g.MixedInstancesPolicy != nil:
			errs = append(errs, fmt.Errorf("group %s %w: the image's plan runs steps in a warm pool (%s), and Auto Scaling refuses warm pools for groups with a mixed instances policy (or Spot): roll it out to a group with one launch template and On-Demand instances, or plan without warm_pool",
				name, ErrNoWarmPool, warmPool))
		}
	}
	return errors.Join(errs...)
}

// ErrNoWarmPool is wrapped when an image planned for a warm pool would go to a group that cannot
// have one.
var ErrNoWarmPool = errors.New("cannot have a warm pool")

// Rollout starts an instance refresh of each group to a launch-template version and follows it.
type Rollout struct {
	Groups       []string
	Template     Template
	Version      int64
	MinHealthy   int32
	Warmup       time.Duration // 0: the group's own
	SkipMatching bool
	AutoRollback bool
	Timeout      time.Duration
	Poll         time.Duration
}

// Refresh is one group's instance refresh and how it ended.
type Refresh struct {
	Group     string   `json:"group"`
	RefreshID string   `json:"refresh_id"`
	Status    string   `json:"status"`
	Reason    string   `json:"reason,omitempty"`
	Failed    []string `json:"failed_instances,omitempty"` // "i-… : its console's verdict"
}

// ErrRolloutFailed is wrapped when a refresh did not succeed.
var ErrRolloutFailed = errors.New("an instance refresh did not succeed")

// Run starts every group's refresh, then follows them all until each has ended, saying each
// change of progress. A refresh that fails, rolls back or is cancelled fails the rollout, naming
// the instances that failed and their consoles' verdicts. When ctx is cancelled or the timeout
// passes, the refreshes still under way are cancelled.
func (r Rollout) Run(ctx context.Context, s *Session, say func(format string, args ...any)) ([]Refresh, error) {
	if r.Poll <= 0 {
		r.Poll = 5 * time.Second
	}
	refreshes := make([]*following, 0, len(r.Groups))
	defer func() {
		// Cancel what this run started and did not see end: an interrupted build must not leave
		// a refresh rolling on.
		for _, f := range refreshes {
			if !f.ended() {
				cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
				_, err := s.AutoScaling.CancelInstanceRefresh(cctx, &autoscaling.CancelInstanceRefreshInput{AutoScalingGroupName: aws.String(f.Group)})
				cancel()
				if err != nil {
					say("rollout %s: cancelling refresh %s: %v", f.Group, f.RefreshID, err)
				} else {
					say("rollout %s: cancelled refresh %s", f.Group, f.RefreshID)
				}
			}
		}
	}()
	for _, g := range r.Groups {
		id, err := r.start(ctx, s, g)
		if err != nil {
			return results(refreshes), err
		}
		refreshes = append(refreshes, &following{Refresh: Refresh{Group: g, RefreshID: id}, seen: map[string]bool{}, served: map[string]bool{}})
		say("rollout %s: instance refresh %s to %s version %d", g, id, r.Template.Name, r.Version)
	}
	deadline := time.Now().Add(r.Timeout)
	for {
		pending := 0
		for _, f := range refreshes {
			if f.ended() {
				continue
			}
			if err := r.follow(ctx, s, f, say); err != nil {
				return results(refreshes), err
			}
			if !f.ended() {
				pending++
			}
		}
		if pending == 0 {
			break
		}
		if r.Timeout > 0 && time.Now().After(deadline) {
			return results(refreshes), fmt.Errorf("%w: the refreshes did not end within %s", ErrRolloutFailed, r.Timeout)
		}
		select {
		case <-ctx.Done():
			return results(refreshes), ctx.Err()
		case <-time.After(r.Poll):
		}
	}
	var errs []error
	for _, f := range refreshes {
		if f.Status != string(asgtypes.InstanceRefreshStatusSuccessful) {
			f.Failed = r.verdicts(ctx, s, f)
			msg := fmt.Sprintf("Auto Scaling group %s: instance refresh %s ended %s", f.Group, f.RefreshID, f.Status)
			if f.Reason != "" {
				msg += ": " + f.Reason
			}
			for _, v := range f.Failed {
				msg += "\n  " + v
			}
			errs = append(errs, errors.New(msg))
		}
	}
	if len(errs) > 0 {
		return results(refreshes), fmt.Errorf("%w: %w", ErrRolloutFailed, errors.Join(errs...))
	}
	return results(refreshes), nil
}

func (r Rollout) start(ctx context.Context, s *Session, group string) (string, error) {
	prefs := &asgtypes.RefreshPreferences{MinHealthyPercentage: aws.Int32(r.MinHealthy),
		SkipMatching: aws.Bool(r.SkipMatching), AutoRollback: aws.Bool(r.AutoRollback)}
	if r.Warmup > 0 {
		prefs.InstanceWarmup = aws.Int32(int32(r.Warmup.Seconds()))
	}
	out, err := s.AutoScaling.StartInstanceRefresh(ctx, &autoscaling.StartInstanceRefreshInput{
		AutoScalingGroupName: aws.String(group),
		DesiredConfiguration: &asgtypes.DesiredConfiguration{LaunchTemplate: &asgtypes.LaunchTemplateSpecification{
			LaunchTemplateId: aws.String(r.Template.ID), Version: aws.String(fmt.Sprint(r.Version))}},
		Preferences: prefs,
	})
	if err != nil {
		if ErrCode(err) == "InstanceRefreshInProgress" {
			return "", fmt.Errorf("group %s has an instance refresh under way already: wait for it to end, or cancel it: %w", group, err)
		}
		return "", fmt.Errorf("starting an instance refresh of %s: %w", group, err)
	}
	return aws.ToString(out.InstanceRefreshId), nil
}

// following is a refresh being followed: the instances of the new version seen, and those seen
// in service.
type following struct {
	Refresh
	said         string
	seen, served map[string]bool
}

func (f *following) ended() bool {
	switch asgtypes.InstanceRefreshStatus(f.Status) {
	case "", asgtypes.InstanceRefreshStatusPending, asgtypes.InstanceRefreshStatusInProgress,
		asgtypes.InstanceRefreshStatusCancelling, asgtypes.InstanceRefreshStatusRollbackInProgress:
		return false
	}
	return true
}

func results(fs []*following) []Refresh {
	out := make([]Refresh, len(fs))
	for i, f := range fs {
		out[i] = f.Refresh
	}
	return out
}

// follow reads one refresh and the group's instances once.
func (r Rollout) follow(ctx context.Context, s *Session, f *following, say func(format string, args ...any)) error {
	out, err := s.AutoScaling.DescribeInstanceRefreshes(ctx, &autoscaling.DescribeInstanceRefreshesInput{
		AutoScalingGroupName: aws.String(f.Group), InstanceRefreshIds: []string{f.RefreshID}})
	if err != nil {
		return fmt.Errorf("following the instance refresh of %s: %w", f.Group, err)
	}
	if len(out.InstanceRefreshes) == 0 {
		return nil // not visible yet
	}
	ir := out.InstanceRefreshes[0]
	f.Status, f.Reason = string(ir.Status), aws.ToString(ir.StatusReason)
	if rb := ir.RollbackDetails; rb != nil && aws.ToString(rb.RollbackReason) != "" {
		f.Reason = strings.TrimSpace(f.Reason + " " + "rolled back: " + aws.ToString(rb.RollbackReason))
	}
	groups, err := s.AutoScaling.DescribeAutoScalingGroups(ctx, &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{f.Group}})
	if err != nil {
		return fmt.Errorf("following the instance refresh of %s: %w", f.Group, err)
	}
	version := fmt.Sprint(r.Version)
	for _, g := range groups.AutoScalingGroups {
		for _, in := range g.Instances {
			if in.LaunchTemplate == nil || aws.ToString(in.LaunchTemplate.Version) != version {
				continue
			}
			id := aws.ToString(in.InstanceId)
			f.seen[id] = true
			if in.LifecycleState == asgtypes.LifecycleStateInService {
				f.served[id] = true
			}
		}
	}
	line := fmt.Sprintf("%s, %d%% complete, %d to update, %d of version %s in service", ir.Status, aws.ToInt32(ir.PercentageComplete),
		aws.ToInt32(ir.InstancesToUpdate), len(f.served), version)
	if line != f.said {
		say("rollout %s: %s", f.Group, line)
		f.said = line
	}
	return nil
}

var instanceID = regexp.MustCompile(`\bi-[0-9a-f]{8,17}\b`)

// verdicts names the instances a failed refresh lost, each with its console's verdict: those
// of the new version that never went in service, and those its reasons name.
func (r Rollout) verdicts(ctx context.Context, s *Session, f *following) []string {
	ids := map[string]bool{}
	for id := range f.seen {
		if !f.served[id] {
			ids[id] = true
		}
	}
	for _, id := range instanceID.FindAllString(f.Reason, -1) {
		ids[id] = true
	}
	var out []string
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		out = append(out, id+": "+consoleVerdict(ctx, s.EC2, id))
	}
	return out
}

// noVerdict says where a boot part without a verdict got to, from its console.
func noVerdict(o *boot.Outcome) string {
	switch {
	case o.Running != "":
		return "no parbake-boot verdict on its console: it was in step " + o.Running
	case o.Started:
		return "no parbake-boot verdict on its console: it was between steps"
	}
	return "no parbake-boot verdict on its console: the boot runner printed nothing (did cloud-init run the user data?)"
}

// consoleVerdict is what an instance's console says of its boot part.
func consoleVerdict(ctx context.Context, api InstancesAPI, id string) string {
	console, err := ConsoleOutput(ctx, api, id)
	if err != nil {
		return "its console could not be read: " + err.Error()
	}
	o, err := boot.ReadOutcome(bytes.NewReader(console))
	switch {
	case err != nil:
		return "its console could not be read: " + err.Error()
	case !o.Ended:
		return noVerdict(o)
	case o.OK:
		return fmt.Sprintf("parbake-boot: ok (%.1fs)", o.Total)
	}
	return fmt.Sprintf("parbake-boot: failed(%d): %s", o.ExitCode, strings.Join(o.Failures(), "; "))
}
