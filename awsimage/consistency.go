package awsimage

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/aws/smithy-go"
)

// IsNotFound reports whether err is AWS's answer that a resource does not exist: EC2's
// *.NotFound codes (InvalidInstanceID.NotFound, InvalidAMIID.NotFound, …) and the
// NotFoundException of other services.
func IsNotFound(err error) bool {
	var ae smithy.APIError
	if !errors.As(err, &ae) {
		return false
	}
	code := ae.ErrorCode()
	return strings.HasSuffix(code, ".NotFound") || strings.HasSuffix(code, "NotFoundException") || strings.HasSuffix(code, ".VersionNotFound")
}

// ErrCode is the AWS error code of err, or "".
func ErrCode(err error) string {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		return ae.ErrorCode()
	}
	return ""
}

// DefaultFreshWindow is how long a resource this build just made may stay invisible before a
// NotFound is believed.
const DefaultFreshWindow = 2 * time.Minute

// Fresh retries calls that name a resource this build just made. Right after a create, EC2's
// describes and the calls that name the resource may answer NotFound for a while ("Eventual
// consistency in the Amazon EC2 API"); the SDK's retryer does not retry NotFound, and Packer's
// own waiters wait it out the same way. Another error, or NotFound past Within, ends it: a
// NotFound for a resource the user named (a typo) is never given to Fresh, and fails at once.
type Fresh struct {
	Within time.Duration
	Say    func(format string, args ...any)
	// First and Max bound the backoff between tries; jitter spreads it.
	First, Max time.Duration
	// Codes, when set, are the only NotFound codes waited out.
	Codes []string
}

// Do calls fn until it does not answer NotFound. what names the resource in messages
// ("instance i-…").
func (f Fresh) Do(ctx context.Context, what string, fn func(context.Context) error) error {
	within, first, most := f.Within, f.First, f.Max
	if within <= 0 {
		within = DefaultFreshWindow
	}
	if first <= 0 {
		first = 500 * time.Millisecond
	}
	if most <= 0 {
		most = 5 * time.Second
	}
	start := time.Now()
	wait := first
	for {
		err := fn(ctx)
		if !IsNotFound(err) || len(f.Codes) > 0 && !slices.Contains(f.Codes, ErrCode(err)) {
			return err
		}
		if time.Since(start) >= within {
			return fmt.Errorf("%s still not found %s after it was made: %w", what, within, err)
		}
		// Full jitter between half and one and a half times the backoff.
		d := time.Duration(float64(wait) * (0.5 + rand.Float64()))
		if f.Say != nil {
			f.Say("%s not visible yet (eventual consistency), retrying in %.1f s", what, d.Seconds())
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
		wait = min(most, wait*8/5)
	}
}
