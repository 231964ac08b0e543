package awsimage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
)

// Session is one region's clients, made once from one configuration: every stage of a run
// shares them, and with them the credentials' cache and the adaptive retryer's rate.
type Session struct {
	Region      string
	EC2         *ec2.Client
	SSM         *ssm.Client
	AutoScaling *autoscaling.Client
}

// Endpoints are the other services' endpoints, where they are not AWS's public ones.
type Endpoints struct {
	SSM, AutoScaling string
}

// NewSession loads the configuration for c's region and makes its clients.
func NewSession(ctx context.Context, c ClientConfig, e Endpoints) (*Session, error) {
	cfg, err := LoadConfig(ctx, c)
	if err != nil {
		return nil, err
	}
	return &Session{
		Region: cfg.Region,
		EC2: ec2.NewFromConfig(cfg, func(o *ec2.Options) {
			if c.Endpoint != "" {
				o.BaseEndpoint = aws.String(c.Endpoint)
			}
		}),
		SSM: NewSSMClient(cfg, e.SSM),
		AutoScaling: autoscaling.NewFromConfig(cfg, func(o *autoscaling.Options) {
			if e.AutoScaling != "" {
				o.BaseEndpoint = aws.String(e.AutoScaling)
			}
		}),
	}, nil
}
