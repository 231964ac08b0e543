package boot

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Formats, OnMismatches and GzipModes are the values each option accepts, in the order the docs
// list them.
var (
	Formats      = []string{string(FormatMIME), string(FormatShell), string(FormatCloudConfig)}
	OnMismatches = []string{string(MismatchError), string(MismatchBootAll)}
	GzipModes    = []string{GzipAuto, GzipTrue, GzipFalse}
)

// ErrInvalidOption is wrapped by every error Validate returns.
var ErrInvalidOption = errors.New("invalid option")

var (
	imdsEndpoint = regexp.MustCompile(`^https?://[A-Za-z0-9.:\[\]-]+$`)
	ssmEndpoint  = regexp.MustCompile(`^https?://[A-Za-z0-9.:\[\]-]+(/[A-Za-z0-9._~/-]*)?$`)
)

// Validate checks the options after defaults, returning one error per problem, each naming the
// field. Callers that configure from users (the data source) call it; Render assumes it passed.
func Validate(o Options) []error {
	o = WithDefaults(o)
	var errs []error
	oneOf := func(field, value string, allowed []string) {
		for _, a := range allowed {
			if value == a {
				return
			}
		}
		errs = append(errs, fmt.Errorf("%w: %s: %q is not one of %s", ErrInvalidOption, field, value, recipe.Words(allowed)))
	}
	oneOf("format", string(o.Format), Formats)
	oneOf("gzip", o.Gzip, GzipModes)
	oneOf("on_mismatch", string(o.OnMismatch), OnMismatches)
	if !imdsEndpoint.MatchString(o.IMDSEndpoint) {
		errs = append(errs, fmt.Errorf("%w: imds_endpoint: %q must be an http(s) URL with a host and no path", ErrInvalidOption, o.IMDSEndpoint))
	}
	if o.SSMEndpoint != "" && !ssmEndpoint.MatchString(o.SSMEndpoint) {
		errs = append(errs, fmt.Errorf("%w: ssm_endpoint: %q must be an http(s) URL", ErrInvalidOption, o.SSMEndpoint))
	}
	for _, e := range []struct{ field, value string }{{"s3_endpoint", o.S3Endpoint}, {"autoscaling_endpoint", o.AutoscalingEndpoint}} {
		if e.value != "" && !ssmEndpoint.MatchString(e.value) {
			errs = append(errs, fmt.Errorf("%w: %s: %q must be an http(s) URL", ErrInvalidOption, e.field, e.value))
		}
	}
	for _, d := range []struct{ field, value string }{{"ssm_deadline", o.SSMDeadline}, {"fetch_jitter", o.FetchJitter}} {
		if d.value == "" {
			continue
		}
		if v, err := time.ParseDuration(d.value); err != nil || v < 0 {
			errs = append(errs, fmt.Errorf("%w: %s: %q is not a duration such as \"90s\" or \"3m\"", ErrInvalidOption, d.field, d.value))
		}
	}
	for i, p := range o.Parts {
		if p.ContentType == "" || p.Content == "" {
			errs = append(errs, fmt.Errorf("%w: part[%d]: content_type and content are required", ErrInvalidOption, i))
		}
	}
	if len(o.Parts) > 0 && o.Format != FormatMIME {
		errs = append(errs, fmt.Errorf("%w: part: extra parts need format = \"mime\"", ErrInvalidOption))
	}
	return errs
}
