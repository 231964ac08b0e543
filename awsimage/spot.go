package awsimage

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// CheckTemplateMarket refuses, with ErrNoWarmPool, a hand-off of an image planned for a warm pool
// to a launch template whose latest version asks for Spot Instances: the new version the
// hand-off makes keeps that request, and Auto Scaling gives no warm pool to a group that makes
// it. warmPool is the plan's pool state; "" means no pool, and nothing to check.
func CheckTemplateMarket(ctx context.Context, api ec2.DescribeLaunchTemplateVersionsAPIClient, t Template, warmPool string) error {
	if warmPool == "" {
		return nil
	}
	out, err := api.DescribeLaunchTemplateVersions(ctx, &ec2.DescribeLaunchTemplateVersionsInput{LaunchTemplateId: aws.String(t.ID), Versions: []string{"$Latest"}})
	if err != nil {
		return &LookupError{fmt.Sprintf("launch template %s version $Latest (DescribeLaunchTemplateVersions)", t.Name), err}
	}
	for _, v := range out.LaunchTemplateVersions {
		if d := v.LaunchTemplateData; d != nil && d.InstanceMarketOptions != nil && d.InstanceMarketOptions.MarketType == ec2types.MarketTypeSpot {
			return fmt.Errorf("launch template %s %w: the image's plan runs steps in a warm pool (%s), and its version %d asks for Spot Instances (InstanceMarketOptions), for which Auto Scaling refuses warm pools: remove the Spot request from the template, or plan without warm_pool",
				t.Name, ErrNoWarmPool, warmPool, aws.ToInt64(v.VersionNumber))
		}
	}
	return nil
}
