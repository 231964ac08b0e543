package parbake

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parbake/packer-plugin-parbake/awsimage"
)

// rollout refreshes each group to the version the hand-off made, and follows the refreshes.
func (r *run) rollout(ctx context.Context) error {
	ro := r.p.s.rollout
	if ro == nil {
		return nil
	}
	s, err := r.session(ctx, r.home)
	if err != nil {
		return err
	}
	plan := *ro
	plan.Template, plan.Version, plan.Poll = r.template, r.version, r.p.s.poll
	refreshes, err := plan.Run(ctx, s, r.say)
	r.art.Rollouts = refreshes
	if err != nil {
		return fmt.Errorf("rollout: %w", err)
	}
	for _, f := range refreshes {
		r.say("rollout %s: every instance runs %s (refresh %s %s)", f.Group, r.homeID, f.RefreshID, f.Status)
	}
	return nil
}

// retire acts on the earlier images of the recipe and role in every region of the artifact. It
// never fails the build: the new image is proven and handed on by now, and a failed
// post-processor would have Packer destroy it. A lookup that fails retires nothing in any region,
// and is said as an error.
func (r *run) retire(ctx context.Context) error {
	pol := r.p.s.retire
	if pol == nil {
		return nil
	}
	skip := make([]string, 0, len(r.images))
	for _, img := range r.images {
		skip = append(skip, img.id)
	}
	now := time.Now().UTC()
	var all []awsimage.Decision
	for _, region := range r.regions() {
		s, err := r.session(ctx, region)
		if err == nil {
			var ds []awsimage.Decision
			ds, err = awsimage.Retire(ctx, s, *pol, r.recipe, r.role, skip, now)
			all = append(all, ds...)
		}
		if err != nil {
			r.ui.Error(fmt.Sprintf("parbake: retire: %v", err))
			r.art.RetireError = err.Error()
			return nil
		}
	}
	r.art.Retired = all
	verb := "retirement"
	if pol.DryRun {
		verb = "retirement (dry_run: nothing was changed)"
	}
	if len(all) == 0 {
		r.say("%s: no earlier images of recipe %s, role %q", verb, r.recipe, r.role)
		return nil
	}
	r.say("%s of the earlier images of recipe %s, role %q (keep %d):\n%s", verb, r.recipe, r.role, pol.Keep, awsimage.RetireTable(all, *pol))
	var failed []string
	for _, d := range all {
		if d.Err != nil {
			failed = append(failed, d.Err.Error())
		}
	}
	if len(failed) > 0 {
		r.ui.Error("parbake: retire: " + strings.Join(failed, "; "))
	}
	return nil
}

// regions are the artifact's regions, the home region first.
func (r *run) regions() []string {
	out := []string{r.home}
	for _, img := range r.images {
		if !slices.Contains(out, img.region) {
			out = append(out, img.region)
		}
	}
	return out
}
