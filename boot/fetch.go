package boot

import (
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// DefaultSSMDeadline is how long an instance keeps trying to read its ssm: values, retries
// included, when ssm_deadline is not given: long enough to outlast a throttled scale-out.
const DefaultSSMDeadline = 3 * time.Minute

// SSM's limits and the runner's retry policy, shared with the fleet simulation.
const (
	SSMBatch = 10 // names per GetParameters call, SSM's maximum
	// SSMCLIAttempts is AWS_MAX_ATTEMPTS for each CLI start (retry mode adaptive); past them the
	// runner backs off and starts the CLI again, until the deadline.
	SSMCLIAttempts = 5
	// The runner's own backoff between CLI starts: full jitter, a random wait up to
	// min(SSMBackoffCap, SSMBackoffBase × 2^(n-1)) before start n+1.
	SSMBackoffBase = 500 * time.Millisecond
	SSMBackoffCap  = 10 * time.Second
	// BurstLaunchesPerDay is the launch rate from which a plan assumes instances start in
	// bursts, and spreads their first SSM call over DefaultBurstJitter.
	BurstLaunchesPerDay = 1000
	DefaultBurstJitter  = 2 * time.Second
)

// fetchGroup is one command of the fetch phase: a variable fetched or set alone, or every ssm:
// value whose name is known at that point, read in batches of SSMBatch, the batches at once.
type fetchGroup struct {
	Single *assignment
	SSM    []assignment
	Fresh  bool // every value of the group is fresh: with a warm pool, read at service entry only
}

// fetchGroups orders the fetch phase by dependency depth: a value whose from uses no other
// variable comes first, then those that use only those, and so on. Within a depth, the ssm:
// values go together, after the others.
func fetchGroups(vars []assignment) []fetchGroup {
	depth := map[string]int{}
	maxDepth := 0
	for _, a := range vars { // vars come in resolution order: a value's refs come before it
		d := 0
		for _, r := range a.Refs {
			if depth[r]+1 > d {
				d = depth[r] + 1
			}
		}
		depth[a.Name] = d
		if d > maxDepth {
			maxDepth = d
		}
	}
	var out []fetchGroup
	for d := 0; d <= maxDepth; d++ {
		ssm := map[bool][]assignment{} // stable, then fresh: one batch each
		for i := range vars {
			a := &vars[i]
			if depth[a.Name] != d {
				continue
			}
			if a.Fetch == recipe.SourceSSM {
				ssm[a.Fresh] = append(ssm[a.Fresh], *a)
			} else {
				out = append(out, fetchGroup{Single: a, Fresh: a.Fresh})
			}
		}
		for _, fresh := range []bool{false, true} {
			if len(ssm[fresh]) > 0 {
				out = append(out, fetchGroup{SSM: ssm[fresh], Fresh: fresh})
			}
		}
	}
	return out
}

// fetchJitter is the window the first SSM call is spread over: fetch_jitter when given, else
// DefaultBurstJitter for a plan that launches in bursts, else none.
func fetchJitter(p *plan.Plan, o Options) time.Duration {
	if o.FetchJitter != "" {
		d, _ := time.ParseDuration(o.FetchJitter) // checked by Validate
		return d
	}
	if p.Policy.LaunchesPerDay >= BurstLaunchesPerDay {
		return DefaultBurstJitter
	}
	return 0
}

func ssmDeadline(o Options) time.Duration {
	if d, err := time.ParseDuration(o.SSMDeadline); err == nil && d > 0 {
		return d
	}
	return DefaultSSMDeadline
}

func reads(vars []assignment, kind recipe.SourceKind) bool {
	for _, a := range vars {
		if a.Fetch == kind {
			return true
		}
	}
	return false
}
