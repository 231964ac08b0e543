package boot

import "errors"

// Format is the user data's outer form.
type Format string

const (
	FormatMIME        Format = "mime"
	FormatShell       Format = "shell"
	FormatCloudConfig Format = "cloud-config"
)

// OnMismatch says what the boot runner does on an image whose bake digest is not the expected one.
type OnMismatch string

const (
	MismatchError   OnMismatch = "error"
	MismatchBootAll OnMismatch = "boot-all"
)

// Gzip modes.
const (
	GzipAuto  = "auto"
	GzipTrue  = "true"
	GzipFalse = "false"
)

// MaxUserData is EC2's limit on user data, before base64.
const MaxUserData = 16384

// DefaultIMDS is where instances reach their metadata service.
const DefaultIMDS = "http://169.254.169.254"

// Part is an extra cloud-init part merged into MIME user data.
type Part struct {
	ContentType string
	Filename    string
	Content     string
}

// Options control rendering.
type Options struct {
	Values       map[string]string // values of boot variables that have no `from`
	Format       Format
	Gzip         string
	IMDSEndpoint string
	SSMEndpoint  string // --endpoint-url for the AWS CLI's SSM calls; "" for the default
	S3Endpoint   string // --endpoint-url for the AWS CLI's S3 calls; "" for the default
	// AutoscalingEndpoint is --endpoint-url for the ready block's CompleteLifecycleAction; "" for
	// the default.
	AutoscalingEndpoint string
	Parts               []Part
	OnMismatch          OnMismatch
	Version             string // parbake's, for the runner's header
	// SSMDeadline bounds the time the instance spends reading ssm: values, retries included
	// (a duration such as "3m"; DefaultSSMDeadline when empty).
	SSMDeadline string
	// FetchJitter is the most the first SSM call waits, at random, so that a burst of instances
	// does not call at once ("0s" for none; empty: decided by the plan's launch rate).
	FetchJitter string
}

// ErrTooLarge is wrapped by the error for user data over MaxUserData, even gzipped.
var ErrTooLarge = errors.New("user data exceeds EC2's 16384-byte limit")

// ErrCannotExpress is wrapped when format = "cloud-config" cannot express a step.
var ErrCannotExpress = errors.New("cloud-config cannot express this step")

// ErrWarmPoolHook is wrapped when a plan with a warm pool has no launching lifecycle hook.
var ErrWarmPoolHook = errors.New("a warm pool needs a launching lifecycle hook that the instance completes")
