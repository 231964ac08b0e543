package recipe

import (
	"fmt"
	"slices"

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
	for _, b := range content.Blocks {
		if p.WarmPool != nil {
			diags = append(diags, duplicate("warm_pool", "", b.DefRange, p.WarmPool.Range))
			continue
		}
		wp, d := decodeWarmPool(b)
		diags = append(diags, d...)
		p.WarmPool = wp
	}
	return p, diags
}

// decodeWarmPool reads policy's warm_pool block: the pool's state, Stopped unless it says.
func decodeWarmPool(block *hcl.Block) (*WarmPool, hcl.Diagnostics) {
	wp := &WarmPool{State: "Stopped", Range: block.DefRange}
	content, diags := block.Body.Content(warmPoolSchema)
	if a, ok := content.Attributes["state"]; ok {
		s, d := staticString(a)
		diags = append(diags, d...)
		if !d.HasErrors() && !slices.Contains(WarmPoolStates, s) {
			diags = append(diags, attrError(a, "Invalid warm pool state", fmt.Sprintf("state must be one of %s, as Auto Scaling names them; got %q.", Words(WarmPoolStates), s)))
		}
		wp.State = s
	}
	return wp, diags
}

// decodePhase reads bake | warm | boot | auto (warm for steps only); auto is returned as "" for
// steps (no explicit phase).
func decodePhase(a *hcl.Attribute, isPolicy bool) (Phase, hcl.Diagnostics) {
	s, diags := staticString(a)
	if diags.HasErrors() {
		return "", diags
	}
	switch Phase(s) {
	case PhaseBake, PhaseBoot:
		return Phase(s), nil
	case PhaseWarm:
		if !isPolicy {
			return PhaseWarm, nil
		}
	case PhaseAuto:
		if isPolicy {
			return PhaseAuto, nil
		}
		return "", nil
	}
	allowed := `"bake", "warm", "boot" or "auto"`
	if isPolicy {
		allowed = `"bake", "boot" or "auto"`
	}
	return "", hcl.Diagnostics{attrError(a, "Invalid phase", fmt.Sprintf("%q must be %s; got %q.", a.Name, allowed, s))}
}

// nonNegativeNumber reads a number that may not be negative: a rate or a price.
func nonNegativeNumber(a *hcl.Attribute) (float64, hcl.Diagnostics) {
	v, diags := staticNumber(a)
	if !diags.HasErrors() && v < 0 {
		diags = append(diags, attrError(a, "Invalid "+a.Name, a.Name+" may not be negative."))
	}
	return v, diags
}
