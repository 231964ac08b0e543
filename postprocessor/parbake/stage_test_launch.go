package parbake

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
)

// testLaunch launches every AMI of the artifact with the user data and reads its verdict.
func (r *run) testLaunch(ctx context.Context) error {
	for _, img := range r.images {
		t, err := r.test(ctx, img, img.region == r.home)
		if t != nil {
			r.art.Tests = append(r.art.Tests, *t)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// test launches one AMI and reads its verdict; the error says why the image is not proven.
func (r *run) test(ctx context.Context, img image, home bool) (*Test, error) {
	p, ui := r.p, r.ui
	s, err := r.session(ctx, img.region)
	if err != nil {
		return nil, err
	}
	client := s.EC2
	template := p.template()
	orphans, err := awsimage.ReapTestInstances(ctx, client, template, p.build, time.Now())
	for _, o := range orphans {
		r.say("terminated %s, a test instance build %s left running %s ago (over twice its boot_timeout %s)", o.InstanceID, o.Build, o.Age.Round(time.Second), o.BootTimeout)
	}
	if err != nil {
		return nil, err
	}
	tags := map[string]string{TagTest: img.id, awsimage.TagTestBuild: p.build, awsimage.TagTestTemplate: template,
		awsimage.TagTestBootTimeout: fmt.Sprint(int(p.s.bootTimeout.Seconds()))}
	for k, v := range p.config.Tags {
		tags[k] = v
	}
	l := awsimage.TestLaunch{ImageID: img.id, InstanceTypes: p.s.instanceTypes, InstanceProfile: p.config.IAMInstanceProfile,
		UserData: r.userData, Tags: tags, BootTimeout: p.s.bootTimeout, Poll: p.s.poll, TerminateTimeout: terminateTimeout,
		Token: func(attempt int, typ string) string { return awsimage.ClientToken(p.build, img.id, attempt, typ) },
		Fresh: awsimage.Fresh{Say: r.say}}
	if home {
		l.SubnetID, l.SecurityGroupIDs = p.config.SubnetID, p.config.SecurityGroupIDs
	}
	ui.Say(fmt.Sprintf("parbake: test launch of %s in %s (%s, boot_timeout %s)", img.id, img.region, strings.Join(l.InstanceTypes, ", then "), l.BootTimeout))
	res, err := l.Run(ctx, client, func(format string, args ...any) { ui.Say(fmt.Sprintf(format, args...)) })
	if res != nil && len(res.Console) > 0 && p.config.ConsoleOutput != "" {
		if werr := atomicfile.Write(p.config.ConsoleOutput, res.Console); werr != nil {
			err = errors.Join(err, fmt.Errorf("console_output: %w", werr))
		}
	}
	if err != nil {
		if res != nil && len(res.Console) > 0 {
			return nil, fmt.Errorf("the test launch of %s: %w%s", img.id, err, tail(lastLines(res.Console, tailLines)))
		}
		return nil, fmt.Errorf("the test launch of %s: %w", img.id, err)
	}
	t := &Test{Region: img.region, ImageID: img.id, InstanceID: res.InstanceID, Seconds: res.Seconds, Outcome: res.Outcome}
	ui.Say(resultTable(t))
	if !res.Outcome.OK {
		return t, verdictError(t)
	}
	if p.config.Timings != "" {
		if err := learn(p.config.Timings, res.Console); err != nil {
			return t, err
		}
	}
	return t, nil
}

// failed does what on_failure says with every AMI of the artifact. It runs even when ctx was
// cancelled: an interrupted test proves nothing either.
func (r *run) failed(ctx context.Context) {
	p, ui := r.p, r.ui
	ctx = context.WithoutCancel(ctx)
	for _, img := range r.images {
		s, err := r.session(ctx, img.region)
		if err != nil {
			ui.Error(fmt.Sprintf("parbake: on_failure: %v", err))
			continue
		}
		client := s.EC2
		if p.s.onFailure == OnFailureKeep {
			_, err := client.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{img.id},
				Tags: []types.Tag{{Key: aws.String(TagTest), Value: aws.String("failed")}}})
			if err != nil {
				ui.Error(fmt.Sprintf("parbake: on_failure = keep: tagging %s: %v", img.id, err))
				continue
			}
			ui.Say(fmt.Sprintf("parbake: kept %s, tagged %s = failed (on_failure = keep); Packer itself deregisters a failed post-processor's input unless it has keep_input_artifact = true", img.id, TagTest))
			continue
		}
		snaps, err := awsimage.Deregister(ctx, client, img.id)
		if err != nil {
			ui.Error(fmt.Sprintf("parbake: on_failure = deregister: %v", err))
			continue
		}
		ui.Say(fmt.Sprintf("parbake: deregistered %s and deleted its snapshots %v (on_failure = deregister)", img.id, snaps))
	}
}
