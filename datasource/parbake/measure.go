package parbake

import (
	"context"
	"fmt"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// DefaultMaxInstances is how many running instances the measure block reads at most.
const DefaultMaxInstances = 10

// measure reads the consoles of running instances launched from the image and adds the boot
// durations they report to the timings file. It reports whether anything was added.
func (d *Datasource) measure(ctx context.Context, api awsimage.InstancesAPI, img *foundImage) (bool, error) {
	max := d.config.Measure.MaxInstances
	if max <= 0 {
		max = DefaultMaxInstances
	}
	ids, err := awsimage.RunningInstances(ctx, api, img.id, img.digest, max)
	if err != nil {
		return false, err
	}
	t, err := timings.Load(d.config.Timings)
	if err != nil {
		return false, err
	}
	added := 0
	for _, id := range ids {
		out, err := awsimage.ConsoleOutput(ctx, api, id)
		if err != nil {
			return false, err
		}
		boots, err := boot.Boots(out)
		if err != nil {
			return false, fmt.Errorf("console of %s: %w", id, err)
		}
		added += boot.Learn(t, boots)
	}
	if added == 0 {
		return false, nil
	}
	if err := t.Save(d.config.Timings); err != nil {
		return false, err
	}
	// Plan again with what was learned; the user data follows the new plan.
	c := &d.config
	p, err := plan.FromPath(c.Recipe, plan.Inputs{Values: c.Variables, Role: c.Role, Timings: t})
	if err != nil {
		return false, err
	}
	res, err := boot.Render(p, c.bootOptions())
	if err != nil {
		return false, err
	}
	d.plan, d.userData = p, res
	return true, nil
}
