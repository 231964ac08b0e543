package plan

import (
	"time"

	"github.com/parbake/packer-plugin-parbake/timings"

	"github.com/hashicorp/hcl/v2"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Inputs are what a caller knows besides the recipe.
type Inputs struct {
	Values  map[string]string // variable values, as text
	Role    string            // "" selects the steps every role shares
	Timings *timings.File     // measured durations; nil for none
}

// Plan is the placed recipe.
type Plan struct {
	Recipe     string
	Role       string
	Policy     recipe.Policy
	Steps      []*Step // topological order, ties broken by declaration order
	BakeDigest string  // sha256 over the ordered hashes of the baked steps

	// SensitiveVariables names the recipe's sensitive variables, whose values must be masked.
	SensitiveVariables []string
	// Variables are the recipe's declarations, which the boot renderer resolves on the instance.
	Variables []*recipe.Variable
	// Ready is the recipe's ready block: what the instance signals once its boot part has ended;
	// nil for none.
	Ready *recipe.Ready
}

// Step is one placed step.
type Step struct {
	Name        string
	Description string
	Phase       recipe.Phase
	Reason      string
	Hash        string
	Actions     []Action // each action's own hash, recorded in the manifest for change reports
	After       []string
	Estimate    time.Duration // how long the step takes at boot: what placement weighs
	Measured    bool          // Estimate was measured rather than estimated
	// EstimateSource says where Estimate comes from: "declared", "derived", "measured (n=7)",
	// or "measured at bake (n=3)" when only the other phase was measured.
	EstimateSource string
	BakeEstimate   time.Duration // how long the step takes in a bake
	BakeSource     string
	// BreakEven is the launch rate at which an automatically placed step would change phase, in
	// launches a day; 0 for steps placed by another rule.
	BreakEven float64
	Timeout   time.Duration
	Retries   int
	Reboot    recipe.Reboot   // "" or never: only when the step's script exits 194
	BootVars  []string        // boot or sensitive variables the step uses, resolved on the instance
	BootRefs  []recipe.VarRef // where the step refers to each of them, for messages
	Range     hcl.Range       // the step block, for messages
	Content   *recipe.Content
}

// Bake returns the baked steps, in order.
func (p *Plan) Bake() []*Step { return p.phase(recipe.PhaseBake) }

// Warm returns the steps an instance runs while it warms in a warm pool, in order.
func (p *Plan) Warm() []*Step { return p.phase(recipe.PhaseWarm) }

// Boot returns the steps left for boot, in order.
func (p *Plan) Boot() []*Step { return p.phase(recipe.PhaseBoot) }

// Launch returns what an instance's user data runs: the warm steps, then the boot steps. No warm
// step follows a boot step, so this order keeps every dependency.
func (p *Plan) Launch() []*Step { return append(p.Warm(), p.Boot()...) }

func (p *Plan) phase(ph recipe.Phase) []*Step {
	var out []*Step
	for _, s := range p.Steps {
		if s.Phase == ph {
			out = append(out, s)
		}
	}
	return out
}

// Names lists the steps' names.
func Names(steps []*Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Name
	}
	return out
}

// UseMeasured shows measured durations (from a bake manifest) as the steps' estimates without
// placing the steps again: placement must stay as it was when the image was baked.
func (p *Plan) UseMeasured(d map[string]time.Duration) {
	for _, s := range p.Steps {
		if m, ok := d[s.Name]; ok {
			s.Estimate, s.Measured, s.EstimateSource = m, true, "measured at bake (manifest)"
			s.BakeEstimate, s.BakeSource = m, "measured (manifest)"
		}
	}
}

// EstimatedBake adds up the baked steps' bake-time estimates.
func (p *Plan) EstimatedBake() time.Duration {
	var d time.Duration
	for _, s := range p.Bake() {
		d += s.BakeEstimate
	}
	return d
}

// EstimatedWarm adds up the warm steps' estimates: time an instance spends warming, off the
// critical path of a scale-out.
func (p *Plan) EstimatedWarm() time.Duration {
	var d time.Duration
	for _, s := range p.Warm() {
		d += s.Estimate
	}
	return d
}

// EstimatedBoot adds up the boot steps' estimates.
func (p *Plan) EstimatedBoot() time.Duration {
	var d time.Duration
	for _, s := range p.Boot() {
		d += s.Estimate
	}
	return d
}
