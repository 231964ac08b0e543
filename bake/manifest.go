package bake

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// ManifestPath is where the bake manifest is written on the image.
const ManifestPath = runner.ManifestPath

// Manifest is the record of a bake: what the image holds and what was left for boot. A security
// reviewer reads it; the boot half pairs user data with it and uses its durations as estimates.
type Manifest struct {
	ParbakeVersion string      `json:"parbake_version"`
	Recipe         string      `json:"recipe"`
	Role           string      `json:"role"`
	BakeDigest     string      `json:"bake_digest"`
	BakedSteps     []BakedStep `json:"baked_steps"`
	BootSteps      []string    `json:"boot_steps"`
	// WarmSteps are what an instance runs while it warms in a warm pool; absent without them.
	WarmSteps []string `json:"warm_steps,omitempty"`
}

// BakedStep is one baked step with its measured duration, and each action's hash, so that a
// later bake can say what changed.
type BakedStep struct {
	Name            string  `json:"name"`
	Hash            string  `json:"hash"`
	DurationSeconds float64 `json:"duration_seconds"`
	// Reboots lists why the machine rebooted after the step, once per reboot: "always",
	// "reboot-required", "needs-restarting" or "exit-194".
	Reboots []string      `json:"reboots"`
	Actions []plan.Action `json:"actions"`
}

// Previous is the manifest as the planner's change report reads it.
func (m *Manifest) Previous() plan.Previous {
	prev := plan.Previous{Boot: m.BootSteps}
	for _, s := range m.BakedSteps {
		prev.Baked = append(prev.Baked, plan.PreviousStep{Name: s.Name, Hash: s.Hash, Actions: s.Actions})
	}
	return prev
}

// RenderManifest writes the manifest of a bake: each baked step with its duration as the runner
// reported it (seconds, as text, so its three decimals are kept) and the reasons of its reboots.
// It is the only writer: the provisioner installs these bytes on the image and writes them to
// manifest_output. Field order and layout are fixed, a step a line, for reviewers' diffs.
func RenderManifest(p *plan.Plan, version string, durations map[int]string, reboots map[int][]string) string {
	return RenderManifestChecks(p, version, durations, reboots, nil)
}

// CheckResult is how one of a baked step's checks went.
type CheckResult struct {
	N       int
	Status  string // ok or failed
	Code    int
	Seconds string // as the runner reported them
}

// RenderManifestChecks is RenderManifest with the results of the baked steps' checks, by step
// index; a step with checks lists each with its text, status and duration.
func RenderManifestChecks(p *plan.Plan, version string, durations map[int]string, reboots map[int][]string, checks map[int][]CheckResult) string {
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	var b strings.Builder
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"parbake_version\": %s,\n", q(version))
	fmt.Fprintf(&b, "  \"recipe\": %s,\n", q(p.Recipe))
	fmt.Fprintf(&b, "  \"role\": %s,\n", q(p.Role))
	fmt.Fprintf(&b, "  \"bake_digest\": %s,\n", q(p.BakeDigest))
	b.WriteString("  \"baked_steps\": [")
	for i, s := range p.Bake() {
		if i > 0 {
			b.WriteString(",")
		}
		dur, ok := durations[i+1]
		if !ok {
			dur = "0"
		}
		var why []string
		for _, r := range reboots[i+1] {
			why = append(why, q(r))
		}
		fmt.Fprintf(&b, "\n    {\"name\": %s, \"hash\": %s, \"duration_seconds\": %s, \"reboots\": [%s], \"actions\": [", q(s.Name), q(s.Hash), dur, strings.Join(why, ", "))
		for j, a := range s.Actions {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "{\"detail\": %s, \"hash\": %s}", q(a.Detail), q(a.Hash))
		}
		b.WriteString("]")
		if len(s.Content.Checks) > 0 { // only for steps with checks, so other manifests keep their bytes
			b.WriteString(", \"checks\": [")
			for j, text := range s.Content.Checks {
				res := CheckResult{N: j + 1, Status: "not run", Seconds: "0"}
				for _, r := range checks[i+1] {
					if r.N == j+1 {
						res = r
					}
				}
				if j > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "{\"check\": %s, \"status\": %s, \"exit_code\": %d, \"duration_seconds\": %s}", q(recipe.Display(text)), q(res.Status), res.Code, res.Seconds)
			}
			b.WriteString("]")
		}
		b.WriteString("}")
	}
	if len(p.Bake()) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("],\n  \"boot_steps\": [")
	for i, s := range p.Boot() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(q(s.Name))
	}
	b.WriteString("]")
	if warm := p.Warm(); len(warm) > 0 {
		b.WriteString(",\n  \"warm_steps\": [")
		for i, s := range warm {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(q(s.Name))
		}
		b.WriteString("]")
	}
	b.WriteString("\n}\n")
	return b.String()
}

// ReadManifest reads a bake manifest, for pairing and measured estimates.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: not a parbake bake manifest: %w", path, err)
	}
	if m.BakeDigest == "" {
		return nil, fmt.Errorf("%s: not a parbake bake manifest: no bake_digest", path)
	}
	return &m, nil
}

// Durations returns the measured duration of each baked step, by name.
func (m *Manifest) Durations() map[string]time.Duration {
	out := map[string]time.Duration{}
	for _, s := range m.BakedSteps {
		out[s.Name] = time.Duration(s.DurationSeconds * float64(time.Second))
	}
	return out
}
