package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
)

// Text renders the plan as a table: step, phase, estimate, reason.
func (p *Plan) Text() string {
	var b bytes.Buffer
	role := p.Role
	if role == "" {
		role = "(common steps)"
	}
	if p.Policy.WarmPool != nil {
		fmt.Fprintf(&b, "recipe %s, role %s: %d baked, %d while warming (warm pool, %s), %d at boot\n", p.Recipe, role, len(p.Bake()), len(p.Warm()), p.Policy.WarmPool.State, len(p.Boot()))
	} else {
		fmt.Fprintf(&b, "recipe %s, role %s: %d baked, %d at boot\n", p.Recipe, role, len(p.Bake()), len(p.Boot()))
	}
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "STEP\tPHASE\tESTIMATE\tREASON")
	for _, s := range p.Steps {
		est := Human(s.Estimate) + " " + s.EstimateSource
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", s.Name, s.Phase, est, s.Reason)
	}
	w.Flush()
	if svcs := p.Services(); len(svcs) > 0 {
		b.WriteString("services:\n")
		for _, s := range svcs {
			fmt.Fprintf(&b, "  %s\n", s.Describe())
		}
	}
	fmt.Fprintf(&b, "estimated: bake %s, boot %s\n", Human(p.EstimatedBake()), Human(p.EstimatedBoot()))
	if p.Policy.InstanceHourPrice > 0 {
		perDay := BootPerDay(p.EstimatedBoot(), p.Policy.LaunchesPerDay)
		fmt.Fprintf(&b, "boot time per day at %s: %s%s\n", launches(p.Policy.LaunchesPerDay), Human(perDay), costNote(p.Policy, perDay))
	}
	fmt.Fprintf(&b, "bake digest %s\n", p.BakeDigest)
	return b.String()
}

// JSONPlan is the plan's JSON form; field names are part of parbake's interface.
type JSONPlan struct {
	Recipe     string     `json:"recipe"`
	Role       string     `json:"role"`
	BakeDigest string     `json:"bake_digest"`
	Steps      []JSONStep `json:"steps"`
}

// JSONStep is one step of JSONPlan.
type JSONStep struct {
	Name            string   `json:"name"`
	Description     string   `json:"description,omitempty"`
	Phase           string   `json:"phase"`
	Reason          string   `json:"reason"`
	Hash            string   `json:"hash"`
	After           []string `json:"after"`
	EstimateSeconds float64  `json:"estimate_seconds"`
	EstimateSource  string   `json:"estimate_source"`
	Measured        bool     `json:"measured,omitempty"`
	BakeSeconds     float64  `json:"bake_estimate_seconds"`
	BakeSource      string   `json:"bake_estimate_source"`
	BreakEven       float64  `json:"break_even_launches_per_day,omitempty"`
	BootVariables   []string `json:"boot_variables,omitempty"`
}

// JSON renders the plan as indented JSON, ending in a newline.
func (p *Plan) JSON() string {
	out := JSONPlan{Recipe: p.Recipe, Role: p.Role, BakeDigest: p.BakeDigest, Steps: []JSONStep{}}
	for _, s := range p.Steps {
		after := s.After
		if after == nil {
			after = []string{}
		}
		out.Steps = append(out.Steps, JSONStep{
			Name: s.Name, Description: s.Description, Phase: string(s.Phase), Reason: s.Reason, Hash: s.Hash, After: after,
			EstimateSeconds: s.Estimate.Seconds(), EstimateSource: s.EstimateSource, Measured: s.Measured,
			BakeSeconds: s.BakeEstimate.Seconds(), BakeSource: s.BakeSource, BreakEven: roundRate(s.BreakEven), BootVariables: s.BootVars,
		})
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	return strings.TrimRight(string(b), "\n") + "\n"
}
