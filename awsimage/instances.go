package awsimage

import (
	"context"
	"encoding/base64"
	"fmt"
	"sort"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// InstancesAPI is what measuring boots needs of EC2; *ec2.Client satisfies it.
type InstancesAPI interface {
	DescribeInstances(ctx context.Context, in *ec2.DescribeInstancesInput, opts ...func(*ec2.Options)) (*ec2.DescribeInstancesOutput, error)
	GetConsoleOutput(ctx context.Context, in *ec2.GetConsoleOutputInput, opts ...func(*ec2.Options)) (*ec2.GetConsoleOutputOutput, error)
}

// RunningInstances lists, sorted, the IDs of up to max running instances launched from image,
// or, when image is empty, tagged with the bake digest (parbake:digest).
func RunningInstances(ctx context.Context, api InstancesAPI, image, digest string, max int) ([]string, error) {
	filters := []types.Filter{{Name: aws.String("instance-state-name"), Values: []string{"running"}}}
	if image != "" {
		filters = append(filters, types.Filter{Name: aws.String("image-id"), Values: []string{image}})
	} else {
		filters = append(filters, types.Filter{Name: aws.String("tag:" + TagDigest), Values: []string{digest}})
	}
	var ids []string
	p := ec2.NewDescribeInstancesPaginator(api, &ec2.DescribeInstancesInput{Filters: filters})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("DescribeInstances: %w", err)
		}
		for _, r := range out.Reservations {
			for _, i := range r.Instances {
				ids = append(ids, aws.ToString(i.InstanceId))
			}
		}
	}
	sort.Strings(ids)
	if max > 0 && len(ids) > max {
		ids = ids[:max]
	}
	return ids, nil
}

// ConsoleOutput returns an instance's latest console output, decoded.
func ConsoleOutput(ctx context.Context, api InstancesAPI, id string) ([]byte, error) {
	out, err := api.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: aws.String(id), Latest: aws.Bool(true)})
	if err != nil {
		return nil, fmt.Errorf("GetConsoleOutput %s: %w", id, err)
	}
	data, err := base64.StdEncoding.DecodeString(aws.ToString(out.Output))
	if err != nil {
		return nil, fmt.Errorf("GetConsoleOutput %s: output is not base64: %w", id, err)
	}
	return data, nil
}
