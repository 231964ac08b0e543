package parbake

import (
	"time"

	"github.com/parbake/packer-plugin-parbake/awsimage"
)

// Defaults of the rollout and the retirement.
const (
	DefaultMinHealthy     = 90
	DefaultRolloutTimeout = 30 * time.Minute
	DefaultKeep           = 3
)

// prepare checks the rollout block; add reports each problem.
func (r *RolloutConfig) prepare(haveTemplate bool, add func(format string, args ...any)) *awsimage.Rollout {
	out := &awsimage.Rollout{Groups: r.AutoScalingGroups, MinHealthy: DefaultMinHealthy, SkipMatching: r.SkipMatching,
		AutoRollback: r.AutoRollback, Timeout: DefaultRolloutTimeout}
	if !haveTemplate {
		add("rollout: needs launch_template: the refresh takes each group to the version the hand-off makes")
	}
	if len(r.AutoScalingGroups) == 0 {
		add("rollout: auto_scaling_groups: name at least one group")
	}
	seen := map[string]bool{}
	for i, g := range r.AutoScalingGroups {
		switch {
		case g == "" || len(g) > 255:
			add("rollout: auto_scaling_groups[%d]: %q is not a group name (1 to 255 characters)", i, g)
		case seen[g]:
			add("rollout: auto_scaling_groups[%d]: %s is named twice", i, g)
		}
		seen[g] = true
	}
	if p := r.MinHealthyPercentage; p != nil {
		if *p < 0 || *p > 100 {
			add("rollout: min_healthy_percentage: %d is not between 0 and 100", *p)
		}
		out.MinHealthy = int32(*p)
	}
	duration(add, "rollout: instance_warmup", r.InstanceWarmup, true, &out.Warmup)
	duration(add, "rollout: timeout", r.Timeout, false, &out.Timeout)
	return out
}

// prepare checks the retire block; add reports each problem.
func (r *RetireConfig) prepare(add func(format string, args ...any)) *awsimage.RetirePolicy {
	p := &awsimage.RetirePolicy{Keep: DefaultKeep, DeprecateAfter: awsimage.Never, DisableAfter: awsimage.Never,
		DeregisterAfter: awsimage.Never, DeleteSnapshots: true, DryRun: r.DryRun}
	if r.Keep != nil {
		if *r.Keep < 1 {
			add("retire: keep: %d; at least 1 (this build's image is the first kept)", *r.Keep)
		}
		p.Keep = *r.Keep
	}
	if r.DeleteSnapshots != nil {
		p.DeleteSnapshots = *r.DeleteSnapshots
	}
	ages := []struct {
		field, value string
		into         *time.Duration
	}{{"deprecate_after", r.DeprecateAfter, &p.DeprecateAfter}, {"disable_after", r.DisableAfter, &p.DisableAfter},
		{"deregister_after", r.DeregisterAfter, &p.DeregisterAfter}}
	set := 0
	for _, a := range ages {
		if a.value != "" {
			duration(add, "retire: "+a.field, a.value, true, a.into)
			set++
		}
	}
	if set == 0 {
		p.DeregisterAfter = 0 // keep alone: the newest stay, the unused rest go
	}
	last, lastField, lastValue := time.Duration(0), "", ""
	for _, a := range ages {
		if *a.into == awsimage.Never {
			continue
		}
		if lastField != "" && *a.into < last {
			add("retire: %s (%s) comes before %s (%s): the stages go deprecate, disable, deregister", a.field, a.value, lastField, lastValue)
		}
		last, lastField, lastValue = *a.into, a.field, a.value
	}
	return p
}

// duration parses a Go duration into *into unless it is empty; zero is allowed when zeroOK.
func duration(add func(format string, args ...any), field, value string, zeroOK bool, into *time.Duration) {
	if value == "" {
		return
	}
	d, err := time.ParseDuration(value)
	if err != nil || d < 0 || d == 0 && !zeroOK {
		what := "a positive duration"
		if zeroOK {
			what = "a duration of 0 or more"
		}
		add("%s: %q is not %s such as \"90s\" or \"720h\"", field, value, what)
		return
	}
	*into = d
}
