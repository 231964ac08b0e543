package parbake

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"

	"github.com/parbake/packer-plugin-parbake/awsimage"
)

// ErrTarget is wrapped when a target of the hand-off, the rollout or the retirement is missing
// or wrong; nothing has been launched then.
var ErrTarget = errors.New("a target is missing or wrong")

// check reads every target before the test launch: the launch template (able to launch into a
// warm pool when the image's plan has one), the home image's tags (its recipe and role for the
// retirement, its warm pool), and the groups (each on that template, on a numbered version when
// it is to roll back, able to have a warm pool when the image's plan has one).
func (r *run) check(ctx context.Context) error {
	c, set := &r.p.config, r.p.s
	if c.LaunchTemplate == nil && set.rollout == nil && set.retire == nil {
		return nil
	}
	s, err := r.session(ctx, r.home)
	if err != nil {
		return err
	}
	var errs []error
	if lt := c.LaunchTemplate; lt != nil {
		if r.template, err = awsimage.FindTemplate(ctx, s.EC2, lt.Name, lt.ID); err != nil {
			errs = append(errs, fmt.Errorf("launch_template: %w", err))
		}
	}
	if set.rollout != nil || set.retire != nil || c.LaunchTemplate != nil {
		if err := r.readTags(ctx, s); err != nil && set.retire != nil {
			errs = append(errs, fmt.Errorf("retire: %w", err))
		}
	}
	if r.template.ID != "" {
		if err := awsimage.CheckTemplateMarket(ctx, s.EC2, r.template, r.warmPool); err != nil {
			errs = append(errs, fmt.Errorf("launch_template: %w", err))
		}
	}
	if ro := set.rollout; ro != nil && r.template.ID != "" {
		if err := awsimage.CheckGroups(ctx, s.AutoScaling, ro.Groups, r.template, ro.AutoRollback, r.warmPool); err != nil {
			errs = append(errs, fmt.Errorf("rollout: %w", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w; nothing was launched:\n%w", ErrTarget, err)
	}
	return nil
}

// readTags reads the home image's parbake tags: its recipe and role, which say what the retirement
// may act on, and its warm pool. The image was made moments ago: its NotFound is waited out. The
// error says the recipe and role tags are missing, which only the retirement needs.
func (r *run) readTags(ctx context.Context, s *awsimage.Session) error {
	var out *ec2.DescribeImagesOutput
	err := awsimage.Fresh{Say: r.say, Codes: []string{"InvalidAMIID.NotFound"}}.Do(ctx, "image "+r.homeID, func(ctx context.Context) (err error) {
		out, err = s.EC2.DescribeImages(ctx, &ec2.DescribeImagesInput{ImageIds: []string{r.homeID}})
		return err
	})
	if err != nil {
		return fmt.Errorf("reading %s's tags: %w", r.homeID, err)
	}
	found := map[string]bool{}
	for _, img := range out.Images {
		for _, t := range img.Tags {
			switch aws.ToString(t.Key) {
			case awsimage.TagRecipe:
				r.recipe, found[awsimage.TagRecipe] = aws.ToString(t.Value), true
			case awsimage.TagRole:
				r.role, found[awsimage.TagRole] = aws.ToString(t.Value), true
			case awsimage.TagWarmPool:
				r.warmPool = aws.ToString(t.Value)
			}
		}
	}
	if !found[awsimage.TagRecipe] || !found[awsimage.TagRole] || r.recipe == "" {
		return fmt.Errorf("%s has no %s and %s tags, which say which earlier images are its own: give the builder's tags the parbake data source's image_tags",
			r.homeID, awsimage.TagRecipe, awsimage.TagRole)
	}
	return nil
}
