package plan

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parbake/packer-plugin-parbake/timings"
)

// TagSteps is the image tag that lists each baked step with a short hash, so a mismatch found
// from an image's tags can still name the steps that differ.
const TagSteps = "parbake:steps"

// maxTagValue is EC2's limit on a tag value.
const maxTagValue = 256

// shortHash is the part of a step hash the steps tag keeps: the one timings files and boot
// summaries carry.
var shortHash = timings.ShortHash

// StepsTag renders the baked steps as "name=hash,…", cut at a step boundary to fit a tag.
func (p *Plan) StepsTag() string {
	var b strings.Builder
	for _, s := range p.Bake() {
		item := s.Name + "=" + shortHash(s.Hash)
		if b.Len() > 0 {
			item = "," + item
		}
		if b.Len()+len(item) > maxTagValue {
			break
		}
		b.WriteString(item)
	}
	return b.String()
}

// ParseStepsTag reads a StepsTag value back into name → short hash.
func ParseStepsTag(v string) map[string]string {
	out := map[string]string{}
	for _, item := range strings.Split(v, ",") {
		if name, h, ok := strings.Cut(item, "="); ok {
			out[name] = h
		}
	}
	return out
}

// MismatchError says an image does not hold the bake a plan expects. Callers reach it with
// errors.As.
type MismatchError struct {
	Source      string // what was checked: an AMI id or a manifest path
	Expected    string
	Found       string
	Differences []string
}

func (e *MismatchError) Error() string {
	msg := fmt.Sprintf("%s holds bake %s, but the plan expects %s", e.Source, e.Found, e.Expected)
	if len(e.Differences) > 0 {
		msg += "; differing steps: " + strings.Join(e.Differences, "; ")
	}
	return msg + `. Rebuild the image, or set on_mismatch = "boot-all" so the user data runs every step`
}

// CheckBake compares the image's digest and baked steps (name → hash, full or short) with the
// plan's. It returns nil on a match, else a *MismatchError naming the steps that differ.
func (p *Plan) CheckBake(source, found string, imageSteps map[string]string) error {
	if found == p.BakeDigest {
		return nil
	}
	var diffs []string
	planned := map[string]string{}
	for _, s := range p.Bake() {
		planned[s.Name] = s.Hash
		h, ok := imageSteps[s.Name]
		switch {
		case !ok:
			diffs = append(diffs, s.Name+" is not on the image")
		case shortHash(h) != shortHash(s.Hash):
			diffs = append(diffs, fmt.Sprintf("%s changed (image %s, plan %s)", s.Name, shortHash(h), shortHash(s.Hash)))
		}
	}
	var extra []string
	for name := range imageSteps {
		if _, ok := planned[name]; !ok {
			extra = append(extra, name+" is on the image but not baked in the plan")
		}
	}
	sort.Strings(extra)
	return &MismatchError{Source: source, Expected: p.BakeDigest, Found: found, Differences: append(diffs, extra...)}
}
