package recipe

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// AWSCLIStep is the step parbake adds to a recipe that reads ssm: or s3: values, or completes an
// Auto Scaling lifecycle action when ready: the boot runner does both with the AWS CLI, which stock Debian and Ubuntu images lack. It is an ordinary step, shown
// in the plan and placed by the same rules (usually baked); at boot it runs before any value is
// fetched.
const AWSCLIStep = "awscli"

// addAWSCLIStep puts the implicit step first when a variable reads from SSM or S3, or the ready
// block names a lifecycle hook, unless the recipe declares a step of that name itself (then that
// step is trusted to provide the CLI).
func addAWSCLIStep(r *Recipe) {
	var rng hcl.Range
	found := false
	for _, v := range r.Variables {
		if v.From != nil && (v.From.Kind == SourceSSM || v.From.Kind == SourceS3) {
			rng, found = v.From.Range, true
			break
		}
	}
	if !found && r.Ready != nil && r.Ready.LifecycleHook != "" {
		rng, found = r.Ready.DeclRange, true
	}
	if !found {
		return
	}
	for _, s := range r.Steps {
		if s.Name == AWSCLIStep {
			return
		}
	}
	packages := &hcl.Attribute{Name: "packages", Expr: hcl.StaticExpr(cty.ListVal([]cty.Value{cty.StringVal("awscli")}), rng), Range: rng, NameRange: rng}
	step := &Step{
		Name: AWSCLIStep, Description: "The AWS CLI, which reads the ssm: and s3: values and completes lifecycle actions at boot (added by parbake)",
		DeclRange: rng, attrs: hcl.Attributes{"packages": packages},
	}
	r.Steps = append([]*Step{step}, r.Steps...)
}
