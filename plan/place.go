package plan

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// minSavedPerDay is the boot time a baked step must save across a day's launches to be worth
// an image rebuild whenever it changes.
const minSavedPerDay = 60 * time.Second

// place applies the placement rules in order; the first that matches decides.
func place(r *recipe.Recipe, rs *recipe.Step, s *Step, vars map[string]*recipe.Variable,
	placed map[string]*Step, allRoles []string) (recipe.Phase, string, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	bootRef, bootRefRange := firstBootRef(rs, vars)
	bootDep := firstDependencyIn(rs, placed, recipe.PhaseBoot)
	warmDep := firstDependencyIn(rs, placed, recipe.PhaseWarm)
	freshRef, freshRange := firstFreshRef(rs, vars)

	var phase recipe.Phase
	var reason string
	switch {
	case rs.Phase == "" && r.Policy.WarmPool != nil && freshRef != "":
		phase, reason = recipe.PhaseBoot, fmt.Sprintf("uses var.%s, read as the instance goes in service (fresh)", freshRef)
	case rs.Phase == "" && bootDep == "" && warmDep != "":
		phase, reason = recipe.PhaseWarm, fmt.Sprintf("after warm step %s", warmDep)
	default:
		phase, reason = decide(r, rs, s, bootRef, bootDep, allRoles, warmsInstead(r, rs, bootDep))
	}
	diags = append(diags, checkWarm(r, rs, phase, freshRef, freshRange, bootDep, warmDep)...)
	if phase == recipe.PhaseBake {
		if rs.Phase == recipe.PhaseBake && bootRef != "" {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Baked step uses a boot variable",
				Detail:  fmt.Sprintf("Step %q has phase = \"bake\" but uses var.%s, which is known only at boot.", rs.Name, bootRef),
				Subject: bootRefRange.Ptr()})
		}
		if rs.Phase == recipe.PhaseBake && bootDep != "" {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Baked step after a boot step",
				Detail:  fmt.Sprintf("Step %q has phase = \"bake\" but comes after %q, which runs at boot.", rs.Name, bootDep),
				Subject: rs.PhaseRange.Ptr()})
		}
		for _, ref := range rs.VarRefs {
			if v := vars[ref.Name]; v.Sensitive && !v.Boot {
				rng := ref.Range
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Sensitive variable in a baked step",
					Detail:  fmt.Sprintf("Step %q is baked but uses sensitive var.%s, whose value would end up on the image; fetch it at boot with a boot variable and from.", rs.Name, ref.Name),
					Subject: &rng})
			}
		}
	}
	return phase, reason, diags
}

// decide applies the rules; with warm, what they would run at launch runs while the instance
// warms instead (warm.go), and its reason says so.
func decide(r *recipe.Recipe, rs *recipe.Step, s *Step, bootRef, bootDep string, allRoles []string, warm bool) (recipe.Phase, string) {
	p := r.Policy
	atLaunch := func(reason string) (recipe.Phase, string) {
		if warm {
			return recipe.PhaseWarm, reason + "; " + offCriticalPath
		}
		return recipe.PhaseBoot, reason
	}
	switch {
	case rs.Phase != "":
		return rs.Phase, fmt.Sprintf("phase = %q in the recipe", rs.Phase)
	case bootRef != "":
		return atLaunch(fmt.Sprintf("uses var.%s, known only at boot", bootRef))
	case bootDep != "":
		return recipe.PhaseBoot, fmt.Sprintf("after boot step %s", bootDep)
	case p.SharedBase && !coversAll(rs, allRoles):
		return atLaunch(fmt.Sprintf("only for role %s; the base image is shared", strings.Join(rs.Roles, ", ")))
	case p.Default != recipe.PhaseAuto && p.Default != "":
		return p.Default, fmt.Sprintf("policy default is %s", p.Default)
	case rs.ChangesEvery > 0 && rs.ChangesEvery < p.EffectiveRebuild():
		return atLaunch(fmt.Sprintf("changes every %s; %s, so a baked copy would be stale",
			Human(rs.ChangesEvery), rebuildCadence(p)))
	}
	saved := time.Duration(float64(s.Estimate) * p.LaunchesPerDay)
	est := Human(s.Estimate)
	if s.Measured {
		est += ", " + s.EstimateSource
	}
	if s.Estimate > 0 {
		s.BreakEven = minSavedPerDay.Seconds() / s.Estimate.Seconds()
	}
	if saved >= minSavedPerDay {
		return recipe.PhaseBake, fmt.Sprintf("saves %s × %s = %s of boot time per day%s; moves to boot below %s",
			est, launches(p.LaunchesPerDay), Human(saved), costNote(p, saved), launches(roundRate(s.BreakEven)))
	}
	if p.InstanceHourPrice > 0 && saved > 0 {
		est += fmt.Sprintf(" × %s = %s of boot time per day, %s", launches(p.LaunchesPerDay), Human(saved), CostOf(saved, p.InstanceHourPrice))
	}
	cheap := fmt.Sprintf("cheap at boot (%s); kept flexible", est)
	phase := recipe.PhaseBoot
	if warm {
		cheap, phase = fmt.Sprintf("cheap (%s); %s", est, offCriticalPath), recipe.PhaseWarm
	}
	if s.Estimate <= 0 {
		return phase, cheap
	}
	return phase, fmt.Sprintf("%s; moves to bake from %s", cheap, launches(roundRate(s.BreakEven)))
}

// roundRate keeps a break-even launch rate readable: three significant digits.
func roundRate(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 3, 64), 64)
	return v
}

// firstBootRef names the first variable the step uses that is resolved on the instance.
func firstBootRef(rs *recipe.Step, vars map[string]*recipe.Variable) (string, hcl.Range) {
	for _, ref := range rs.VarRefs {
		if vars[ref.Name].Boot {
			return ref.Name, ref.Range
		}
	}
	return "", hcl.Range{}
}

// firstDependencyIn names the first direct dependency placed in phase. Dependencies are placed
// before the step, and a step after a boot (or warm) step is itself boot (or warm or boot), so
// direct ones suffice for the transitive rules.
func firstDependencyIn(rs *recipe.Step, placed map[string]*Step, phase recipe.Phase) string {
	for _, d := range rs.After {
		if dep, ok := placed[d]; ok && dep.Phase == phase {
			return d
		}
	}
	return ""
}

func coversAll(rs *recipe.Step, allRoles []string) bool {
	for _, role := range allRoles {
		if !rs.HasRole(role) {
			return false
		}
	}
	return true
}

// rebuildCadence says how often a baked copy is renewed, and what sets that pace.
func rebuildCadence(p recipe.Policy) string {
	if p.CertifyEvery > p.RebuildEvery {
		return fmt.Sprintf("certification limits rebuilds to every %s", Human(p.CertifyEvery))
	}
	return fmt.Sprintf("images are rebuilt every %s", Human(p.RebuildEvery))
}

// launches writes a launch rate: "1 launch/day", "100 launches/day".
func launches(f float64) string {
	if f == 1 {
		return "1 launch/day"
	}
	return number(f) + " launches/day"
}

func number(f float64) string {
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprintf("%g", f)
}
