package parbake

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/hashicorp/packer-plugin-sdk/hcl2helper"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"
	"github.com/zclconf/go-cty/cty"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/version"
)

// Datasource adapts the planner and the boot renderer to Packer's data source interface.
type Datasource struct {
	config   Config
	plan     *plan.Plan
	userData *boot.Result
}

func (d *Datasource) ConfigSpec() hcldec.ObjectSpec { return d.config.FlatMapstructure().HCL2Spec() }

func (d *Datasource) OutputSpec() hcldec.ObjectSpec {
	return (&DatasourceOutput{}).FlatMapstructure().HCL2Spec()
}

var imdsEndpoint = regexp.MustCompile(`^https?://[A-Za-z0-9.:\[\]-]+$`)

// Configure decodes the configuration, plans the recipe and renders the user data, reporting
// every problem at once, so that `packer validate` catches what `packer build` would.
func (d *Datasource) Configure(raws ...interface{}) error {
	if err := config.Decode(&d.config, &config.DecodeOpts{}, raws...); err != nil {
		return err
	}
	c := &d.config
	setDefault(&c.Format, string(boot.FormatMIME))
	setDefault(&c.Gzip, boot.GzipAuto)
	setDefault(&c.IMDSEndpoint, boot.DefaultIMDS)
	setDefault(&c.OnMismatch, string(boot.MismatchError))

	var errs *packersdk.MultiError
	add := func(err error) { errs = packersdk.MultiErrorAppend(errs, err) }
	if c.Recipe == "" {
		add(errors.New("recipe: required; give the path of a recipe file or directory"))
	}
	oneOf(add, "format", c.Format, "mime", "shell", "cloud-config")
	oneOf(add, "gzip", c.Gzip, "auto", "true", "false")
	oneOf(add, "on_mismatch", c.OnMismatch, "error", "boot-all")
	if !imdsEndpoint.MatchString(c.IMDSEndpoint) {
		add(fmt.Errorf("imds_endpoint: %q must be an http(s) URL with a host and no path", c.IMDSEndpoint))
	}
	for i, p := range c.Parts {
		if p.ContentType == "" || p.Content == "" {
			add(fmt.Errorf("part[%d]: content_type and content are required", i))
		}
	}
	if len(c.Parts) > 0 && c.Format != string(boot.FormatMIME) {
		add(errors.New(`part: extra parts need format = "mime"`))
	}
	if im := c.Image; im != nil {
		if im.ID == "" && len(im.Filters) == 0 {
			add(errors.New("image: give id, or filters (with owners)"))
		}
		if im.AssumeRole != nil && im.AssumeRole.RoleARN == "" {
			add(errors.New("image.assume_role: role_arn is required"))
		}
	}
	if errs != nil && len(errs.Errors) > 0 {
		return errs
	}
	p, err := plan.FromPath(c.Recipe, plan.Inputs{Values: c.Variables, Role: c.Role})
	if err != nil {
		return err
	}
	if c.BakeManifest != "" {
		m, err := bake.ReadManifest(c.BakeManifest)
		if err != nil {
			return fmt.Errorf("bake_manifest: %w", err)
		}
		p.UseMeasured(m.Durations())
	}
	res, err := boot.Render(p, boot.Options{
		Values: c.Variables, Format: boot.Format(c.Format), Gzip: c.Gzip, IMDSEndpoint: c.IMDSEndpoint,
		Parts: parts(c.Parts), OnMismatch: boot.OnMismatch(c.OnMismatch), Version: version.String(),
	})
	if err != nil {
		return fmt.Errorf("rendering user data for recipe %s: %w", c.Recipe, err)
	}
	d.plan, d.userData = p, res
	return nil
}

// Execute checks the pairing with the image, writes output_file and returns the outputs.
func (d *Datasource) Execute() (cty.Value, error) {
	if err := d.checkPairing(context.Background()); err != nil {
		return cty.NullVal(cty.EmptyObject), err
	}
	if d.config.OutputFile != "" {
		if err := atomicfile.Write(d.config.OutputFile, d.userData.UserData); err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("output_file: %w", err)
		}
	}
	return hcl2helper.HCL2ValueFromConfig(outputs(d.plan, d.userData), d.OutputSpec()), nil
}

// checkPairing compares the plan's bake with the manifest and the image, when given. With
// on_mismatch = "boot-all" a mismatch is not an error: the user data carries every step.
func (d *Datasource) checkPairing(ctx context.Context) error {
	var checks []error
	if path := d.config.BakeManifest; path != "" {
		m, err := bake.ReadManifest(path)
		if err != nil {
			return fmt.Errorf("bake_manifest: %w", err)
		}
		steps := map[string]string{}
		for _, s := range m.BakedSteps {
			steps[s.Name] = s.Hash
		}
		checks = append(checks, d.plan.CheckBake(path, m.BakeDigest, steps))
	}
	if im := d.config.Image; im != nil {
		source, digest, steps, err := lookupImage(ctx, im)
		if err != nil {
			return fmt.Errorf("image: %w", err)
		}
		checks = append(checks, d.plan.CheckBake(source, digest, steps))
	}
	var mismatch *plan.MismatchError
	for _, err := range checks {
		if err == nil {
			continue
		}
		if errors.As(err, &mismatch) && d.config.OnMismatch == string(boot.MismatchBootAll) {
			continue
		}
		return err
	}
	return nil
}

func outputs(p *plan.Plan, ud *boot.Result) DatasourceOutput {
	out := DatasourceOutput{
		Plan:                 p.Text(),
		PlanJSON:             p.JSON(),
		BakeSteps:            nonNil(plan.Names(p.Bake())),
		BootSteps:            nonNil(plan.Names(p.Boot())),
		BakeDigest:           p.BakeDigest,
		ImageTags:            p.ImageTags(),
		UserDataBase64:       base64.StdEncoding.EncodeToString(ud.UserData),
		SizeBytes:            len(ud.UserData),
		Gzipped:              ud.Gzipped,
		EstimatedBootSeconds: ud.EstimatedBoot.Seconds(),
	}
	if !ud.Gzipped {
		out.UserData = string(ud.UserData)
	}
	return out
}

func parts(cfg []PartConfig) []boot.Part {
	var out []boot.Part
	for _, p := range cfg {
		out = append(out, boot.Part{ContentType: p.ContentType, Content: p.Content, Filename: p.Filename})
	}
	return out
}

func setDefault(s *string, def string) {
	if *s == "" {
		*s = def
	}
}

func oneOf(add func(error), field, value string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	add(fmt.Errorf("%s: %q must be one of %v", field, value, allowed))
}

// nonNil keeps empty lists as [] rather than null in HCL.
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
