package parbake

import (
	"errors"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/hashicorp/packer-plugin-sdk/hcl2helper"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"
	"github.com/zclconf/go-cty/cty"

	"github.com/parbake/packer-plugin-parbake/plan"
)

// Datasource adapts the planner to Packer's data source interface.
type Datasource struct {
	config Config
	plan   *plan.Plan
}

func (d *Datasource) ConfigSpec() hcldec.ObjectSpec { return d.config.FlatMapstructure().HCL2Spec() }

func (d *Datasource) OutputSpec() hcldec.ObjectSpec {
	return (&DatasourceOutput{}).FlatMapstructure().HCL2Spec()
}

// Configure decodes the configuration and plans the recipe, so that `packer validate` reports a
// bad recipe as well as `packer build` does.
func (d *Datasource) Configure(raws ...interface{}) error {
	if err := config.Decode(&d.config, &config.DecodeOpts{}, raws...); err != nil {
		return err
	}
	var errs *packersdk.MultiError
	if d.config.Recipe == "" {
		errs = packersdk.MultiErrorAppend(errs, errors.New("recipe: required; give the path of a recipe file or directory"))
	}
	if errs != nil && len(errs.Errors) > 0 {
		return errs
	}
	p, err := plan.FromPath(d.config.Recipe, plan.Inputs{Values: d.config.Variables, Role: d.config.Role})
	if err != nil {
		return err
	}
	d.plan = p
	return nil
}

// Execute returns the plan's outputs.
func (d *Datasource) Execute() (cty.Value, error) {
	out := outputs(d.plan)
	return hcl2helper.HCL2ValueFromConfig(out, d.OutputSpec()), nil
}

func outputs(p *plan.Plan) DatasourceOutput {
	return DatasourceOutput{
		Plan:       p.Text(),
		PlanJSON:   p.JSON(),
		BakeSteps:  nonNil(plan.Names(p.Bake())),
		BootSteps:  nonNil(plan.Names(p.Boot())),
		BakeDigest: p.BakeDigest,
		ImageTags:  p.ImageTags(),
	}
}

// nonNil keeps empty lists as [] rather than null in HCL.
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
