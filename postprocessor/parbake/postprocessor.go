package parbake

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/config"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/boot"
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

// PostProcess runs the image's life after its bake as one pipeline (pipeline.go): checks of
// every target, the test launch of every AMI, the hand-off, the rollout, the publication and the
// retirement. A failed test or rollout fails the build, after on_failure has dealt with the AMIs;
// test instances are terminated whatever happens.
func (p *PostProcessor) PostProcess(ctx context.Context, ui packersdk.Ui, in packersdk.Artifact) (packersdk.Artifact, bool, bool, error) {
	r, err := p.newRun(ui, in)
	if err != nil {
		return nil, true, false, err
	}
	if err := r.do(ctx); err != nil {
		return nil, true, false, err
	}
	// keep and force: the AMIs are this artifact's too, and must outlive the post-processor.
	return r.art, true, true, nil
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
