package recipe

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
)

func decodePolicy(block *hcl.Block) (Policy, hcl.Diagnostics) {
	p := DefaultPolicy()
	content, diags := block.Body.Content(policySchema)
	if a, ok := content.Attributes["default"]; ok {
		ph, d := decodePhase(a, true)
		diags = append(diags, d...)
		p.Default = ph
	}
	if a, ok := content.Attributes["rebuild_every"]; ok {
		v, d := staticDuration(a)
		diags = append(diags, d...)
		p.RebuildEvery = v
	}
	if a, ok := content.Attributes["certify_every"]; ok {
		v, d := staticDuration(a)
		diags = append(diags, d...)
		p.CertifyEvery = v
	}
	for _, n := range []struct {
		name string
		into *float64
	}{{"launches_per_day", &p.LaunchesPerDay}, {"instance_hour_price", &p.InstanceHourPrice}} { // in order: diagnostics are deterministic
		if a, ok := content.Attributes[n.name]; ok {
			v, d := nonNegativeNumber(a)
			diags = append(diags, d...)
			*n.into = v
		}
	}
	if a, ok := content.Attributes["shared_base"]; ok {
		v, d := staticBool(a)
		diags = append(diags, d...)
		p.SharedBase = v
	}
	return p, diags
}

// decodePhase reads bake | boot | auto; auto is returned as "" for steps (no explicit phase).
func decodePhase(a *hcl.Attribute, isPolicy bool) (Phase, hcl.Diagnostics) {
	s, diags := staticString(a)
	if diags.HasErrors() {
		return "", diags
	}
	switch Phase(s) {
	case PhaseBake, PhaseBoot:
		return Phase(s), nil
	case PhaseAuto:
		if isPolicy {
			return PhaseAuto, nil
		}
		return "", nil
	}
	return "", hcl.Diagnostics{attrError(a, "Invalid phase", fmt.Sprintf("%q must be \"bake\", \"boot\" or \"auto\"; got %q.", a.Name, s))}
}

// nonNegativeNumber reads a number that may not be negative: a rate or a price.
func nonNegativeNumber(a *hcl.Attribute) (float64, hcl.Diagnostics) {
	v, diags := staticNumber(a)
	if !diags.HasErrors() && v < 0 {
		diags = append(diags, attrError(a, "Invalid "+a.Name, a.Name+" may not be negative."))
	}
	return v, diags
}
