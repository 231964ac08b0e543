package ec2box

import (
	"context"
	"encoding/base64"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

func TestLaunchTemplateVersions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	created, err := f.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{
		LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{
			ImageId: &f.source, InstanceType: types.InstanceTypeT3Small,
			MetadataOptions: &types.LaunchTemplateInstanceMetadataOptionsRequest{InstanceMetadataTags: types.LaunchTemplateInstanceMetadataTagsStateEnabled},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	userData := base64.StdEncoding.EncodeToString([]byte("#!/bin/sh\necho v2\n"))
	v2, err := f.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{
		LaunchTemplateId: created.LaunchTemplate.LaunchTemplateId, SourceVersion: aws.String("$Latest"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{UserData: &userData},
	})
	if err != nil {
		t.Fatal(err)
	}
	if aws.ToInt64(v2.LaunchTemplateVersion.VersionNumber) != 2 {
		t.Fatalf("version %d, want 2", aws.ToInt64(v2.LaunchTemplateVersion.VersionNumber))
	}
	if _, err := f.ec2.ModifyLaunchTemplate(ctx, &ec2.ModifyLaunchTemplateInput{LaunchTemplateName: aws.String("web"), DefaultVersion: aws.String("2")}); err != nil {
		t.Fatal(err)
	}
	got, err := f.ec2.DescribeLaunchTemplateVersions(ctx, &ec2.DescribeLaunchTemplateVersionsInput{
		LaunchTemplateName: aws.String("web"), Versions: []string{"$Default"}})
	if err != nil {
		t.Fatal(err)
	}
	d := got.LaunchTemplateVersions[0].LaunchTemplateData
	// The new version keeps the source version's image and type and adds the user data.
	if aws.ToString(d.ImageId) != f.source || d.InstanceType != types.InstanceTypeT3Small || aws.ToString(d.UserData) != userData ||
		d.MetadataOptions == nil || d.MetadataOptions.InstanceMetadataTags != types.LaunchTemplateInstanceMetadataTagsStateEnabled ||
		!aws.ToBool(got.LaunchTemplateVersions[0].DefaultVersion) {
		t.Errorf("the default version is %+v", got.LaunchTemplateVersions[0])
	}
	run, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{MinCount: aws.Int32(1), MaxCount: aws.Int32(1),
		LaunchTemplate: &types.LaunchTemplateSpecification{LaunchTemplateName: aws.String("web")}})
	if err != nil {
		t.Fatal(err)
	}
	id := aws.ToString(run.Instances[0].InstanceId)
	waitState(t, f.ec2, types.InstanceStateNameRunning, id)
	if s := f.machines.spec(id); string(s.UserData) != "#!/bin/sh\necho v2\n" || s.Metadata["ami-id"] != f.source {
		t.Errorf("an instance from the template booted with %+v", s)
	}
	if _, err := f.ec2.DescribeLaunchTemplateVersions(ctx, &ec2.DescribeLaunchTemplateVersionsInput{
		LaunchTemplateName: aws.String("web"), Versions: []string{"7"}}); apiCode(err) != "InvalidLaunchTemplateId.VersionNotFound" {
		t.Errorf("a missing version: %v", err)
	}
}
