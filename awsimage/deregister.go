package awsimage

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
)

// DeregisterAPI is what removing an image needs of EC2.
type DeregisterAPI interface {
	DescribeImages(ctx context.Context, in *ec2.DescribeImagesInput, opts ...func(*ec2.Options)) (*ec2.DescribeImagesOutput, error)
	DeregisterImage(ctx context.Context, in *ec2.DeregisterImageInput, opts ...func(*ec2.Options)) (*ec2.DeregisterImageOutput, error)
	DeleteSnapshot(ctx context.Context, in *ec2.DeleteSnapshotInput, opts ...func(*ec2.Options)) (*ec2.DeleteSnapshotOutput, error)
}

// Deregister removes an image and the EBS snapshots behind it, and returns the snapshots'
// ids. The snapshots are read first: once deregistered, the image no longer says which they are.
func Deregister(ctx context.Context, api DeregisterAPI, imageID string) ([]string, error) {
	out, err := api.DescribeImages(ctx, &ec2.DescribeImagesInput{ImageIds: []string{imageID}})
	if err != nil {
		return nil, fmt.Errorf("DescribeImages %s: %w", imageID, err)
	}
	var snapshots []string
	for _, img := range out.Images {
		for _, m := range img.BlockDeviceMappings {
			if m.Ebs != nil && m.Ebs.SnapshotId != nil {
				snapshots = append(snapshots, *m.Ebs.SnapshotId)
			}
		}
	}
	if _, err := api.DeregisterImage(ctx, &ec2.DeregisterImageInput{ImageId: aws.String(imageID)}); err != nil {
		return nil, fmt.Errorf("DeregisterImage %s: %w", imageID, err)
	}
	var errs []error
	for _, s := range snapshots {
		if _, err := api.DeleteSnapshot(ctx, &ec2.DeleteSnapshotInput{SnapshotId: aws.String(s)}); err != nil {
			errs = append(errs, fmt.Errorf("DeleteSnapshot %s (of %s): %w", s, imageID, err))
		}
	}
	return snapshots, errors.Join(errs...)
}
