package parbake

import (
	"context"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/plan"
)

// lookupImage finds the configured AMI through aws-sdk-go-v2 and returns its parbake tags.
func lookupImage(ctx context.Context, c *ImageConfig) (string, string, map[string]string, error) {
	cc := awsimage.ClientConfig{Region: c.Region, Profile: c.Profile, Endpoint: c.Endpoint}
	if r := c.AssumeRole; r != nil {
		cc.RoleARN, cc.SessionName, cc.ExternalID = r.RoleARN, r.SessionName, r.ExternalID
	}
	client, err := awsimage.NewClient(ctx, cc)
	if err != nil {
		return "", "", nil, err
	}
	img, err := awsimage.Find(ctx, client, c.lookup())
	if err != nil {
		return "", "", nil, err
	}
	digest, err := img.Digest()
	if err != nil {
		return "", "", nil, err
	}
	return "image " + img.ID, digest, plan.ParseStepsTag(img.Tags[plan.TagSteps]), nil
}
