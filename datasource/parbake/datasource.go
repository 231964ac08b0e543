package parbake

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/hashicorp/packer-plugin-sdk/hcl2helper"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"
	"github.com/zclconf/go-cty/cty"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// Datasource adapts the planner and the boot renderer to Packer's data source interface.
type Datasource struct {
	config   Config
	plan     *plan.Plan
	userData *boot.Result
	manifest *bake.Manifest // read once, in Configure; nil without bake_manifest
	previous *bake.Manifest // previous_manifest, read once, in Configure
	// timings holds what Configure learned from boot_reports, saved by Execute: validating a
	// template writes nothing.
	timings *timings.File
	learned int // boots new to the timings file
	// unmeasured is the plan without timings: an existing image may have been baked before the
	// timings moved a step, and pairing keeps the image's placement.
	unmeasured *plan.Plan
	moves      []string // the steps a rebuild would move
}

func (d *Datasource) ConfigSpec() hcldec.ObjectSpec { return d.config.FlatMapstructure().HCL2Spec() }

func (d *Datasource) OutputSpec() hcldec.ObjectSpec {
	return (&DatasourceOutput{}).FlatMapstructure().HCL2Spec()
}

// Configure decodes the configuration, plans the recipe and renders the user data. Problems in
// the configuration and in the recipe are reported together, so that `packer validate` shows
// everything `packer build` would.
func (d *Datasource) Configure(raws ...interface{}) error {
	if err := config.Decode(&d.config, &config.DecodeOpts{}, raws...); err != nil {
		return err
	}
	c := &d.config
	var errs *packersdk.MultiError
	add := func(err error) { errs = packersdk.MultiErrorAppend(errs, err) }
	for _, err := range c.validate() {
		add(err)
	}
	measured, learned, err := c.learn()
	if err != nil {
		add(err)
	}
	d.timings, d.learned = measured, learned
	var p *plan.Plan
	if c.Recipe != "" {
		var err error
		if p, err = plan.FromPath(c.Recipe, plan.Inputs{Values: c.Variables, Role: c.Role, Timings: measured}); err != nil {
			add(err)
		}
		if err == nil && measured != nil && (c.BakeManifest != "" || c.Image != nil) {
			// The same recipe and values planned without timings: it parsed a moment ago, so an
			// error here is the file changing under us, and it is reported like any other.
			if d.unmeasured, err = plan.FromPath(c.Recipe, plan.Inputs{Values: c.Variables, Role: c.Role}); err != nil {
				add(err)
			}
		}
	}
	for _, m := range []struct {
		field, path string
		into        **bake.Manifest
	}{{"bake_manifest", c.BakeManifest, &d.manifest}, {"previous_manifest", c.PreviousManifest, &d.previous}} {
		if m.path == "" {
			continue
		}
		read, err := bake.ReadManifest(m.path)
		if err != nil {
			add(fmt.Errorf("%s: %w", m.field, err))
		}
		*m.into = read
	}
	if errs != nil && len(errs.Errors) > 0 {
		return errs
	}
	if d.manifest != nil {
		p.UseMeasured(d.manifest.Durations())
	}
	res, err := boot.Render(p, c.bootOptions())
	if err != nil {
		return fmt.Errorf("rendering user data for recipe %s: %w", c.Recipe, err)
	}
	d.plan, d.userData = p, res
	return nil
}

// Execute looks up the image, learns from its running instances (measure), checks the pairing,
// writes output_file and returns the outputs.
func (d *Datasource) Execute() (cty.Value, error) {
	ctx := context.Background()
	if d.learned > 0 {
		if err := d.timings.Save(d.config.Timings); err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("timings: %w", err)
		}
	}
	var img *foundImage
	if im := d.config.Image; im != nil {
		client, err := im.client(ctx)
		if err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("image: %w", err)
		}
		if img, err = lookupImage(ctx, client, im, d.plan.BakeDigest); err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("image: %w", err)
		}
		if d.config.Measure != nil && img != nil {
			if _, err := d.measure(ctx, client, img); err != nil {
				return cty.NullVal(cty.EmptyObject), fmt.Errorf("measure: %w", err)
			}
		}
	}
	if err := d.checkPairing(img); err != nil {
		return cty.NullVal(cty.EmptyObject), err
	}
	if d.config.OutputFile != "" {
		if err := atomicfile.Write(d.config.OutputFile, d.userData.UserData); err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("output_file: %w", err)
		}
	}
	if path := d.config.PlanSVGOutput; path != "" {
		if err := atomicfile.Write(path, picture.SVG(d.plan)); err != nil {
			return cty.NullVal(cty.EmptyObject), fmt.Errorf("plan_svg_output: %w", err)
		}
	}
	out := outputs(d.plan, d.userData)
	out.RebuildWouldMove = nonNil(d.moves)
	if err := d.report(&out, img); err != nil {
		return cty.NullVal(cty.EmptyObject), err
	}
	return hcl2helper.HCL2ValueFromConfig(out, d.OutputSpec()), nil
}

// checkPairing compares the plan's bake with the manifest and the image, when given. With
// on_mismatch = "boot-all" a mismatch is not an error: the user data carries every step.
// Measurements never move a step of an image that exists: when the image holds the bake the plan
// had before the timings, that plan's user data is used, and the steps a rebuild would move are
// reported.
func (d *Datasource) checkPairing(img *foundImage) error {
	var images []foundImage
	if m := d.manifest; m != nil {
		steps := map[string]string{}
		for _, s := range m.BakedSteps {
			steps[s.Name] = s.Hash
		}
		images = append(images, foundImage{source: d.config.BakeManifest, digest: m.BakeDigest, steps: steps})
	}
	if img != nil {
		images = append(images, *img)
	}
	if u := d.unmeasured; u != nil && len(images) > 0 && images[0].digest != d.plan.BakeDigest && images[0].digest == u.BakeDigest {
		if err := d.useUnmeasured(); err != nil {
			return err
		}
	}
	var checks []error
	for _, im := range images {
		checks = append(checks, d.plan.CheckBake(im.source, im.digest, im.steps))
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

// useUnmeasured switches to the plan the existing image was baked with, and notes what the
// timings would move in a rebuild.
func (d *Datasource) useUnmeasured() error {
	measured := map[string]string{}
	for _, s := range d.plan.Steps {
		measured[s.Name] = string(s.Phase)
	}
	for _, s := range d.unmeasured.Steps {
		if measured[s.Name] != string(s.Phase) {
			d.moves = append(d.moves, fmt.Sprintf("%s: %s now, %s in a rebuild", s.Name, s.Phase, measured[s.Name]))
		}
	}
	res, err := boot.Render(d.unmeasured, d.config.bootOptions())
	if err != nil {
		return err
	}
	d.plan, d.userData = d.unmeasured, res
	return nil
}

func outputs(p *plan.Plan, ud *boot.Result) DatasourceOutput {
	out := DatasourceOutput{
		Plan:                 p.Text(),
		PlanJSON:             p.JSON(),
		PlanMarkdown:         picture.Markdown(p),
		BakeSteps:            nonNil(plan.Names(p.Bake())),
		BootSteps:            nonNil(plan.Names(p.Boot())),
		WarmSteps:            nonNil(plan.Names(p.Warm())),
		BakeDigest:           p.BakeDigest,
		ImageTags:            p.ImageTags(),
		UserDataBase64:       base64.StdEncoding.EncodeToString(ud.UserData),
		SizeBytes:            len(ud.UserData),
		Gzipped:              ud.Gzipped,
		EstimatedBootSeconds: seconds(ud.EstimatedBoot),
		EstimatedBakeSeconds: seconds(p.EstimatedBake()),
		EstimatedWarmSeconds: seconds(p.EstimatedWarm()),
		RebuildWouldMove:     []string{},
	}
	if !ud.Gzipped {
		out.UserData = string(ud.UserData)
	}
	if wp := p.Policy.WarmPool; wp != nil {
		out.WarmPool = wp.State
	}
	return out
}

// nonNil keeps empty lists as [] rather than null in HCL.
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// seconds gives a duration in seconds rounded to the millisecond, so that a sum of measured
// durations reads 7.69, not 7.6899999999999995, wherever a template prints it.
func seconds(d time.Duration) float64 { return math.Round(d.Seconds()*1000) / 1000 }
