//go:generate go tool packer-sdc mapstructure-to-hcl2 -type Config,PartConfig,ImageConfig,AssumeRoleConfig,MeasureConfig,BakeChange,DatasourceOutput
//go:generate go tool packer-sdc struct-markdown

package parbake

import "github.com/hashicorp/packer-plugin-sdk/common"

// Config is the data source's configuration.
type Config struct {
	common.PackerConfig `mapstructure:",squash"`

	// Path to the recipe: one `.hcl` file, or a directory whose `.hcl` files are read in name
	// order. A relative path is taken from the directory Packer runs in; write
	// `"${path.root}/recipes/web"` to make it relative to the template.
	Recipe string `mapstructure:"recipe" required:"true"`
	// Values for the recipe's variables, as strings. Lists and maps are given as JSON. Boot
	// variables with no `from` take their value from here (or their default), and it is written
	// into the user data; sensitive values never are.
	Variables map[string]string `mapstructure:"variables"`
	// The role to plan for. Steps with `roles` are planned only for those roles; with no role,
	// only the steps every role shares are planned.
	Role string `mapstructure:"role"`
	// The user data's form: `mime` (a multi-part message with the boot runner and any `part`s),
	// `shell` (the boot runner alone) or `cloud-config` (the boot steps' files and packages through
	// write_files and packages, the rest through the same boot runner in runcmd, with the same
	// boot report; for plans whose order that keeps and that need no boot variables or reboots).
	// Defaults to `mime`.
	Format string `mapstructure:"format"`
	// Gzip the user data: `auto` (only when it would pass EC2's 16384-byte limit), `true` or
	// `false`. Defaults to `auto`.
	Gzip string `mapstructure:"gzip"`
	// Where the instance reaches its metadata service, for `imds:` variables. Defaults to
	// `http://169.254.169.254`; use `http://[fd00:ec2::254]` on IPv6-only subnets.
	IMDSEndpoint string `mapstructure:"imds_endpoint"`
	// Where the instance's AWS CLI sends its SSM requests for `ssm:` variables (its
	// `--endpoint-url`), such as a VPC endpoint. Defaults to the region's public endpoint.
	SSMEndpoint string `mapstructure:"ssm_endpoint"`
	// Where the instance's AWS CLI sends its S3 requests for `s3://` variables (its
	// `--endpoint-url`), such as a VPC endpoint. Defaults to the region's public endpoint.
	S3Endpoint string `mapstructure:"s3_endpoint"`
	// Where the instance's AWS CLI sends the recipe's `ready { lifecycle_hook }` call,
	// CompleteLifecycleAction (its `--endpoint-url`), such as a VPC endpoint. Defaults to the
	// region's public endpoint.
	AutoscalingEndpoint string `mapstructure:"autoscaling_endpoint"`
	// How long the instance keeps trying to read its `ssm:` values, retries included, before
	// the boot part fails, e.g. `90s`. The values are read with GetParameters, ten names a call,
	// the calls at once; a throttled call is retried by the AWS CLI (adaptive mode), then again
	// after a random wait (full jitter, capped at 10s). Defaults to `3m`.
	SSMDeadline string `mapstructure:"ssm_deadline"`
	// The most an instance waits, at random, before its first SSM call, so that a burst of
	// instances launched together spreads its calls, e.g. `2s`; `0s` for none. Defaults to `2s`
	// when the recipe's policy launches 1000 or more instances a day, and none otherwise.
	FetchJitter string `mapstructure:"fetch_jitter"`
	// A file to write the exact user data bytes to (gzipped when `gzipped` is true), atomically,
	// ready to hand to EC2 or a launch template.
	OutputFile string `mapstructure:"output_file"`
	// Extra cloud-init parts merged into MIME user data, such as an EKS NodeConfig. Repeatable.
	Parts []PartConfig `mapstructure:"part"`
	// Look up the AMI the user data will boot and check its `parbake:digest` tag against the
	// plan's bake digest.
	Image *ImageConfig `mapstructure:"image"`
	// Path of the bake manifest the provisioner wrote with `manifest_output`: the user data is
	// checked against it, as with `image`, and its measured step durations are shown in the plan.
	BakeManifest string `mapstructure:"bake_manifest"`
	// The bake manifest of the previous image (the one last approved or baked): the change
	// report (`changes`, `bake_changes`) compares this plan's baked steps with it. Unlike
	// `bake_manifest`, a difference is not an error: it is what the report is for.
	PreviousManifest string `mapstructure:"previous_manifest"`
	// A timings file (JSON, safe to commit) that learns: the plan decides from the durations
	// measured in it, and the boot durations found in `boot_reports` are added to it. See
	// "Measure, then decide" in the docs.
	Timings string `mapstructure:"timings"`
	// Boot reports to learn from: paths or globs of `/var/lib/parbake/boot-report.json` files,
	// or of console logs (EC2's GetConsoleOutput) holding the boot runner's summary lines. Each
	// boot is counted once, however often it is read. Needs `timings`.
	BootReports []string `mapstructure:"boot_reports"`
	// Learn boot durations from the instances running the image: with the `image` block's
	// credentials and endpoint, find running instances launched from it (DescribeInstances by
	// image id) and read the boot runner's summary lines from their consoles (GetConsoleOutput).
	// Needs `image` and `timings`.
	Measure *MeasureConfig `mapstructure:"measure"`
	// What to do when the image does not hold the expected bake: `error` fails here, and the boot
	// runner refuses to run on such an image; `boot-all` makes the user data carry every step, so
	// that the runner configures a mismatched image completely at boot. Defaults to `error`.
	OnMismatch string `mapstructure:"on_mismatch"`
	// A file to write a picture of the plan to (SVG): the bake and one boot as a timeline, each
	// step with its duration and where the estimate comes from, and a chart of boot time per day
	// against launches per day for this split, everything at boot and everything baked, with the
	// policy's launch rate marked. Written when the data source runs, never by `packer validate`.
	PlanSVGOutput string `mapstructure:"plan_svg_output"`
}

// PartConfig is an extra cloud-init part.
type PartConfig struct {
	// The part's MIME type, e.g. `text/cloud-config` or `application/node.eks.aws`.
	ContentType string `mapstructure:"content_type" required:"true"`
	// The part's content.
	Content string `mapstructure:"content" required:"true"`
	// An optional file name for the part.
	Filename string `mapstructure:"filename"`
}

// ImageConfig selects the AMI to pair with, as the amazon-ami data source does. With neither
// `id` nor `filters`, it looks for an image tagged with this plan's bake digest
// (`tag:parbake:digest`): `existing_image_id` and `needs_bake` then say whether the bake can be
// skipped.
type ImageConfig struct {
	// The AMI id.
	ID string `mapstructure:"id"`
	// DescribeImages filters, e.g. `{ name = "web-*", "tag:role" = "web" }`.
	Filters map[string]string `mapstructure:"filters"`
	// Image owners: account ids, `self` or `amazon`. Required with `filters`; defaults to `self`
	// for the lookup by digest.
	Owners []string `mapstructure:"owners"`
	// When several images match, take the newest rather than failing.
	MostRecent bool `mapstructure:"most_recent"`
	// The AWS region. Defaults to the standard configuration (AWS_REGION, the profile).
	Region string `mapstructure:"region"`
	// A profile from the shared AWS configuration files.
	Profile string `mapstructure:"profile"`
	// Assume this role for the lookup.
	AssumeRole *AssumeRoleConfig `mapstructure:"assume_role"`
	// Another EC2 endpoint, such as a VPC endpoint; it is also used for STS when assuming a role.
	Endpoint string `mapstructure:"endpoint"`
	// How long one AWS call may go on retrying when AWS throttles it or fails transiently
	// (the SDK's adaptive retry), e.g. `2m`. Defaults to `5m`.
	RetryTimeout string `mapstructure:"retry_timeout"`
}

// BakeChange is one entry of bake_changes.
type BakeChange struct {
	// The step.
	Step string `mapstructure:"step"`
	// added, removed, changed or moved.
	Change string `mapstructure:"change"`
	// What changed (`file /etc/nginx/conf.d/tuning.conf`, `packages`, `run[2]`, `script`), or
	// where the step moved and why.
	Detail string `mapstructure:"detail"`
	// Whether the change puts unreviewed content on the image.
	NeedsReview bool `mapstructure:"needs_review"`
}

// MeasureConfig reads boot durations from running instances' consoles.
type MeasureConfig struct {
	// How many running instances to read, at most. Defaults to 10.
	MaxInstances int `mapstructure:"max_instances"`
}

// AssumeRoleConfig is the role to assume for the image lookup.
type AssumeRoleConfig struct {
	// The role's ARN.
	RoleARN string `mapstructure:"role_arn" required:"true"`
	// The session name. Defaults to one the SDK chooses.
	SessionName string `mapstructure:"session_name"`
	// The external id the role's trust policy asks for.
	ExternalID string `mapstructure:"external_id"`
}

// DatasourceOutput is what `data.parbake.NAME` exposes.
type DatasourceOutput struct {
	// The plan as a table: each step's phase, estimate and the reason for its placement.
	Plan string `mapstructure:"plan"`
	// The plan as JSON, with each step's hash.
	PlanJSON string `mapstructure:"plan_json"`
	// The plan as Markdown, for a pull-request comment or a CI job summary: the plan table, the
	// totals (in money too, with `instance_hour_price` in the policy) and a Mermaid `gantt` of
	// the bake and of one boot.
	PlanMarkdown string `mapstructure:"plan_markdown"`
	// Names of the steps baked into the image, in order.
	BakeSteps []string `mapstructure:"bake_steps"`
	// Names of the steps left for boot, in order.
	BootSteps []string `mapstructure:"boot_steps"`
	// Names of the steps a warm pool runs while an instance warms, in order; empty without a
	// `warm_pool` in the recipe's policy.
	WarmSteps []string `mapstructure:"warm_steps"`
	// The state the recipe's warm pool keeps its instances in (`Stopped`, `Running` or
	// `Hibernated`), for the group's `put-warm-pool`; "" without a warm pool.
	WarmPool string `mapstructure:"warm_pool"`
	// Digest of the baked steps (`sha256:…`): the identity of what the image holds.
	BakeDigest string `mapstructure:"bake_digest"`
	// Tags for the image, `parbake:digest`, `parbake:recipe`, `parbake:role` and `parbake:steps`,
	// ready for an amazon-ebs `tags` block, so that boot user data can later be paired with the
	// image, and the post-processor's `retire` finds the earlier images of the recipe and role.
	ImageTags map[string]string `mapstructure:"image_tags"`
	// The user data as text; empty when it is gzipped.
	UserData string `mapstructure:"user_data"`
	// The user data, base64-encoded, as EC2 APIs and launch templates take it.
	UserDataBase64 string `mapstructure:"user_data_base64"`
	// The user data's size in bytes, before base64 (EC2 allows 16384).
	SizeBytes int `mapstructure:"size_bytes"`
	// Whether the user data is gzipped.
	Gzipped bool `mapstructure:"gzipped"`
	// The boot steps' estimated total duration, in seconds (measured medians where there are).
	EstimatedBootSeconds float64 `mapstructure:"estimated_boot_seconds"`
	// The warm steps' estimated total duration, in seconds: what a warm pool's instance spends
	// warming, off the scale-out's path.
	EstimatedWarmSeconds float64 `mapstructure:"estimated_warm_seconds"`
	// The baked steps' estimated total duration, in seconds (measured medians where there are).
	EstimatedBakeSeconds float64 `mapstructure:"estimated_bake_seconds"`
	// Whether this plan's baked part differs from the image it pairs with (or the previous
	// manifest); false when an image with this bake digest already exists. A CI pipeline skips
	// `packer build` when it is false.
	NeedsBake bool `mapstructure:"needs_bake"`
	// The AMI that already holds this plan's bake (found by its `parbake:digest` tag), or "".
	ExistingImageID string `mapstructure:"existing_image_id"`
	// What the bake changes compared with the previous manifest: one entry per step, with
	// `change` one of added, removed, changed or moved.
	BakeChanges []BakeChange `mapstructure:"bake_changes"`
	// The same, in plain words, for a reviewer; with `certify_every` set in the recipe's policy,
	// it says which changes need a new review.
	Changes string `mapstructure:"changes"`
	// The steps a rebuild would move to the other phase: the image this user data pairs with
	// keeps the placement it was baked with, and the timings now place these differently.
	RebuildWouldMove []string `mapstructure:"rebuild_would_move"`
}
