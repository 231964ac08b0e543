package parbake

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/hashicorp/hcl/v2/hcldec"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// PostProcessor adapts the test launch and the hand-off to Packer's post-processor interface.
type PostProcessor struct {
	config Config
	s      settings
	// build names this run in its test instances' tags and client tokens.
	build string
}

func (p *PostProcessor) ConfigSpec() hcldec.ObjectSpec { return p.config.FlatMapstructure().HCL2Spec() }

// Configure decodes and checks the configuration, reporting every problem at once.
func (p *PostProcessor) Configure(raws ...interface{}) error {
	if err := config.Decode(&p.config, &config.DecodeOpts{}, raws...); err != nil {
		return err
	}
	s, err := p.config.prepare()
	p.s = s
	return err
}

// PostProcess test-launches every AMI of the artifact with the user data and, when every boot
// part and check passed, hands the AMI of the home region on. A failed test fails the build,
// after on_failure has dealt with the AMIs; the test instances are terminated whatever happens.
func (p *PostProcessor) PostProcess(ctx context.Context, ui packersdk.Ui, in packersdk.Artifact) (packersdk.Artifact, bool, bool, error) {
	images, err := imagesOf(in)
	if err != nil {
		return nil, true, false, err
	}
	userData, err := p.config.userData()
	if err != nil {
		return nil, true, false, err
	}
	home := p.config.Region
	if home == "" {
		home = images[0].region
	}
	var homeImage string
	for _, img := range images {
		if img.region == home {
			homeImage = img.id
		}
	}
	if homeImage == "" { // before anything is launched
		return nil, true, false, fmt.Errorf("region: the artifact has no AMI in %s (it has %s)", home, in.Id())
	}
	p.build = newBuildID()
	art := &Artifact{input: in}
	for _, img := range images {
		t, err := p.test(ctx, ui, img, img.region == home, userData)
		if t != nil {
			art.Tests = append(art.Tests, *t)
		}
		if err != nil {
			p.failed(ctx, ui, images)
			return nil, true, false, err
		}
	}
	if err := p.handOff(ctx, ui, home, homeImage, userData, art); err != nil {
		return nil, true, false, err
	}
	// keep and force: the AMIs are this artifact's too, and must outlive the post-processor.
	return art, true, true, nil
}

// userData reads the user data the test instance boots with.
func (c *Config) userData() ([]byte, error) {
	if c.UserDataFile != "" {
		b, err := os.ReadFile(c.UserDataFile)
		if err != nil {
			return nil, fmt.Errorf("user_data_file: %w", err)
		}
		return b, nil
	}
	b, err := base64.StdEncoding.DecodeString(c.UserDataBase64)
	if err != nil {
		return nil, fmt.Errorf("user_data_base64: not base64: %w", err)
	}
	return b, nil
}

// clientConfig says how to reach AWS in a region: the configured credentials and endpoint.
func (p *PostProcessor) clientConfig(region string) awsimage.ClientConfig {
	c := &p.config
	cc := awsimage.ClientConfig{Region: region, Profile: c.Profile, Endpoint: c.Endpoint, RetryTimeout: p.s.retryTimeout}
	if r := c.AssumeRole; r != nil {
		cc.RoleARN, cc.SessionName, cc.ExternalID = r.RoleARN, r.SessionName, r.ExternalID
	}
	return cc
}

// test launches one AMI and reads its verdict; the error says why the image is not proven.
func (p *PostProcessor) test(ctx context.Context, ui packersdk.Ui, img image, home bool, userData []byte) (*Test, error) {
	client, err := awsimage.NewClient(ctx, p.clientConfig(img.region))
	if err != nil {
		return nil, err
	}
	say := func(format string, args ...any) { ui.Say("parbake: " + fmt.Sprintf(format, args...)) }
	template := p.template()
	orphans, err := awsimage.ReapTestInstances(ctx, client, template, p.build, time.Now())
	for _, o := range orphans {
		say("terminated %s, a test instance build %s left running %s ago (over twice its boot_timeout %s)", o.InstanceID, o.Build, o.Age.Round(time.Second), o.BootTimeout)
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
		UserData: userData, Tags: tags, BootTimeout: p.s.bootTimeout, Poll: p.s.poll, TerminateTimeout: terminateTimeout,
		Token: func(attempt int, typ string) string { return awsimage.ClientToken(p.build, img.id, attempt, typ) },
		Fresh: awsimage.Fresh{Say: say}}
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

// template names this build's template in its test instances' tags: a later build of it reaps
// what an interrupted one left.
func (p *PostProcessor) template() string {
	if p.config.PackerBuildName != "" {
		return p.config.PackerBuildName
	}
	return "packer"
}

// newBuildID names one run of the post-processor.
func newBuildID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return fmt.Sprint(time.Now().UnixNano())
	}
	return hex.EncodeToString(b[:])
}

// terminateTimeout bounds the wait for a test instance to be gone.
const terminateTimeout = 10 * time.Minute

// learn adds the test boot's step durations to the timings file.
func learn(path string, console []byte) error {
	t, err := timings.Load(path)
	if err != nil {
		return fmt.Errorf("timings: %w", err)
	}
	boots, err := boot.BootsFrom(bytes.NewReader(console))
	if err != nil {
		return fmt.Errorf("timings: the test instance's console: %w", err)
	}
	if boot.Learn(t, boots) == 0 {
		return nil
	}
	if err := t.Save(path); err != nil {
		return fmt.Errorf("timings: %w", err)
	}
	return nil
}

// failed does what on_failure says with every AMI of the artifact. It runs even when ctx was
// cancelled: an interrupted test proves nothing either.
func (p *PostProcessor) failed(ctx context.Context, ui packersdk.Ui, images []image) {
	ctx = context.WithoutCancel(ctx)
	for _, img := range images {
		client, err := awsimage.NewClient(ctx, p.clientConfig(img.region))
		if err != nil {
			ui.Error(fmt.Sprintf("parbake: on_failure: %v", err))
			continue
		}
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

// handOff gives the proven AMI of the home region to the launch template and the SSM parameter.
func (p *PostProcessor) handOff(ctx context.Context, ui packersdk.Ui, region, imageID string, userData []byte, art *Artifact) error {
	c := &p.config
	if c.LaunchTemplate == nil && c.SSMParameter == "" {
		return nil
	}
	cfg, err := awsimage.LoadConfig(ctx, p.clientConfig(region))
	if err != nil {
		return err
	}
	if lt := c.LaunchTemplate; lt != nil {
		client, err := awsimage.NewClient(ctx, p.clientConfig(region))
		if err != nil {
			return err
		}
		desc := lt.Description
		if desc == "" {
			desc = "parbake: " + imageID + ", tested on " + testedOn(art, imageID)
		}
		v, err := awsimage.NewTemplateVersion(ctx, client, awsimage.TemplateVersion{Name: lt.Name, ID: lt.ID, ImageID: imageID,
			UserData: userData, Description: desc, SetDefault: lt.SetDefault,
			Fresh: awsimage.Fresh{Say: func(format string, args ...any) { ui.Say("parbake: " + fmt.Sprintf(format, args...)) }}})
		if err != nil {
			return fmt.Errorf("launch_template: %w", err)
		}
		art.LaunchTemplateVersion = v
		what := "version"
		if lt.SetDefault {
			what = "default version"
		}
		ui.Say(fmt.Sprintf("parbake: launch template %s%s: %s %d has %s and the user data", lt.Name, lt.ID, what, v, imageID))
	}
	if c.SSMParameter != "" {
		v, err := awsimage.PublishImage(ctx, awsimage.NewSSMClient(cfg, c.SSMEndpoint), c.SSMParameter, imageID)
		if err != nil {
			return fmt.Errorf("ssm_parameter: %w", err)
		}
		art.SSMParameterVersion = v
		ui.Say(fmt.Sprintf("parbake: SSM parameter %s (version %d) = %s", c.SSMParameter, v, imageID))
	}
	return nil
}

func testedOn(art *Artifact, imageID string) string {
	for _, t := range art.Tests {
		if t.ImageID == imageID {
			return t.InstanceID
		}
	}
	return "?"
}
