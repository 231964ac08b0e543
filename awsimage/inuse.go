package awsimage

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	asgtypes "github.com/aws/aws-sdk-go-v2/service/autoscaling/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
)

// LookupError says which lookup of what uses an image failed. A retirement stops on it: an
// image whose users could not all be read is never taken as unused.
type LookupError struct {
	Lookup string // e.g. "the launch templates (DescribeLaunchTemplates)"
	Err    error
}

func (e *LookupError) Error() string {
	return fmt.Sprintf("reading %s: %v; nothing was retired", e.Lookup, e.Err)
}
func (e *LookupError) Unwrap() error { return e.Err }

// Uses maps an image to what points at it, each described for a person ("launch template web
// ($Default, version 4)").
type Uses map[string][]string

func (u Uses) add(imageID, what string) {
	for _, w := range u[imageID] {
		if w == what {
			return
		}
	}
	u[imageID] = append(u[imageID], what)
}

// FindUses reads everything in s's region that can point at an image: the default and latest
// versions of every launch template, the versions every Auto Scaling group and its instances use
// (mixed-instances overrides included), the SSM parameters of data type aws:ec2:image, and the
// pending, running and stopped instances (a warm pool's too). It fails on the first lookup that
// fails.
func FindUses(ctx context.Context, s *Session, images []string) (Uses, error) {
	uses := Uses{}
	r := &resolver{s: s, versions: map[string]string{}, params: map[string]string{}}
	if err := r.launchTemplates(ctx, uses); err != nil {
		return nil, err
	}
	if err := r.groups(ctx, uses); err != nil {
		return nil, err
	}
	if err := r.parameters(ctx, uses); err != nil {
		return nil, err
	}
	if err := instancesOf(ctx, s.EC2, images, uses); err != nil {
		return nil, err
	}
	for id := range uses {
		sort.Strings(uses[id])
	}
	return uses, nil
}

// resolver turns a launch-template version, or an SSM parameter a template names, into an image
// id, each read once.
type resolver struct {
	s        *Session
	versions map[string]string // "template\x00version" → image id
	params   map[string]string // name → value
}

func (r *resolver) launchTemplates(ctx context.Context, uses Uses) error {
	p := ec2.NewDescribeLaunchTemplatesPaginator(r.s.EC2, &ec2.DescribeLaunchTemplatesInput{})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return &LookupError{"the launch templates (DescribeLaunchTemplates)", err}
		}
		for _, lt := range out.LaunchTemplates {
			name := aws.ToString(lt.LaunchTemplateName)
			for _, v := range []struct {
				n    *int64
				what string
			}{{lt.DefaultVersionNumber, "$Default"}, {lt.LatestVersionNumber, "$Latest"}} {
				if v.n == nil {
					continue
				}
				version := fmt.Sprint(*v.n)
				img, err := r.version(ctx, aws.ToString(lt.LaunchTemplateId), name, version)
				if err != nil {
					return err
				}
				if img != "" {
					uses.add(img, fmt.Sprintf("launch template %s (%s, version %s)", name, v.what, version))
				}
			}
		}
	}
	return nil
}

// version resolves one launch-template version to its image id ("" when it names none).
func (r *resolver) version(ctx context.Context, id, name, version string) (string, error) {
	key := id + name + "\x00" + version
	if img, ok := r.versions[key]; ok {
		return img, nil
	}
	in := &ec2.DescribeLaunchTemplateVersionsInput{Versions: []string{version}}
	if id != "" {
		in.LaunchTemplateId = aws.String(id)
	} else {
		in.LaunchTemplateName = aws.String(name)
	}
	out, err := r.s.EC2.DescribeLaunchTemplateVersions(ctx, in)
	if err != nil {
		return "", &LookupError{fmt.Sprintf("launch template %s%s version %s (DescribeLaunchTemplateVersions)", name, id, version), err}
	}
	img := ""
	if len(out.LaunchTemplateVersions) > 0 && out.LaunchTemplateVersions[0].LaunchTemplateData != nil {
		img = aws.ToString(out.LaunchTemplateVersions[0].LaunchTemplateData.ImageId)
	}
	if param, ok := strings.CutPrefix(img, "resolve:ssm:"); ok {
		if img, err = r.parameter(ctx, param); err != nil {
			return "", err
		}
	}
	r.versions[key] = img
	return img, nil
}

func (r *resolver) parameter(ctx context.Context, name string) (string, error) {
	if v, ok := r.params[name]; ok {
		return v, nil
	}
	out, err := r.s.SSM.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(name)})
	if err != nil {
		return "", &LookupError{fmt.Sprintf("SSM parameter %s (GetParameter)", name), err}
	}
	v := aws.ToString(out.Parameter.Value)
	r.params[name] = v
	return v, nil
}

func (r *resolver) groups(ctx context.Context, uses Uses) error {
	p := autoscaling.NewDescribeAutoScalingGroupsPaginator(r.s.AutoScaling, &autoscaling.DescribeAutoScalingGroupsInput{})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return &LookupError{"the Auto Scaling groups (DescribeAutoScalingGroups)", err}
		}
		for _, g := range out.AutoScalingGroups {
			name := aws.ToString(g.AutoScalingGroupName)
			if lc := aws.ToString(g.LaunchConfigurationName); lc != "" {
				return &LookupError{fmt.Sprintf("Auto Scaling group %s", name),
					fmt.Errorf("it launches from launch configuration %s, which parbake does not read: move it to a launch template", lc)}
			}
			specs := []*asgtypes.LaunchTemplateSpecification{g.LaunchTemplate}
			if m := g.MixedInstancesPolicy; m != nil && m.LaunchTemplate != nil {
				specs = append(specs, m.LaunchTemplate.LaunchTemplateSpecification)
				for _, o := range m.LaunchTemplate.Overrides {
					specs = append(specs, o.LaunchTemplateSpecification)
				}
			}
			for _, in := range g.Instances {
				specs = append(specs, in.LaunchTemplate)
			}
			for _, spec := range specs {
				if spec == nil {
					continue
				}
				version := aws.ToString(spec.Version)
				if version == "" {
					version = "$Default"
				}
				img, err := r.version(ctx, aws.ToString(spec.LaunchTemplateId), aws.ToString(spec.LaunchTemplateName), version)
				if err != nil {
					return err
				}
				if img != "" {
					uses.add(img, "Auto Scaling group "+name)
				}
			}
		}
	}
	return nil
}

func (r *resolver) parameters(ctx context.Context, uses Uses) error {
	p := ssm.NewDescribeParametersPaginator(r.s.SSM, &ssm.DescribeParametersInput{
		ParameterFilters: []ssmtypes.ParameterStringFilter{{Key: aws.String("DataType"), Option: aws.String("Equals"), Values: []string{"aws:ec2:image"}}},
		MaxResults:       aws.Int32(50)})
	var names []string
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return &LookupError{"the SSM parameters of data type aws:ec2:image (DescribeParameters)", err}
		}
		for _, m := range out.Parameters {
			names = append(names, aws.ToString(m.Name))
		}
	}
	for len(names) > 0 {
		batch := names[:min(10, len(names))]
		names = names[len(batch):]
		out, err := r.s.SSM.GetParameters(ctx, &ssm.GetParametersInput{Names: batch})
		if err != nil {
			return &LookupError{"the SSM parameters of data type aws:ec2:image (GetParameters)", err}
		}
		for _, p := range out.Parameters {
			uses.add(aws.ToString(p.Value), "SSM parameter "+aws.ToString(p.Name))
		}
	}
	return nil
}

// instancesOf adds the instances launched from images that have not gone: pending, running,
// stopping or stopped (a stopped warm pool's instances are stopped).
func instancesOf(ctx context.Context, api ec2.DescribeInstancesAPIClient, images []string, uses Uses) error {
	for len(images) > 0 {
		batch := images[:min(100, len(images))]
		images = images[len(batch):]
		p := ec2.NewDescribeInstancesPaginator(api, &ec2.DescribeInstancesInput{Filters: []types.Filter{
			{Name: aws.String("image-id"), Values: batch},
			{Name: aws.String("instance-state-name"), Values: []string{"pending", "running", "stopping", "stopped"}}}})
		for p.HasMorePages() {
			out, err := p.NextPage(ctx)
			if err != nil {
				return &LookupError{"the instances (DescribeInstances)", err}
			}
			for _, res := range out.Reservations {
				for _, in := range res.Instances {
					uses.add(aws.ToString(in.ImageId), fmt.Sprintf("instance %s (%s)", aws.ToString(in.InstanceId), in.State.Name))
				}
			}
		}
	}
	return nil
}
