package parbake

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/internal/instancetypes"
)

// Defaults.
const (
	DefaultInstanceType = "t3.micro"
	DefaultBootTimeout  = 15 * time.Minute
	DefaultPoll         = 5 * time.Second
	OnFailureDeregister = "deregister"
	OnFailureKeep       = "keep"
)

var (
	endpointURL   = regexp.MustCompile(`^https?://[^/\s]+(/\S*)?$`)
	parameterName = regexp.MustCompile(`^[A-Za-z0-9_.\-/]+$`)
)

// settings are the configuration's values, checked and with the defaults filled in; the
// configuration itself stays as the user wrote it.
type settings struct {
	bootTimeout, poll, retryTimeout time.Duration
	instanceTypes                   []string
	onFailure                       string
	rollout                         *awsimage.Rollout      // nil: no rollout
	retire                          *awsimage.RetirePolicy // nil: no retirement
}

// prepare checks the configuration, every problem at once, without touching a file or AWS:
// `packer validate` runs it. The user data is read when the post-processor runs, because the
// data source that makes it may only run then.
func (c *Config) prepare() (settings, error) {
	s := settings{bootTimeout: DefaultBootTimeout, poll: DefaultPoll, retryTimeout: awsimage.DefaultRetryTimeout, onFailure: c.OnFailure}
	var errs *packersdk.MultiError
	add := func(format string, args ...any) { errs = packersdk.MultiErrorAppend(errs, fmt.Errorf(format, args...)) }
	switch {
	case c.InstanceType != "" && len(c.InstanceTypes) > 0:
		add("give instance_type or instance_types, not both")
	case c.InstanceType != "":
		s.instanceTypes = []string{c.InstanceType}
	case len(c.InstanceTypes) > 0:
		s.instanceTypes = c.InstanceTypes
	default:
		s.instanceTypes = []string{DefaultInstanceType}
	}
	for i, t := range s.instanceTypes {
		field := "instance_type"
		if len(c.InstanceTypes) > 0 {
			field = fmt.Sprintf("instance_types[%d]", i)
		}
		switch {
		case t == "":
			add("%s: empty", field)
		case instancetypes.IsXen(t):
			add("%s: %s runs on Xen, where EC2's GetConsoleOutput has no latest output: the boot verdict would only show after the instance stops. Use a Nitro type such as %s", field, t, instancetypes.NitroAlternative(t))
		}
	}
	if s.onFailure == "" {
		s.onFailure = OnFailureDeregister
	}
	if s.onFailure != OnFailureDeregister && s.onFailure != OnFailureKeep {
		add("on_failure: %q is not one of %q or %q", c.OnFailure, OnFailureDeregister, OnFailureKeep)
	}
	if (c.UserDataBase64 == "") == (c.UserDataFile == "") {
		add("give exactly one of user_data_base64 (the parbake data source's) and user_data_file")
	}
	for _, d := range []struct {
		field, value string
		into         *time.Duration
	}{{"boot_timeout", c.BootTimeout, &s.bootTimeout}, {"poll_interval", c.PollInterval, &s.poll}, {"retry_timeout", c.RetryTimeout, &s.retryTimeout}} {
		duration(add, d.field, d.value, false, d.into)
	}
	for _, e := range []struct{ field, value string }{{"endpoint", c.Endpoint}, {"ssm_endpoint", c.SSMEndpoint}} {
		if e.value != "" && !endpointURL.MatchString(e.value) {
			add("%s: %q must be an http(s) URL", e.field, e.value)
		}
	}
	if lt := c.LaunchTemplate; lt != nil && (lt.Name == "") == (lt.ID == "") {
		add("launch_template: give exactly one of name and id")
	}
	if c.SSMParameter != "" && (!parameterName.MatchString(c.SSMParameter) || len(c.SSMParameter) > 2048) {
		add("ssm_parameter: %q is not an SSM parameter name (letters, digits, _ . - /)", c.SSMParameter)
	}
	for _, e := range []struct{ field, value string }{{"autoscaling_endpoint", c.AutoScalingEndpoint}} {
		if e.value != "" && !endpointURL.MatchString(e.value) {
			add("%s: %q must be an http(s) URL", e.field, e.value)
		}
	}
	if c.Rollout != nil {
		s.rollout = c.Rollout.prepare(c.LaunchTemplate != nil, add)
	}
	if c.Retire != nil {
		s.retire = c.Retire.prepare(add)
	}
	if c.AssumeRole != nil && c.AssumeRole.RoleARN == "" {
		add("assume_role: role_arn is required")
	}
	for k := range c.Tags {
		if k == TagTest {
			add("tags: %s is the post-processor's own tag", TagTest)
		}
	}
	if errs != nil {
		return s, errs
	}
	return s, nil
}

// TagTest marks the test instance with the AMI it tests, and a kept AMI that failed its test.
const TagTest = "parbake:test"

// errNoImages is returned for an artifact that holds no AMI.
var errNoImages = errors.New("the artifact holds no AMI: the parbake post-processor follows an amazon-ebs build")
