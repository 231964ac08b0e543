package plan

import (
	"strconv"
	"time"
)

// Human writes a duration the way the plan's reasons read best: "10ms", "0.2s", "45s", "12m", "2.5h", "168h".
func Human(d time.Duration) string {
	trim := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	round1 := func(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
	switch {
	case d > 0 && d < 100*time.Millisecond:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	case d < time.Minute:
		return trim(round1(d.Seconds())) + "s"
	case d < time.Hour:
		return trim(round1(d.Minutes())) + "m"
	default:
		return trim(round1(d.Hours())) + "h"
	}
}
