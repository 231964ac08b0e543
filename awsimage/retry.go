package awsimage

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/smithy-go/middleware"
)

// DefaultRetryTimeout bounds one AWS call, all its retries included, unless the user sets
// another (retry_timeout).
const DefaultRetryTimeout = 5 * time.Minute

// newRetryer retries throttling and transient errors in the SDK's adaptive mode: besides backing
// off, it slows the client's own rate when AWS throttles it (EC2 meters each account with token
// buckets; CI runs many builds in one). The attempts are not counted against a retry quota:
// the call's deadline (operationDeadline) is the bound instead, one the user can read and set.
func newRetryer(maxBackoff time.Duration) aws.Retryer {
	return retry.NewAdaptiveMode(func(o *retry.AdaptiveModeOptions) {
		o.StandardOptions = append(o.StandardOptions, func(so *retry.StandardOptions) {
			// No capacity for a type is not transient in a call's time: the test launch tries
			// the next type instead (EC2 answers it with a server error, which would be retried).
			so.Retryables = append([]retry.IsErrorRetryable{retry.IsErrorRetryableFunc(func(err error) aws.Ternary {
				if ErrCode(err) == "InsufficientInstanceCapacity" {
					return aws.FalseTernary
				}
				return aws.UnknownTernary
			})}, so.Retryables...)
			so.MaxAttempts = 100
			so.RateLimiter = ratelimit.None
			if maxBackoff > 0 {
				so.MaxBackoff = maxBackoff
			}
		})
	})
}

// operationDeadline gives each call, with all its retries, at most d.
func operationDeadline(d time.Duration) func(*middleware.Stack) error {
	return func(s *middleware.Stack) error {
		return s.Initialize.Add(middleware.InitializeMiddlewareFunc("parbakeOperationDeadline",
			func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
				ctx, cancel := context.WithTimeout(ctx, d)
				defer cancel()
				return next.HandleInitialize(ctx, in)
			}), middleware.Before)
	}
}
