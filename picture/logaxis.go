package picture

import (
	"math"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
)

// logAxis maps launches per day onto the chart's width, logarithmically, between two powers of
// ten.
type logAxis struct{ lo, hi float64 }

// newLogAxis spans whole decades from the decade below the lowest break-even (or the policy's
// rate, or 1) to ten times the policy's rate (at least 1,000).
func newLogAxis(rate float64, p *plan.Plan) logAxis {
	low := 1.0
	if rate > 0 {
		low = min(low, rate)
	}
	for _, s := range p.Steps {
		if s.BreakEven > 0 {
			low = min(low, s.BreakEven)
		}
	}
	lo := math.Pow(10, math.Floor(math.Log10(max(low, 1e-3))))
	hi := math.Pow(10, math.Ceil(math.Log10(max(10*rate, 1000))))
	return logAxis{lo: lo, hi: hi}
}

// at is v's position along the axis, in chart units.
func (a logAxis) at(v float64) float64 {
	v = min(max(v, a.lo), a.hi)
	return (math.Log10(v) - math.Log10(a.lo)) / (math.Log10(a.hi) - math.Log10(a.lo)) * chartWidth
}

// decades are the axis's ticks: each power of ten from lo to hi.
func (a logAxis) decades() []float64 {
	var out []float64
	for v := a.lo; v <= a.hi*(1+1e-9); v *= 10 {
		out = append(out, math.Round(v*1e6)/1e6)
	}
	return out
}

// curvePoints is how many points draw a line of boot time a day against launches a day; on a
// logarithmic axis the straight y = x × seconds per launch is a curve.
const curvePoints = 48

// curve draws boot time a day (perLaunch seconds × launches) from lo to hi, up to yMax, as an
// SVG polyline's points; it stops where it leaves the chart at the top.
func (a logAxis) curve(perLaunch, yMax float64) string {
	var b strings.Builder
	ratio := math.Pow(a.hi/a.lo, 1/float64(curvePoints-1))
	v := a.lo
	for i := 0; i < curvePoints; i++ {
		y := v * perLaunch
		if y > yMax { // the exact point where it crosses the top, then stop
			v = yMax / max(perLaunch, 1e-12)
			y = yMax
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(a.at(v)) + "," + num(chartTall-y/yMax*chartTall))
		if y >= yMax {
			break
		}
		v *= ratio
	}
	return b.String()
}
