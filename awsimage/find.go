package awsimage

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// API is the one EC2 call this package makes; *ec2.Client satisfies it, and tests can too.
type API interface {
	DescribeImages(ctx context.Context, in *ec2.DescribeImagesInput, opts ...func(*ec2.Options)) (*ec2.DescribeImagesOutput, error)
}

// Lookup selects an image by id, or by filters and owners as amazon-ami does.
type Lookup struct {
	ID         string
	Filters    map[string]string
	Owners     []string
	MostRecent bool
}

// ErrNoOwners is returned by Validate for filters without owners: any account can publish an
// image whose name matches, so the amazon plugin refuses such a lookup too.
var ErrNoOwners = errors.New("filters need owners (account ids, self or amazon): without them an image anyone published could match")

// Validate checks the lookup before any request: an id, or filters with owners.
func (l Lookup) Validate() error {
	switch {
	case l.ID == "" && len(l.Filters) == 0:
		return errors.New("give id, or filters with owners")
	case len(l.Filters) > 0 && len(l.Owners) == 0:
		return ErrNoOwners
	}
	return nil
}

// TagDigest is the image (and instance) tag that holds the bake digest.
const TagDigest = "parbake:digest"

// Image is what pairing needs of an AMI.
type Image struct {
	ID   string
	Tags map[string]string
}

var (
	// ErrNoImage: nothing matched the lookup.
	ErrNoImage = errors.New("no image matches")
	// ErrSeveralImages: more than one image matched and most_recent is not set.
	ErrSeveralImages = errors.New("several images match; narrow the filters or set most_recent = true")
	// ErrNoDigestTag: the image carries no parbake:digest tag.
	ErrNoDigestTag = errors.New("the image has no parbake:digest tag")
)

// Find describes the images the lookup selects and returns the one it means.
func Find(ctx context.Context, api API, l Lookup) (*Image, error) {
	in := &ec2.DescribeImagesInput{Owners: l.Owners}
	if l.ID != "" {
		in.ImageIds = []string{l.ID}
	}
	names := make([]string, 0, len(l.Filters))
	for k := range l.Filters {
		names = append(names, k)
	}
	sort.Strings(names) // requests are deterministic, which tests and logs rely on
	for _, k := range names {
		in.Filters = append(in.Filters, types.Filter{Name: aws.String(k), Values: []string{l.Filters[k]}})
	}
	var images []types.Image
	p := ec2.NewDescribeImagesPaginator(api, in)
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("DescribeImages: %w", err)
		}
		images = append(images, out.Images...)
	}
	switch {
	case len(images) == 0:
		return nil, fmt.Errorf("%w %s", ErrNoImage, describe(l))
	case len(images) > 1 && !l.MostRecent:
		return nil, fmt.Errorf("%w (%d images match %s)", ErrSeveralImages, len(images), describe(l))
	}
	// CreationDate is ISO 8601, so the latest sorts last as text.
	sort.SliceStable(images, func(i, j int) bool {
		return aws.ToString(images[i].CreationDate) < aws.ToString(images[j].CreationDate)
	})
	img := images[len(images)-1]
	out := &Image{ID: aws.ToString(img.ImageId), Tags: map[string]string{}}
	for _, t := range img.Tags {
		out.Tags[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	return out, nil
}

// Digest returns the image's parbake:digest tag.
func (i *Image) Digest() (string, error) {
	d, ok := i.Tags[TagDigest]
	if !ok || d == "" {
		return "", fmt.Errorf("%w (%s)", ErrNoDigestTag, i.ID)
	}
	return d, nil
}

func describe(l Lookup) string {
	var parts []string
	if l.ID != "" {
		parts = append(parts, "id "+l.ID)
	}
	for k, v := range l.Filters {
		parts = append(parts, fmt.Sprintf("%s=%s", k, v))
	}
	if len(l.Owners) > 0 {
		parts = append(parts, "owners "+strings.Join(l.Owners, ","))
	}
	sort.Strings(parts)
	return "(" + strings.Join(parts, "; ") + ")"
}
