package recipe

import (
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Phase says when a step runs: baked into the image, while an instance warms in an Auto Scaling
// warm pool (before it is needed), or at instance boot, as it goes in service.
type Phase string

const (
	PhaseAuto Phase = "auto"
	PhaseBake Phase = "bake"
	PhaseWarm Phase = "warm"
	PhaseBoot Phase = "boot"
)

// Recipe is a parsed recipe: its variables, policy and steps in declaration order.
type Recipe struct {
	Name      string // the recipe file or directory name, without extension
	Dir       string // directory that file() and source paths are relative to
	Variables []*Variable
	Policy    Policy
	Steps     []*Step
	Ready     *Ready // nil without a ready block

	locals *localFiles // resolved and hashed once, from load to planning
}

// Variable is a declared input. Boot variables are known only on the instance.
type Variable struct {
	Name        string
	Description string
	Type        cty.Type
	Default     cty.Value // cty.NilVal when there is none
	Sensitive   bool
	Boot        bool
	From        *Source // where a boot variable is fetched on the instance; nil for none
	// SHA256 pins an s3: value's content (lower-case hex); the instance refuses other bytes.
	SHA256 string
	// Fresh says the value must be read when the instance goes in service, not while it warms
	// (IsFresh gives the default when the recipe does not say).
	Fresh     *bool
	DeclRange hcl.Range

	fromExpr    hcl.Expression // evaluated once every variable is declared (decodeSources)
	sha256Range hcl.Range
}

// Policy holds the four questions that decide auto placement.
type Policy struct {
	Default        Phase
	RebuildEvery   time.Duration // how often images are rebuilt
	LaunchesPerDay float64       // how often instances are provisioned
	SharedBase     bool          // one base image serves several roles
	CertifyEvery   time.Duration // images can't be rebuilt faster than they are certified
	// InstanceHourPrice is what an instance-hour costs (e.g. 0.0416 for a t3.medium); 0 when the
	// recipe gives none, and the plan then speaks only in time.
	InstanceHourPrice float64
	// WarmPool is the group's warm pool, nil without one: then nothing is placed in warm.
	WarmPool *WarmPool
}

// WarmPool is an Auto Scaling warm pool: instances launched ahead of need, initialized, then
// kept in State until a scale-out takes them.
type WarmPool struct {
	State string // Stopped, Running or Hibernated
	Range hcl.Range
}

// Warm-pool states, as Auto Scaling names them (PutWarmPool's PoolState).
var WarmPoolStates = []string{"Stopped", "Running", "Hibernated"}

// DefaultPolicy is what a recipe without a policy block gets.
func DefaultPolicy() Policy {
	return Policy{Default: PhaseAuto, RebuildEvery: 168 * time.Hour, LaunchesPerDay: 100}
}

// IsFresh says whether a boot variable's value must be read as the instance goes in service: as
// the recipe says, or else by where it comes from. Instance metadata and tags, and values the
// user data carries, do not change between warm-up and service; SSM parameters, S3 objects and
// files on the instance may.
func (v *Variable) IsFresh() bool {
	if v.Fresh != nil {
		return *v.Fresh
	}
	return v.From != nil && v.From.Kind != SourceIMDS
}

// EffectiveRebuild is how long a baked step's copy lives: certification can slow rebuilds down.
func (p Policy) EffectiveRebuild() time.Duration {
	if p.CertifyEvery > p.RebuildEvery {
		return p.CertifyEvery
	}
	return p.RebuildEvery
}

// Step is one unit of configuration. Static fields are decoded at load; actions stay as
// expressions until Evaluate.
type Step struct {
	Name         string
	Description  string
	Phase        Phase // "" when the step leaves it to the policy
	PhaseRange   hcl.Range
	After        []string
	AfterRange   hcl.Range
	Roles        []string // empty: every role
	ChangesEvery time.Duration
	Estimate     time.Duration // 0: derive from the actions
	Timeout      time.Duration // 0: none
	Retries      int
	Reboot       Reboot // when the machine reboots after the step
	DeclRange    hcl.Range

	// VarRefs are the variables the step's expressions refer to, in source order, one per name.
	VarRefs []VarRef

	attrs        hcl.Attributes // action attributes: environment, packages, script, run
	allowOutside bool           // the script and sources may lie outside the recipe directory
	files        []*fileBlock
	services     []*serviceBlock
}

// VarRef is one reference to var.NAME inside a step, with where it was written.
type VarRef struct {
	Name  string
	Range hcl.Range
}

type fileBlock struct {
	Path         string
	Attrs        hcl.Attributes
	Range        hcl.Range
	allowOutside bool
}

type serviceBlock struct {
	Name  string
	Attrs hcl.Attributes
	Range hcl.Range
}

// AllRoles reports whether the step runs for every role.
func (s *Step) AllRoles() bool { return len(s.Roles) == 0 }

// HasRole reports whether the step belongs to role. The empty role selects common steps only.
func (s *Step) HasRole(role string) bool {
	if s.AllRoles() {
		return true
	}
	for _, r := range s.Roles {
		if r == role {
			return true
		}
	}
	return false
}
