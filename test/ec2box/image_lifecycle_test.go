package ec2box

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// An image's later life as EC2 has it: deprecation (rounded up to the minute, never in the past),
// disabling (not launchable, hidden unless IncludeDisabled), enabling again, and the time of its
// last launch; only the owner may do any of it.
func TestImageDeprecationAndDisabling(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id, _ := f.box.RegisterImage(ImageSpec{Name: "web-1", Created: time.Now().Add(-48 * time.Hour)})
	img := aws.String(id)

	if _, err := f.ec2.EnableImageDeprecation(ctx, &ec2.EnableImageDeprecationInput{ImageId: img, DeprecateAt: aws.Time(time.Now().Add(-time.Hour))}); apiCode(err) != "InvalidParameterValue" {
		t.Errorf("a deprecation time in the past: %v", err)
	}
	at := time.Now().Add(90 * time.Second)
	if _, err := f.ec2.EnableImageDeprecation(ctx, &ec2.EnableImageDeprecationInput{ImageId: img, DeprecateAt: &at}); err != nil {
		t.Fatal(err)
	}
	out, err := f.ec2.DescribeImages(ctx, &ec2.DescribeImagesInput{ImageIds: []string{id}})
	if err != nil || len(out.Images) != 1 {
		t.Fatalf("%v %v", out, err)
	}
	got, _ := time.Parse(time.RFC3339, aws.ToString(out.Images[0].DeprecationTime))
	if want := at.Truncate(time.Minute).Add(time.Minute); !got.Equal(want) {
		t.Errorf("deprecation time %s, want %s (rounded up to the minute)", got, want)
	}

	if _, err := f.ec2.DisableImage(ctx, &ec2.DisableImageInput{ImageId: img}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		include bool
		want    int
	}{{false, 0}, {true, 1}} {
		out, err := f.ec2.DescribeImages(ctx, &ec2.DescribeImagesInput{Owners: []string{"self"}, IncludeDisabled: aws.Bool(c.include)})
		if err != nil || len(out.Images) != c.want {
			t.Errorf("IncludeDisabled=%v lists %d images (%v), want %d", c.include, len(out.Images), err, c.want)
		}
		if c.include && len(out.Images) == 1 && out.Images[0].State != types.ImageStateDisabled {
			t.Errorf("state %s, want disabled", out.Images[0].State)
		}
	}
	run := &ec2.RunInstancesInput{ImageId: img, MinCount: aws.Int32(1), MaxCount: aws.Int32(1), InstanceType: types.InstanceTypeT3Micro}
	if _, err := f.ec2.RunInstances(ctx, run); apiCode(err) != "InvalidAMIID.Unavailable" {
		t.Errorf("launching a disabled image: %v", err)
	}
	if _, err := f.ec2.EnableImage(ctx, &ec2.EnableImageInput{ImageId: img}); err != nil {
		t.Fatal(err)
	}
	attr, err := f.ec2.DescribeImageAttribute(ctx, &ec2.DescribeImageAttributeInput{ImageId: img, Attribute: types.ImageAttributeNameLastLaunchedTime})
	if err != nil || attr.LastLaunchedTime != nil && aws.ToString(attr.LastLaunchedTime.Value) != "" {
		t.Errorf("a never launched image's lastLaunchedTime: %v %v", attr, err)
	}
	before := time.Now().Add(-time.Second)
	if _, err := f.ec2.RunInstances(ctx, run); err != nil {
		t.Fatalf("launching the enabled image: %v", err)
	}
	attr, err = f.ec2.DescribeImageAttribute(ctx, &ec2.DescribeImageAttributeInput{ImageId: img, Attribute: types.ImageAttributeNameLastLaunchedTime})
	if err != nil || attr.LastLaunchedTime == nil {
		t.Fatalf("lastLaunchedTime after a launch: %v %v", attr, err)
	}
	if launched, _ := time.Parse(time.RFC3339, aws.ToString(attr.LastLaunchedTime.Value)); launched.Before(before) {
		t.Errorf("lastLaunchedTime %s, want after %s", launched, before)
	}

	// Only the owner: Debian's source image is not the account's.
	if _, err := f.ec2.DisableImage(ctx, &ec2.DisableImageInput{ImageId: aws.String(f.source)}); apiCode(err) != "AuthFailure" {
		t.Errorf("disabling another account's image: %v", err)
	}
	if _, err := f.ec2.DisableImage(ctx, &ec2.DisableImageInput{ImageId: aws.String("ami-00000000000000000")}); apiCode(err) != "InvalidAMIID.NotFound" {
		t.Errorf("disabling an image that is not there: %v", err)
	}
}
