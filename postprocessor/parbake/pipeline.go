package parbake

import (
	"context"
	"fmt"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
)

// run is one post-processing of an artifact: what every stage reads and what they find out.
type run struct {
	p        *PostProcessor
	ui       packersdk.Ui
	images   []image
	home     string // the region of the hand-off, the rollout and the test launch's subnet
	homeID   string // the AMI in it
	userData []byte
	art      *Artifact
	sessions map[string]*awsimage.Session
	// Found by the checks, before anything is launched.
	template     awsimage.Template // the hand-off's launch template
	recipe, role string            // the home image's tags, which the retirement selects by
	warmPool     string            // and its warm-pool tag: a rollout's groups must allow one
	// version is the launch-template version the hand-off made.
	version int64
}

// stage is one step of the pipeline. When a stage that proves the image fails, on_failure deals
// with the AMIs: they must not be found and used later.
type stage struct {
	name   string
	run    func(context.Context) error
	proves bool
}

// stages are the pipeline, in order. The checks come first so that a target that is not there
// fails the build before anything is launched.
func (r *run) stages() []stage {
	return []stage{
		{"checks", r.check, false},
		{"test launch", r.testLaunch, true},
		{"hand-off", r.handOff, false},
		{"rollout", r.rollout, true},
		{"publication", r.publish, false},
		{"retirement", r.retire, false},
	}
}

func (p *PostProcessor) newRun(ui packersdk.Ui, in packersdk.Artifact) (*run, error) {
	images, err := imagesOf(in)
	if err != nil {
		return nil, err
	}
	userData, err := p.config.userData()
	if err != nil {
		return nil, err
	}
	r := &run{p: p, ui: ui, images: images, home: p.config.Region, userData: userData,
		art: &Artifact{input: in}, sessions: map[string]*awsimage.Session{}}
	if r.home == "" {
		r.home = images[0].region
	}
	for _, img := range images {
		if img.region == r.home {
			r.homeID = img.id
		}
	}
	if r.homeID == "" { // before anything is launched
		return nil, fmt.Errorf("region: the artifact has no AMI in %s (it has %s)", r.home, in.Id())
	}
	p.build = newBuildID()
	return r, nil
}

// do runs the stages in order and stops at the first that fails.
func (r *run) do(ctx context.Context) error {
	for _, s := range r.stages() {
		if err := s.run(ctx); err != nil {
			if s.proves {
				r.failed(ctx)
			}
			return err
		}
	}
	return nil
}

// session is a region's clients, made once per run.
func (r *run) session(ctx context.Context, region string) (*awsimage.Session, error) {
	if s := r.sessions[region]; s != nil {
		return s, nil
	}
	s, err := awsimage.NewSession(ctx, r.p.clientConfig(region),
		awsimage.Endpoints{SSM: r.p.config.SSMEndpoint, AutoScaling: r.p.config.AutoScalingEndpoint})
	if err != nil {
		return nil, err
	}
	r.sessions[region] = s
	return s, nil
}

// say prints one of the post-processor's lines.
func (r *run) say(format string, args ...any) { r.ui.Say("parbake: " + fmt.Sprintf(format, args...)) }
