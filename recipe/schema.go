package recipe

import "github.com/hashicorp/hcl/v2"

// The schemas list every block and attribute a recipe may hold; hcl reports anything else as
// "Unsupported argument" or "Unsupported block type" with its range.

var fileSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "variable", LabelNames: []string{"name"}},
		{Type: "policy"},
		{Type: "ready"},
		{Type: "step", LabelNames: []string{"name"}},
	},
}

var variableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "type"}, {Name: "description"}, {Name: "default"},
		{Name: "sensitive"}, {Name: "boot"}, {Name: "from"}, {Name: "sha256"}, {Name: "fresh"},
	},
}

var policySchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "default"}, {Name: "rebuild_every"}, {Name: "launches_per_day"},
		{Name: "shared_base"}, {Name: "certify_every"}, {Name: "instance_hour_price"},
	},
	Blocks: []hcl.BlockHeaderSchema{{Type: "warm_pool"}},
}

var warmPoolSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "state"}}}

// staticStepAttrs are decoded at load time and may not refer to variables.
var staticStepAttrs = []string{
	"description", "phase", "after", "roles", "changes_every", "estimate", "timeout", "retries",
	"allow_outside", "reboot",
}

// actionStepAttrs are evaluated by the planner and may refer to variables.
var actionStepAttrs = []string{"environment", "packages", "script", "run", "check"}

var stepSchema = func() *hcl.BodySchema {
	s := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "file", LabelNames: []string{"path"}},
		{Type: "service", LabelNames: []string{"name"}},
	}}
	for _, n := range append(append([]string{}, staticStepAttrs...), actionStepAttrs...) {
		s.Attributes = append(s.Attributes, hcl.AttributeSchema{Name: n})
	}
	return s
}()

var fileBlockSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "content"}, {Name: "source"}, {Name: "mode"}, {Name: "owner"}, {Name: "allow_outside"}},
}

var serviceBlockSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "enable"}, {Name: "start"}, {Name: "on_boot"}},
}

// Attributes lists every attribute each kind of block accepts, by block type ("variable",
// "policy", "step", "file", "service"), for tools that check documentation against the
// language.
func Attributes() map[string][]string {
	names := func(s *hcl.BodySchema) []string {
		var out []string
		for _, a := range s.Attributes {
			out = append(out, a.Name)
		}
		return out
	}
	return map[string][]string{
		"variable": names(variableSchema), "policy": names(policySchema), "step": names(stepSchema),
		"file": names(fileBlockSchema), "service": names(serviceBlockSchema), "ready": names(readySchema),
		"warm_pool": names(warmPoolSchema),
	}
}
