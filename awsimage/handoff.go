package awsimage

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
)

// TemplateAPI is what handing an image to a launch template needs of EC2.
type TemplateAPI interface {
	CreateLaunchTemplateVersion(ctx context.Context, in *ec2.CreateLaunchTemplateVersionInput, opts ...func(*ec2.Options)) (*ec2.CreateLaunchTemplateVersionOutput, error)
	ModifyLaunchTemplate(ctx context.Context, in *ec2.ModifyLaunchTemplateInput, opts ...func(*ec2.Options)) (*ec2.ModifyLaunchTemplateOutput, error)
}

// TemplateVersion asks for a new launch-template version.
type TemplateVersion struct {
	Name, ID    string // the template: one of the two
	ImageID     string
	UserData    []byte // before base64
	Description string
	SetDefault  bool
	// Token makes the call idempotent: a retry after a lost response (the SDK retries on its
	// own) returns the version already made instead of making another.
	Token string
	// Fresh waits out eventual consistency: the image was made by this build, and the new
	// version is named by the default's change right after it is made.
	Fresh Fresh
}

// NewTemplateVersion creates a version of the template from its latest, with the image and the
// user data in place of theirs, and makes it the default when asked. It returns the version.
func NewTemplateVersion(ctx context.Context, api TemplateAPI, v TemplateVersion) (int64, error) {
	in := &ec2.CreateLaunchTemplateVersionInput{
		SourceVersion: aws.String("$Latest"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{
			ImageId:  aws.String(v.ImageID),
			UserData: aws.String(base64.StdEncoding.EncodeToString(v.UserData)),
		},
	}
	name := v.Name
	if v.ID != "" {
		in.LaunchTemplateId, name = aws.String(v.ID), v.ID
	} else {
		in.LaunchTemplateName = aws.String(v.Name)
	}
	if v.Description != "" {
		in.VersionDescription = aws.String(v.Description)
	}
	if v.Token != "" {
		in.ClientToken = aws.String(v.Token)
	}
	var out *ec2.CreateLaunchTemplateVersionOutput
	// Only the image's NotFound is waited out: a template that is not there is the user's to fix.
	imageFresh := v.Fresh
	imageFresh.Codes = []string{"InvalidAMIID.NotFound"}
	err := imageFresh.Do(ctx, "image "+v.ImageID, func(ctx context.Context) (err error) {
		out, err = api.CreateLaunchTemplateVersion(ctx, in)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("CreateLaunchTemplateVersion of %s: %w", name, err)
	}
	if out.LaunchTemplateVersion == nil || out.LaunchTemplateVersion.VersionNumber == nil {
		return 0, fmt.Errorf("CreateLaunchTemplateVersion of %s: no version in the answer", name)
	}
	n := *out.LaunchTemplateVersion.VersionNumber
	if v.SetDefault {
		return n, SetDefaultVersion(ctx, api, v, n)
	}
	return n, nil
}

// SetDefaultVersion makes version n of v's template its default. A rollout does it only once
// every group runs the new version.
func SetDefaultVersion(ctx context.Context, api TemplateAPI, v TemplateVersion, n int64) error {
	m := &ec2.ModifyLaunchTemplateInput{DefaultVersion: aws.String(strconv.FormatInt(n, 10))}
	name := v.Name
	if v.ID != "" {
		m.LaunchTemplateId, name = aws.String(v.ID), v.ID
	} else {
		m.LaunchTemplateName = aws.String(v.Name)
	}
	versionFresh := v.Fresh
	versionFresh.Codes = []string{"InvalidLaunchTemplateId.VersionNotFound"}
	if err := versionFresh.Do(ctx, fmt.Sprintf("version %d of %s", n, name), func(ctx context.Context) error {
		_, err := api.ModifyLaunchTemplate(ctx, m)
		return err
	}); err != nil {
		return fmt.Errorf("ModifyLaunchTemplate %s (default version %d): %w", name, n, err)
	}
	return nil
}

// ParameterAPI is what publishing an image id needs of SSM.
type ParameterAPI interface {
	PutParameter(ctx context.Context, in *ssm.PutParameterInput, opts ...func(*ssm.Options)) (*ssm.PutParameterOutput, error)
}

// PublishImage writes the image id to an SSM parameter with data type aws:ec2:image, which SSM
// checks, so that launch templates can say resolve:ssm:NAME. It returns the parameter's version.
func PublishImage(ctx context.Context, api ParameterAPI, name, imageID string) (int64, error) {
	out, err := api.PutParameter(ctx, &ssm.PutParameterInput{
		Name: aws.String(name), Value: aws.String(imageID), Type: ssmtypes.ParameterTypeString,
		DataType: aws.String("aws:ec2:image"), Overwrite: aws.Bool(true),
	})
	if err != nil {
		return 0, fmt.Errorf("PutParameter %s: %w", name, err)
	}
	return out.Version, nil
}
