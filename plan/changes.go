package plan

import (
	"fmt"
	"strings"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Previous is what an earlier bake recorded (its manifest): the baked steps with their hashes
// and actions, and the steps it left for boot.
type Previous struct {
	Baked []PreviousStep
	Boot  []string
}

// PreviousStep is one baked step of an earlier bake.
type PreviousStep struct {
	Name, Hash string
	Actions    []Action
}

// Change kinds.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
	Moved   = "moved"
)

// Change is one difference in what an image holds, between an earlier bake and this plan.
type Change struct {
	Step   string `mapstructure:"step"`
	Change string `mapstructure:"change"` // added, removed, changed or moved
	Detail string `mapstructure:"detail"` // what changed, or where the step moved and why
	// Review is true when the change puts something on the image that was not reviewed: a new
	// or changed baked step, or one moved into the bake.
	Review bool `mapstructure:"needs_review"`
}

// Changes compares the steps this plan bakes with an earlier bake, in plan order, then the
// earlier bake's order for what left.
func (p *Plan) Changes(prev Previous) []Change {
	before := map[string]PreviousStep{}
	for _, s := range prev.Baked {
		before[s.Name] = s
	}
	bootBefore := map[string]bool{}
	for _, n := range prev.Boot {
		bootBefore[n] = true
	}
	now := map[string]*Step{}
	var out []Change
	for _, s := range p.Steps {
		now[s.Name] = s
		old, wasBaked := before[s.Name]
		switch {
		case s.Phase != recipe.PhaseBake:
			continue
		case wasBaked && old.Hash != s.Hash:
			out = append(out, Change{Step: s.Name, Change: Changed, Detail: actionDiff(old.Actions, s.Actions), Review: true})
		case !wasBaked && bootBefore[s.Name]:
			out = append(out, Change{Step: s.Name, Change: Moved, Detail: "moved to bake (" + s.Reason + ")", Review: true})
		case !wasBaked:
			out = append(out, Change{Step: s.Name, Change: Added, Detail: "new step, baked", Review: true})
		}
	}
	for _, old := range prev.Baked {
		s, ok := now[old.Name]
		switch {
		case !ok:
			out = append(out, Change{Step: old.Name, Change: Removed, Detail: "no longer in the recipe (for this role)"})
		case s.Phase != recipe.PhaseBake:
			out = append(out, Change{Step: old.Name, Change: Moved, Detail: "moved to boot (" + s.Reason + ")"})
		}
	}
	return out
}

// actionDiff names the actions that differ between two versions of a step.
func actionDiff(old, now []Action) string {
	was := map[string]string{}
	for _, a := range old {
		was[a.Detail] = a.Hash
	}
	seen := map[string]bool{}
	var parts []string
	for _, a := range now {
		seen[a.Detail] = true
		if h, ok := was[a.Detail]; !ok {
			parts = append(parts, a.Detail+" (new)")
		} else if h != a.Hash {
			parts = append(parts, a.Detail)
		}
	}
	for _, a := range old {
		if !seen[a.Detail] {
			parts = append(parts, a.Detail+" (removed)")
		}
	}
	if len(parts) == 0 {
		return "the step's settings" // the same actions in another order, or a renamed hashing input
	}
	return strings.Join(parts, ", ")
}

// ChangeReport says in plain words what a bake changes, e.g. "nginx: changed (file
// /etc/nginx/conf.d/tuning.conf); motd: moved to boot (changes every 24h); new step: audit".
// With certification, it says which changes need a new review.
func ChangeReport(changes []Change, certify bool) string {
	if len(changes) == 0 {
		return "no change to the baked steps"
	}
	var parts []string
	reviews := 0
	for _, c := range changes {
		var s string
		switch c.Change {
		case Added:
			s = "new step: " + c.Step
		case Removed:
			s = "removed step: " + c.Step
		case Changed:
			s = fmt.Sprintf("%s: changed (%s)", c.Step, c.Detail)
		default:
			s = c.Step + ": " + c.Detail
		}
		if certify && c.Review {
			s += " [needs review]"
			reviews++
		}
		parts = append(parts, s)
	}
	text := strings.Join(parts, "; ")
	if certify {
		text += fmt.Sprintf(". %s a new review", Count(reviews, "change needs", "changes need"))
	}
	return text
}
