//go:generate go tool packer-sdc mapstructure-to-hcl2 -type Config,LaunchTemplateConfig,AssumeRoleConfig,RolloutConfig,RetireConfig
//go:generate go tool packer-sdc struct-markdown

package parbake

import "github.com/hashicorp/packer-plugin-sdk/common"

// Config is the post-processor's configuration.
type Config struct {
	common.PackerConfig `mapstructure:",squash"`

	// The user data to launch the test instance with, base64-encoded: the parbake data source's
	// `user_data_base64`. One of this and `user_data_file` is required.
	UserDataBase64 string `mapstructure:"user_data_base64"`
	// A file holding the exact user data bytes (the data source's `output_file`), gzipped or not.
	UserDataFile string `mapstructure:"user_data_file"`
	// The test instance's type. Defaults to `t3.micro`. A Nitro type: on Xen types (t2, m4,
	// c4, …) EC2 gives no latest console output, and the boot verdict would not show until the
	// instance stops.
	InstanceType string `mapstructure:"instance_type"`
	// Instance types to try in order instead of `instance_type`: when EC2 has no capacity for
	// one (`InsufficientInstanceCapacity`), the next is launched, and the output says so.
	InstanceTypes []string `mapstructure:"instance_types"`
	// The subnet to launch the test instance in; defaults to the default VPC's. It applies in
	// `region`; AMIs copied to other regions are tested in their default VPC.
	SubnetID string `mapstructure:"subnet_id"`
	// Security groups for the test instance (ids). It needs none to be reached: the verdict is
	// read from its console.
	SecurityGroupIDs []string `mapstructure:"security_group_ids"`
	// The instance profile (name or ARN) the test instance runs with: the role production
	// instances have, so that `ssm:` and `s3://` values and `ready` calls are tested too.
	IAMInstanceProfile string `mapstructure:"iam_instance_profile"`
	// Tags for the test instance, which its recipe may read through IMDS (tags are enabled in
	// its metadata), e.g. `{ Name = "test.example.com" }`. `parbake:test` is added.
	Tags map[string]string `mapstructure:"tags"`
	// How long the boot part may take, from the launch until its summary line is on the
	// console, e.g. `10m`. Defaults to `15m`.
	BootTimeout string `mapstructure:"boot_timeout"`
	// How often the test instance's state and console are read. Defaults to `5s`.
	PollInterval string `mapstructure:"poll_interval"`
	// What happens to the AMIs (every region's) and their snapshots when a test launch fails,
	// times out or is interrupted: `deregister` removes them, `keep` leaves them (tagged
	// `parbake:test = failed`; Packer itself destroys a failed post-processor's input unless
	// `keep_input_artifact = true`, so `keep` needs that too). Defaults to `deregister`: an image
	// that failed its test must not be found later by the data source's lookup by digest.
	OnFailure string `mapstructure:"on_failure"`
	// A timings file (the data source's and the provisioner's `timings`) to add the test boot's
	// step durations to, so that the next plan decides from a real launch of this image.
	Timings string `mapstructure:"timings"`
	// A file to write the test instance's console output to, for the record.
	ConsoleOutput string `mapstructure:"console_output"`
	// After a passed test launch: create a version of this launch template with the AMI and the
	// user data.
	LaunchTemplate *LaunchTemplateConfig `mapstructure:"launch_template"`
	// After a passed test launch: write the AMI id to this SSM parameter, with data type
	// `aws:ec2:image`, so that launch templates can use `resolve:ssm:NAME`.
	SSMParameter string `mapstructure:"ssm_parameter"`
	// After the hand-off: start an instance refresh of these Auto Scaling groups to the new
	// launch-template version, follow it, and fail the build if it fails or rolls back. Needs
	// `launch_template`. See docs/lifecycle.md.
	Rollout *RolloutConfig `mapstructure:"rollout"`
	// After the rollout: deprecate, disable and deregister the earlier images of the same recipe
	// and role (found by the `parbake:recipe` and `parbake:role` tags) that nothing uses. See
	// docs/lifecycle.md.
	Retire *RetireConfig `mapstructure:"retire"`

	// The AWS region for the test launch of its AMI and for the hand-off. Defaults to the
	// artifact's first region.
	Region string `mapstructure:"region"`
	// A profile from the shared AWS configuration files.
	Profile string `mapstructure:"profile"`
	// Assume this role for every call.
	AssumeRole *AssumeRoleConfig `mapstructure:"assume_role"`
	// Another EC2 endpoint, such as a VPC endpoint; it is also used for STS when assuming a role.
	Endpoint string `mapstructure:"endpoint"`
	// Another SSM endpoint, for `ssm_parameter` and `retire`.
	SSMEndpoint string `mapstructure:"ssm_endpoint"`
	// Another Auto Scaling endpoint, for `rollout` and `retire`.
	AutoScalingEndpoint string `mapstructure:"autoscaling_endpoint"`
	// How long one AWS call may go on retrying when AWS throttles it or fails transiently
	// (the SDK's adaptive retry, which also slows this client down), e.g. `2m`. Defaults to `5m`.
	RetryTimeout string `mapstructure:"retry_timeout"`
}

// LaunchTemplateConfig names the launch template a proven image is handed to.
type LaunchTemplateConfig struct {
	// The template's name. One of `name` and `id` is required.
	Name string `mapstructure:"name"`
	// The template's id.
	ID string `mapstructure:"id"`
	// Make the new version the template's default.
	SetDefault bool `mapstructure:"set_default"`
	// The new version's description. Defaults to `parbake: AMI, tested on INSTANCE`.
	Description string `mapstructure:"description"`
}

// AssumeRoleConfig is the role to assume.
type AssumeRoleConfig struct {
	// The role's ARN.
	RoleARN string `mapstructure:"role_arn" required:"true"`
	// The session name. Defaults to one the SDK chooses.
	SessionName string `mapstructure:"session_name"`
	// The external id the role's trust policy asks for.
	ExternalID string `mapstructure:"external_id"`
}

// RolloutConfig is the instance refresh that takes a proven image to running groups.
type RolloutConfig struct {
	// The groups to refresh, in the post-processor's `region`. Each must launch from
	// `launch_template`; this is checked before the test launch.
	AutoScalingGroups []string `mapstructure:"auto_scaling_groups" required:"true"`
	// The share of each group that stays in service while its instances are replaced, 0 to
	// 100. Defaults to 90.
	MinHealthyPercentage *int `mapstructure:"min_healthy_percentage"`
	// How long a new instance warms up before it counts as healthy, e.g. `60s`. Defaults to
	// the group's own.
	InstanceWarmup string `mapstructure:"instance_warmup"`
	// Leave instances that already run the new version.
	SkipMatching bool `mapstructure:"skip_matching"`
	// Roll a failed refresh back to the group's previous version. Needs each group on a
	// numbered launch-template version (AWS's rule), not `$Default` or `$Latest`.
	AutoRollback bool `mapstructure:"auto_rollback"`
	// How long the refreshes may take, all groups together, e.g. `30m`; then they are
	// cancelled and the build fails. Defaults to `30m`.
	Timeout string `mapstructure:"timeout"`
}

// RetireConfig says which earlier images of the recipe and role go, and how far.
type RetireConfig struct {
	// How many of the newest images stay whatever their age, this build's among them. Defaults
	// to 3.
	Keep *int `mapstructure:"keep"`
	// Deprecate an unused image past this age, e.g. `720h`. Unset: never.
	DeprecateAfter string `mapstructure:"deprecate_after"`
	// Disable an unused image past this age, e.g. `1440h`. Unset: never.
	DisableAfter string `mapstructure:"disable_after"`
	// Deregister an unused image past this age, e.g. `2160h`. Unset: never, unless neither of the
	// other ages is set either; then every unused image past `keep` is deregistered.
	DeregisterAfter string `mapstructure:"deregister_after"`
	// Delete a deregistered image's snapshots. Defaults to true.
	DeleteSnapshots *bool `mapstructure:"delete_snapshots"`
	// Change nothing: print the table of what would be done.
	DryRun bool `mapstructure:"dry_run"`
}
