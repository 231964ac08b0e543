package parbake

import (
	"errors"
	"fmt"
	"time"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/version"
)

// validate checks the configuration; the rules live in the core packages, so the data source
// only names the fields.
func (c *Config) validate() []error {
	var errs []error
	if c.Recipe == "" {
		errs = append(errs, errors.New("recipe: required; give the path of a recipe file or directory"))
	}
	errs = append(errs, boot.Validate(c.bootOptions())...)
	if c.Measure != nil && (c.Image == nil || c.Timings == "") {
		errs = append(errs, errors.New("measure: needs an image block (whose instances are read) and timings (where their durations are kept)"))
	}
	if im := c.Image; im != nil && !im.byDigest() {
		if err := im.lookup().Validate(); err != nil {
			errs = append(errs, fmt.Errorf("image: %w", err))
		}
		if im.AssumeRole != nil && im.AssumeRole.RoleARN == "" {
			errs = append(errs, errors.New("image.assume_role: role_arn is required"))
		}
	}
	if im := c.Image; im != nil {
		if _, err := im.retryTimeout(); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// retryTimeout is image.retry_timeout, or 0 for the default.
func (im *ImageConfig) retryTimeout() (time.Duration, error) {
	if im.RetryTimeout == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(im.RetryTimeout)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("image.retry_timeout: %q is not a positive duration such as \"2m\"", im.RetryTimeout)
	}
	return d, nil
}

// bootOptions translates the configuration for the renderer, with the defaults filled in; the
// configuration itself is left as the user wrote it.
func (c *Config) bootOptions() boot.Options {
	var parts []boot.Part
	for _, p := range c.Parts {
		parts = append(parts, boot.Part{ContentType: p.ContentType, Content: p.Content, Filename: p.Filename})
	}
	o := boot.WithDefaults(boot.Options{
		Values: c.Variables, Format: boot.Format(c.Format), Gzip: c.Gzip, IMDSEndpoint: c.IMDSEndpoint, SSMEndpoint: c.SSMEndpoint,
		Parts: parts, OnMismatch: boot.OnMismatch(c.OnMismatch), Version: version.String(),
		SSMDeadline: c.SSMDeadline, FetchJitter: c.FetchJitter, S3Endpoint: c.S3Endpoint,
		AutoscalingEndpoint: c.AutoscalingEndpoint,
	})
	return o
}

func (im *ImageConfig) lookup() awsimage.Lookup {
	return awsimage.Lookup{ID: im.ID, Filters: im.Filters, Owners: im.Owners, MostRecent: im.MostRecent}
}

// byDigest reports whether the image is looked up by this plan's bake digest.
func (im *ImageConfig) byDigest() bool { return im.ID == "" && len(im.Filters) == 0 }
