package parbake

import (
	"errors"
	"reflect"
	"testing"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

// The AMIs come from amazon-ebs's artifact id, every region's, in order; an artifact with none
// (another builder) is refused, saying what the post-processor follows.
func TestImagesOf(t *testing.T) {
	cases := []struct {
		id   string
		want []image
	}{
		{"eu-west-1:ami-0123", []image{{"eu-west-1", "ami-0123"}}},
		{"eu-west-1:ami-0123,us-east-1:ami-0456", []image{{"eu-west-1", "ami-0123"}, {"us-east-1", "ami-0456"}}},
		{"/tmp/output-qemu/disk.qcow2", nil},
		{"", nil},
	}
	for _, c := range cases {
		got, err := imagesOf(&packersdk.MockArtifact{IdValue: c.id})
		if !reflect.DeepEqual(got, c.want) || (c.want == nil) != errors.Is(err, errNoImages) {
			t.Errorf("%q: %v, %v; want %v", c.id, got, err, c.want)
		}
	}
}

// The artifact stands for the input's AMIs: its id, its files and its destruction are the
// input's, and keys it does not know go to the input.
func TestArtifactDelegates(t *testing.T) {
	in := &packersdk.MockArtifact{IdValue: "eu-west-1:ami-0123", StateValues: map[string]interface{}{"atlas.artifact.metadata": "x"}}
	a := &Artifact{input: in, Tests: []Test{{Region: "eu-west-1", ImageID: "ami-0123", InstanceID: "i-1"}}, LaunchTemplateVersion: 3}
	if a.Id() != in.Id() || a.BuilderId() != BuilderID || a.State("atlas.artifact.metadata") != "x" || a.State("parbake.launch_template_version") != int64(3) {
		t.Errorf("artifact %s %s %v", a.Id(), a.BuilderId(), a.State("parbake.launch_template_version"))
	}
	if err := a.Destroy(); err != nil || !in.DestroyCalled {
		t.Errorf("destroy: %v, input destroyed %v", err, in.DestroyCalled)
	}
}
