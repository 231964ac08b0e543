package parbake

import (
	"context"
	"errors"

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
	timeout, err := im.retryTimeout()
	if err != nil {
		return nil, err
	}
	cc := awsimage.ClientConfig{Region: im.Region, Profile: im.Profile, Endpoint: im.Endpoint, RetryTimeout: timeout}
	if r := im.AssumeRole; r != nil {
		cc.RoleARN, cc.SessionName, cc.ExternalID = r.RoleARN, r.SessionName, r.ExternalID
	}
	return awsimage.NewClient(ctx, cc)
}

// lookupImage finds the configured AMI through aws-sdk-go-v2 and returns its parbake tags. In
// the lookup by digest, no image is no error: the bake has not been done yet (nil, nil).
func lookupImage(ctx context.Context, client awsimage.API, im *ImageConfig, digest string) (*foundImage, error) {
	l := im.lookup()
	if im.byDigest() {
		l.Filters = map[string]string{"tag:" + awsimage.TagDigest: digest}
		l.MostRecent = true
		if len(l.Owners) == 0 {
			l.Owners = []string{"self"}
		}
	}
	img, err := awsimage.Find(ctx, client, l)
	if im.byDigest() && errors.Is(err, awsimage.ErrNoImage) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	found, err := img.Digest()
	if err != nil {
		return nil, err
	}
	return &foundImage{source: "image " + img.ID, id: img.ID, digest: found, steps: plan.ParseStepsTag(img.Tags[plan.TagSteps])}, nil
}
