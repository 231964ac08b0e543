package plan

import (
	"time"

	"github.com/hashicorp/hcl/v2"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Inputs are what a caller knows besides the recipe.
type Inputs struct {
	Values   map[string]string        // variable values, as text
	Role     string                   // "" selects the steps every role shares
	Measured map[string]time.Duration // measured step durations, e.g. from a bake manifest
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
}

// Step is one placed step.
type Step struct {
	Name        string
	Description string
	Phase       recipe.Phase
	Reason      string
	Hash        string
	After       []string
	Estimate    time.Duration
	Measured    bool // Estimate was measured rather than estimated
	Timeout     time.Duration
	Retries     int
	BootVars    []string        // boot or sensitive variables the step uses, resolved on the instance
	BootRefs    []recipe.VarRef // where the step refers to each of them, for messages
	Range       hcl.Range       // the step block, for messages
	Content     *recipe.Content
}

// Bake returns the baked steps, in order.
func (p *Plan) Bake() []*Step { return p.phase(recipe.PhaseBake) }

// Boot returns the steps left for boot, in order.
func (p *Plan) Boot() []*Step { return p.phase(recipe.PhaseBoot) }

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
			s.Estimate, s.Measured = m, true
		}
	}
}
