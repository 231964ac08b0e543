package awsimage

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/smithy-go/middleware"
)

// ClientConfig says how to reach EC2: the standard credential chain, narrowed by profile and
// region, optionally through an assumed role, and optionally at another endpoint.
type ClientConfig struct {
	Region      string
	Profile     string
	RoleARN     string
	SessionName string
	ExternalID  string
	Endpoint    string // base endpoint for EC2 (and STS), e.g. a VPC endpoint or a test server
	MaxBackoff  time.Duration
	// RetryTimeout bounds each call with all its retries; 0: DefaultRetryTimeout.
	RetryTimeout time.Duration
}

// NewClient builds an EC2 client. Throttling and transient errors are retried by the SDK's
// adaptive retryer (retry.go), each call bounded by RetryTimeout, the backoff capped at MaxBackoff
// when set.
func NewClient(ctx context.Context, c ClientConfig) (*ec2.Client, error) {
	s, err := NewSession(ctx, c, Endpoints{})
	if err != nil {
		return nil, err
	}
	return s.EC2, nil
}

// NewSSMClient builds an SSM client from the same configuration, at endpoint when it is set.
func NewSSMClient(cfg aws.Config, endpoint string) *ssm.Client {
	return ssm.NewFromConfig(cfg, func(o *ssm.Options) {
		if endpoint != "" {
			o.BaseEndpoint = aws.String(endpoint)
		}
	})
}

// LoadConfig resolves the credentials and region every client of c shares.
func LoadConfig(ctx context.Context, c ClientConfig) (aws.Config, error) {
	var opts []func(*config.LoadOptions) error
	if c.Region != "" {
		opts = append(opts, config.WithRegion(c.Region))
	}
	if c.Profile != "" {
		opts = append(opts, config.WithSharedConfigProfile(c.Profile))
	}
	opts = append(opts, config.WithRetryer(func() aws.Retryer { return newRetryer(c.MaxBackoff) }))
	timeout := c.RetryTimeout
	if timeout <= 0 {
		timeout = DefaultRetryTimeout
	}
	opts = append(opts, config.WithAPIOptions([]func(*middleware.Stack) error{operationDeadline(timeout)}))
	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return aws.Config{}, fmt.Errorf("loading AWS configuration: %w", err)
	}
	if cfg.Region == "" {
		return aws.Config{}, fmt.Errorf("no AWS region: set region (the image block's, the post-processor's), or AWS_REGION")
	}
	if c.RoleARN != "" {
		stsClient := sts.NewFromConfig(cfg, func(o *sts.Options) {
			if c.Endpoint != "" {
				o.BaseEndpoint = aws.String(c.Endpoint)
			}
		})
		cfg.Credentials = aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(stsClient, c.RoleARN, func(o *stscreds.AssumeRoleOptions) {
			if c.SessionName != "" {
				o.RoleSessionName = c.SessionName
			}
			if c.ExternalID != "" {
				o.ExternalID = aws.String(c.ExternalID)
			}
		}))
	}
	return cfg, nil
}
