package plan

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// The warm phase: with a warm pool (policy's warm_pool), work that needs the instance but no
// value that may change before it serves runs while the instance warms, off the critical path of
// a scale-out. What must be fresh at service entry stays at boot.

// offCriticalPath is what a warm step's reason adds.
const offCriticalPath = "done while the instance warms, off the critical path"

// warmsInstead says whether the rules' launch-time placements of this step run while the instance
// warms: with a warm pool, unless the recipe places the step itself, it follows a boot step (boot
// steps run after every warm step), or the policy's default is boot.
func warmsInstead(r *recipe.Recipe, rs *recipe.Step, bootDep string) bool {
	return r.Policy.WarmPool != nil && rs.Phase == "" && bootDep == "" && r.Policy.Default != recipe.PhaseBoot
}

// firstFreshRef names the first boot variable the step uses whose value must be read at service
// entry.
func firstFreshRef(rs *recipe.Step, vars map[string]*recipe.Variable) (string, hcl.Range) {
	for _, ref := range rs.VarRefs {
		if v := vars[ref.Name]; v.Boot && v.IsFresh() {
			return ref.Name, ref.Range
		}
	}
	return "", hcl.Range{}
}

// checkWarm reports what the warm phase cannot hold: a warm step without a warm pool, a warm step
// that uses a fresh value or follows a boot step, a baked step after a warm step.
func checkWarm(r *recipe.Recipe, rs *recipe.Step, phase recipe.Phase, freshRef string, freshRange hcl.Range, bootDep, warmDep string) hcl.Diagnostics {
	var diags hcl.Diagnostics
	add := func(summary, detail string, at hcl.Range) {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: at.Ptr()})
	}
	switch {
	case rs.Phase == recipe.PhaseWarm && r.Policy.WarmPool == nil:
		add("Warm step without a warm pool", fmt.Sprintf("Step %q has phase = \"warm\", which runs while an instance waits in an Auto Scaling warm pool; declare one in the policy (warm_pool { state = \"Stopped\" }) or choose \"bake\" or \"boot\".", rs.Name), rs.PhaseRange)
	case phase == recipe.PhaseWarm && freshRef != "":
		add("Warm step uses a fresh variable", fmt.Sprintf("Step %q has phase = \"warm\" but uses var.%s, which must be read as the instance goes in service; run the step at boot, or mark the variable fresh = false if its value cannot change while the instance waits in the pool.", rs.Name, freshRef), freshRange)
	case phase == recipe.PhaseWarm && bootDep != "":
		add("Warm step after a boot step", fmt.Sprintf("Step %q has phase = \"warm\" but comes after %q, which runs at boot, once the warm part is done.", rs.Name, bootDep), rs.PhaseRange)
	case phase == recipe.PhaseBake && warmDep != "":
		add("Baked step after a warm step", fmt.Sprintf("Step %q has phase = \"bake\" but comes after %q, which runs while the instance warms.", rs.Name, warmDep), rs.PhaseRange)
	}
	return diags
}
