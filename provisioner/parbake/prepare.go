package parbake

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"
	"github.com/hashicorp/packer-plugin-sdk/template/interpolate"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// safeRemotePath keeps staging paths to characters that need no quoting anywhere, since they
// also appear in the user's own execute_command.
var safeRemotePath = regexp.MustCompile(`^/[A-Za-z0-9_./-]*$`)

// Prepare decodes the configuration and plans the recipe, returning every problem at once, so
// that `packer validate` reports a bad recipe too.
func (p *Provisioner) Prepare(raws ...interface{}) error {
	err := config.Decode(&p.config, &config.DecodeOpts{
		PluginType:         "parbake",
		Interpolate:        true,
		InterpolateContext: &p.config.ctx,
		InterpolateFilter:  &interpolate.RenderFilter{Exclude: []string{"execute_command"}},
	}, raws...)
	if err != nil {
		return err
	}
	c := &p.config
	if c.ExecuteCommand == "" {
		c.ExecuteCommand = DefaultExecuteCommand
	}
	if c.StagingDir == "" {
		c.StagingDir = DefaultStagingDir
	}
	var errs *packersdk.MultiError
	if c.RebootTimeout == 0 {
		c.RebootTimeout = DefaultRebootTimeout
	} else if c.RebootTimeout < 0 {
		errs = packersdk.MultiErrorAppend(errs, fmt.Errorf("reboot_timeout: %s may not be negative", c.RebootTimeout))
	}
	if k := strings.Fields(c.BuildPublicKey); c.BuildPublicKey != "" && (len(k) < 2 || !strings.HasPrefix(k[0], "ssh-") && !strings.HasPrefix(k[0], "ecdsa-")) {
		errs = packersdk.MultiErrorAppend(errs, errors.New("build_public_key: expected a public key in authorized_keys form, \"ssh-ed25519 AAAA… comment\""))
	}
	if c.Recipe == "" {
		errs = packersdk.MultiErrorAppend(errs, errors.New("recipe: required; give the path of a recipe file or directory"))
	}
	if !safeRemotePath.MatchString(c.StagingDir) || path.Clean(c.StagingDir) != c.StagingDir || c.StagingDir == "/" {
		errs = packersdk.MultiErrorAppend(errs, fmt.Errorf("staging_dir: %q must be an absolute, clean path other than / made of letters, digits, _ . / and -", c.StagingDir))
	}
	if _, err := interpolate.Render(c.ExecuteCommand, &interpolate.Context{Data: &executeData{}}); err != nil {
		errs = packersdk.MultiErrorAppend(errs, fmt.Errorf("execute_command: %w", err))
	}
	var measured *timings.File
	if c.Timings != "" {
		t, err := timings.Load(c.Timings)
		if err != nil {
			errs = packersdk.MultiErrorAppend(errs, fmt.Errorf("timings: %w", err))
		}
		measured = t
	}
	if c.PreviousManifest != "" {
		prev, err := bake.ReadManifest(c.PreviousManifest)
		if err != nil {
			errs = packersdk.MultiErrorAppend(errs, fmt.Errorf("previous_manifest: %w", err))
		}
		p.previous = prev
	}
	if c.Recipe != "" {
		pl, err := plan.FromPath(c.Recipe, plan.Inputs{Values: c.Variables, Role: c.Role, Timings: measured})
		if err != nil {
			errs = packersdk.MultiErrorAppend(errs, err)
		}
		p.plan = pl
	}
	packersdk.LogSecretFilter.Set(sensitiveValues(c.Variables, p.plan)...)
	if errs != nil && len(errs.Errors) > 0 {
		return errs
	}
	return nil
}

// sensitiveValues lists the given values of variables the recipe marks sensitive, so they can be
// masked wherever they might be shown.
func sensitiveValues(given map[string]string, pl *plan.Plan) []string {
	if pl == nil {
		return nil
	}
	var out []string
	for _, name := range pl.SensitiveVariables {
		if v, ok := given[name]; ok && v != "" {
			out = append(out, v)
		}
	}
	return out
}
