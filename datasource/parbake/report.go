package parbake

import (
	"github.com/parbake/packer-plugin-parbake/plan"
)

// report fills needs_bake, existing_image_id and the change report. The image that holds the
// bake (found by digest, or paired) decides needs_bake; the previous manifest (else the paired
// one) is what the changes are counted against.
func (d *Datasource) report(out *DatasourceOutput, img *foundImage) error {
	c := &d.config
	switch {
	case c.Image != nil && c.Image.byDigest():
		out.NeedsBake = img == nil
		if img != nil {
			out.ExistingImageID = img.id
		}
	case img != nil:
		out.NeedsBake = img.digest != d.plan.BakeDigest
	case d.manifest != nil:
		out.NeedsBake = d.manifest.BakeDigest != d.plan.BakeDigest
	default:
		out.NeedsBake = true // nothing says what exists
	}
	prev := d.manifest
	if m := d.previous; m != nil {
		prev = m
		if c.Image == nil && d.manifest == nil {
			out.NeedsBake = m.BakeDigest != d.plan.BakeDigest
		}
	}
	out.BakeChanges = []BakeChange{}
	if prev == nil {
		out.Changes = "no previous manifest to compare with"
		return nil
	}
	changes := d.plan.Changes(prev.Previous())
	for _, ch := range changes {
		out.BakeChanges = append(out.BakeChanges, BakeChange{Step: ch.Step, Change: ch.Change, Detail: ch.Detail, NeedsReview: ch.Review})
	}
	out.Changes = plan.ChangeReport(changes, d.plan.Policy.CertifyEvery > 0)
	return nil
}
