package picture

import (
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// mustBoot names the steps no placement could bake: those that use a value known only at boot,
// and those after them. "All baked" means every other step is baked.
func mustBoot(p *plan.Plan) map[string]bool {
	out := map[string]bool{}
	for _, s := range p.Steps { // topological order: dependencies come first
		if len(s.BootVars) > 0 {
			out[s.Name] = true
			continue
		}
		for _, a := range s.After {
			if out[a] {
				out[s.Name] = true
				break
			}
		}
	}
	return out
}

// perLaunch is the boot time of one launch under each of the three splits the chart compares.
type perLaunch struct {
	Split, AllBoot, AllBaked float64 // seconds
}

func splits(p *plan.Plan) perLaunch {
	must := mustBoot(p)
	var out perLaunch
	for _, s := range p.Steps {
		d := s.Estimate.Seconds()
		out.AllBoot += d
		if s.Phase == recipe.PhaseBoot {
			out.Split += d
		}
		if must[s.Name] {
			out.AllBaked += d
		}
	}
	return out
}
