package parbake

import (
	"context"
	"fmt"

	"github.com/parbake/packer-plugin-parbake/awsimage"
)

// handOff makes the launch template's new version with the proven AMI of the home region and the
// user data. With a rollout, the version becomes the default only once every group runs it
// (publish); without one, at once.
func (r *run) handOff(ctx context.Context) error {
	lt := r.p.config.LaunchTemplate
	if lt == nil {
		return nil
	}
	s, err := r.session(ctx, r.home)
	if err != nil {
		return err
	}
	v, err := awsimage.NewTemplateVersion(ctx, s.EC2, r.templateVersion(lt.SetDefault && r.p.s.rollout == nil))
	if err != nil {
		return fmt.Errorf("launch_template: %w", err)
	}
	r.version, r.art.LaunchTemplateVersion = v, v
	what := "version"
	if lt.SetDefault && r.p.s.rollout == nil {
		what = "default version"
	}
	r.say("launch template %s%s: %s %d has %s and the user data", lt.Name, lt.ID, what, v, r.homeID)
	return nil
}

func (r *run) templateVersion(setDefault bool) awsimage.TemplateVersion {
	lt := r.p.config.LaunchTemplate
	desc := lt.Description
	if desc == "" {
		desc = "parbake: " + r.homeID + ", tested on " + testedOn(r.art, r.homeID)
	}
	return awsimage.TemplateVersion{Name: lt.Name, ID: lt.ID, ImageID: r.homeID, UserData: r.userData, Description: desc,
		SetDefault: setDefault, Fresh: awsimage.Fresh{Say: r.say}, Token: awsimage.ClientToken(r.p.build, r.homeID, 0, "launch-template-version")}
}

// publish tells those who launch by name: the template's default version (after a rollout) and
// the SSM parameter.
func (r *run) publish(ctx context.Context) error {
	c := &r.p.config
	if lt := c.LaunchTemplate; lt != nil && lt.SetDefault && r.p.s.rollout != nil {
		s, err := r.session(ctx, r.home)
		if err != nil {
			return err
		}
		if err := awsimage.SetDefaultVersion(ctx, s.EC2, r.templateVersion(true), r.version); err != nil {
			return fmt.Errorf("launch_template: %w", err)
		}
		r.say("launch template %s%s: default version %d, now that every group runs it", lt.Name, lt.ID, r.version)
	}
	if c.SSMParameter == "" {
		return nil
	}
	s, err := r.session(ctx, r.home)
	if err != nil {
		return err
	}
	v, err := awsimage.PublishImage(ctx, s.SSM, c.SSMParameter, r.homeID)
	if err != nil {
		return fmt.Errorf("ssm_parameter: %w", err)
	}
	r.art.SSMParameterVersion = v
	r.say("SSM parameter %s (version %d) = %s", c.SSMParameter, v, r.homeID)
	return nil
}

func testedOn(art *Artifact, imageID string) string {
	for _, t := range art.Tests {
		if t.ImageID == imageID {
			return t.InstanceID
		}
	}
	return "?"
}
