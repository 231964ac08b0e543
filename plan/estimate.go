package plan

import (
	"fmt"
	"time"

	"github.com/parbake/packer-plugin-parbake/timings"

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

// estimates returns how long the step takes at boot and in a bake, each with its source: the
// median of what was measured in that phase, else in the other phase, else declared, else derived
// from the step's actions.
func estimates(rs *recipe.Step, c *recipe.Content, hash string, t *timings.File) (boot, bake estimated) {
	guess := estimated{d: rs.Estimate, source: "declared"}
	if rs.Estimate <= 0 {
		guess = estimated{d: derive(c), source: "derived"}
	}
	bakeM, bootM := t.Lookup(rs.Name, shortHash(hash))
	return pick(bootM, bakeM, "bake", guess), pick(bakeM, bootM, "boot", guess)
}

// estimated is a duration and where it comes from.
type estimated struct {
	d        time.Duration
	source   string
	measured bool
}

func pick(same, other timings.Sample, otherPhase string, guess estimated) estimated {
	switch {
	case same.N > 0:
		return estimated{seconds(same.Median), fmt.Sprintf("measured (n=%d)", same.N), true}
	case other.N > 0:
		return estimated{seconds(other.Median), fmt.Sprintf("measured at %s (n=%d)", otherPhase, other.N), true}
	}
	return guess
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

// derive adds up rough costs of the step's actions.
func derive(c *recipe.Content) time.Duration {
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
	return d
}
