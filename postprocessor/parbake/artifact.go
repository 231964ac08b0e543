package parbake

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/boot"
)

// BuilderID names the post-processor's artifacts.
const BuilderID = "parbake.post-processor.parbake"

// image is one AMI of an amazon-ebs artifact.
type image struct{ region, id string }

// imagesOf reads the AMIs from an artifact's id, which amazon-ebs writes as
// "region:ami-…,region:ami-…", in its order.
func imagesOf(a packersdk.Artifact) ([]image, error) {
	var out []image
	for _, part := range strings.Split(a.Id(), ",") {
		region, id, ok := strings.Cut(strings.TrimSpace(part), ":")
		if !ok || !strings.HasPrefix(id, "ami-") || region == "" {
			continue
		}
		out = append(out, image{region, id})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w (artifact %q from %s)", errNoImages, a.Id(), a.BuilderId())
	}
	return out, nil
}

// Test is one AMI's test launch, as the artifact carries it.
type Test struct {
	Region     string        `json:"region"`
	ImageID    string        `json:"image_id"`
	InstanceID string        `json:"instance_id"`
	Seconds    float64       `json:"seconds"`
	Outcome    *boot.Outcome `json:"boot_report"` // from the console: status, steps and checks
}

// Artifact is the proven image: the input artifact's AMIs, each test launch's verdict, and the
// hand-off. It stands for the same AMIs, so destroying it destroys the input.
type Artifact struct {
	input                 packersdk.Artifact
	Tests                 []Test
	LaunchTemplateVersion int64
	SSMParameterVersion   int64
	Rollouts              []awsimage.Refresh  // each group's instance refresh and its outcome
	Retired               []awsimage.Decision // the retirement's table
	RetireError           string              // why the retirement did nothing
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return a.input.Files() }
func (a *Artifact) Id() string        { return a.input.Id() }

func (a *Artifact) String() string {
	var ids []string
	for _, t := range a.Tests {
		ids = append(ids, fmt.Sprintf("%s: %s", t.Region, t.ImageID))
	}
	sort.Strings(ids)
	s := "AMIs proven by a test launch:\n" + strings.Join(ids, "\n")
	if a.LaunchTemplateVersion > 0 {
		s += fmt.Sprintf("\nlaunch template version %d", a.LaunchTemplateVersion)
	}
	for _, r := range a.Rollouts {
		s += fmt.Sprintf("\nrolled out to %s (instance refresh %s: %s)", r.Group, r.RefreshID, r.Status)
	}
	return s
}

// State answers parbake's own keys and passes the rest to the input (HCP Packer's metadata,
// amazon-ebs's own keys).
func (a *Artifact) State(name string) interface{} {
	switch name {
	case "parbake.tests":
		b, _ := json.Marshal(a.Tests)
		return string(b)
	case "parbake.launch_template_version":
		return a.LaunchTemplateVersion
	case "parbake.ssm_parameter_version":
		return a.SSMParameterVersion
	case "parbake.rollouts":
		b, _ := json.Marshal(a.Rollouts)
		return string(b)
	case "parbake.retirement":
		b, _ := json.Marshal(retirementRows(a.Retired))
		return string(b)
	}
	return a.input.State(name)
}

func (a *Artifact) Destroy() error { return a.input.Destroy() }

// retirementRow is one image of the retirement, as the artifact's state carries it.
type retirementRow struct {
	Region  string   `json:"region"`
	ImageID string   `json:"image_id"`
	Age     string   `json:"age"`
	UsedBy  []string `json:"used_by,omitempty"`
	Done    []string `json:"done,omitempty"`
	Why     string   `json:"why"`
	Error   string   `json:"error,omitempty"`
}

func retirementRows(ds []awsimage.Decision) []retirementRow {
	out := make([]retirementRow, 0, len(ds))
	for _, d := range ds {
		row := retirementRow{Region: d.Region, ImageID: d.Image.ID, Age: awsimage.Round(d.Age), UsedBy: d.UsedBy, Why: d.Why}
		for _, a := range d.Actions {
			row.Done = append(row.Done, string(a))
		}
		if d.Err != nil {
			row.Error = d.Err.Error()
		}
		out = append(out, row)
	}
	return out
}
