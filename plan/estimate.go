package plan

import (
	"time"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Rough costs of each action, used when a step gives no estimate and nothing was measured. They
// only need to be right within a factor of a few: the threshold they are compared with is coarse.
const (
	costPackageManager = 15 * time.Second // index and dependency resolution, once per step
	costPerPackage     = 5 * time.Second
	costPerFile        = 10 * time.Millisecond
	costScript         = 5 * time.Second
	costPerCommand     = 1 * time.Second
	costPerService     = 200 * time.Millisecond
)

// estimate returns the step's duration: measured, else declared, else derived from its actions.
func estimate(rs *recipe.Step, c *recipe.Content, measured map[string]time.Duration) (time.Duration, bool) {
	if d, ok := measured[rs.Name]; ok {
		return d, true
	}
	if rs.Estimate > 0 {
		return rs.Estimate, false
	}
	var d time.Duration
	if len(c.Packages) > 0 {
		d += costPackageManager + time.Duration(len(c.Packages))*costPerPackage
	}
	d += time.Duration(len(c.Files)) * costPerFile
	if c.Script != nil {
		d += costScript
	}
	d += time.Duration(len(c.Run)) * costPerCommand
	d += time.Duration(len(c.Services)) * costPerService
	return d, false
}
