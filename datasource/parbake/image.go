package parbake

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/ec2"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// foundImage is what pairing needs of the image the user data will boot.
type foundImage struct {
	source, id, digest string
	steps              map[string]string
}

// client builds the EC2 client the image lookup and the measure block share.
func (im *ImageConfig) client(ctx context.Context) (*ec2.Client, error) {
	cc := awsimage.ClientConfig{Region: im.Region, Profile: im.Profile, Endpoint: im.Endpoint}
	if r := im.AssumeRole; r != nil {
		cc.RoleARN, cc.SessionName, cc.ExternalID = r.RoleARN, r.SessionName, r.ExternalID
	}
	return awsimage.NewClient(ctx, cc)
}

// lookupImage finds the configured AMI through aws-sdk-go-v2 and returns its parbake tags.
func lookupImage(ctx context.Context, client awsimage.API, im *ImageConfig) (*foundImage, error) {
	img, err := awsimage.Find(ctx, client, im.lookup())
	if err != nil {
		return nil, err
	}
	digest, err := img.Digest()
	if err != nil {
		return nil, err
	}
	return &foundImage{source: "image " + img.ID, id: img.ID, digest: digest, steps: plan.ParseStepsTag(img.Tags[plan.TagSteps])}, nil
}
