package plan

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// hoursPerMonth is how AWS prices a month of an instance: 730 hours.
const hoursPerMonth = 730

// Cost is what an amount of instance time per day costs at an instance-hour price.
type Cost struct {
	PerDay   float64
	PerMonth float64
}

// CostOf prices boot time spent per day: instances are billed while they boot.
func CostOf(perDay time.Duration, hourPrice float64) Cost {
	day := perDay.Hours() * hourPrice
	return Cost{PerDay: day, PerMonth: day * hoursPerMonth / 24}
}

// String reads "$0.05/day, $1.52/month".
func (c Cost) String() string {
	return fmt.Sprintf("%s/day, %s/month", Money(c.PerDay), Money(c.PerMonth))
}

// Money writes an amount in dollars, as EC2 prices are: cents from a cent up, two significant
// digits below a cent, so that a cheap step's cost doesn't read as $0.00.
func Money(f float64) string {
	switch {
	case f == 0:
		return "$0"
	case f >= 0.01:
		return "$" + strconv.FormatFloat(f, 'f', 2, 64)
	}
	prec := 1 - int(math.Floor(math.Log10(f))) // two significant digits
	if prec > 8 {
		return "under $0.00000001"
	}
	return "$" + strconv.FormatFloat(f, 'f', prec, 64)
}

// BootPerDay is how much boot time a day's launches spend on a per-launch duration.
func BootPerDay(perLaunch time.Duration, launchesPerDay float64) time.Duration {
	return time.Duration(float64(perLaunch) * launchesPerDay)
}

// costNote is " ($0.05/day, $1.52/month)" for boot time per day under a policy with a price,
// and "" without one: a plan without a price speaks only in time.
func costNote(p recipe.Policy, perDay time.Duration) string {
	if p.InstanceHourPrice <= 0 {
		return ""
	}
	return " (" + CostOf(perDay, p.InstanceHourPrice).String() + ")"
}
