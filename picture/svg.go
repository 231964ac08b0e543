package picture

import (
	"bytes"
	_ "embed"
	"encoding/xml"
	"fmt"
	"strconv"
	"text/template"
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// The drawing's geometry, in SVG user units (pixels at 100 %).
const (
	width      = 1000
	labelWidth = 190 // step names, left of the bars
	barsWidth  = 560 // the longest phase's bars
	rowHeight  = 22
	chartLeft  = 90
	chartWidth = 620
	chartTall  = 260
)

//go:embed templates/plan.svg.tmpl
var svgText string

var svgTemplate = template.Must(template.New("plan.svg").Funcs(template.FuncMap{
	"x": escape, "n": num,
	"add": func(a, b int) int { return a + b },
	"top": func(baseline int) int { return baseline - 11 },
}).Parse(svgText))

// SVG draws the plan: a timeline of the bake and of one boot, then the break-even chart.
func SVG(p *plan.Plan) []byte {
	var b bytes.Buffer
	if err := svgTemplate.Execute(&b, layout(p)); err != nil {
		panic(err) // the template and its data are fixed at compile time
	}
	return b.Bytes()
}

// drawing is everything the template places, already in user units.
type drawing struct {
	Width, Height int
	Title         string
	Warm          bool // a warm pool: the third lane
	Sections      []section
	Chart         chart
}

// section is one phase's timeline.
type section struct {
	Y       int
	Heading string
	Class   string
	Bars    []bar
}

type bar struct {
	Y           int     // the text baseline; the bar sits just above it
	X, W        float64 // absolute
	Name, Label string
	LabelX      float64 // the label follows the bar
}

type chart struct {
	Top, Left, Width, Height int
	XTicks, YTicks           []tick
	Lines                    []line
	Marker                   marker
	BreakEvens               []tick
	XLabel                   string
}

type tick struct {
	At    float64 // position along its axis, in user units from the axis origin
	Label string
}

type line struct {
	Class, Label string
	Points       string // an SVG polyline's points, in chart units
	LegendY      int
}

type marker struct {
	X     float64
	Label string
	Show  bool
}

func layout(p *plan.Plan) drawing {
	role := p.Role
	if role == "" {
		role = "(common steps)"
	}
	d := drawing{Width: width, Title: fmt.Sprintf("recipe %s, role %s: %s baked, %s at boot",
		p.Recipe, role, plan.Count(len(p.Bake()), "step", "steps"), plan.Count(len(p.Boot()), "step", "steps"))}
	type lane struct {
		phase   recipe.Phase
		heading string
		total   time.Duration
	}
	lanes := []lane{{recipe.PhaseBake, "bake, in packer build, once per image", p.EstimatedBake()}}
	if p.Policy.WarmPool != nil { // the third lane: off the critical path of a scale-out
		d.Warm = true
		d.Title = fmt.Sprintf("recipe %s, role %s: %s baked, %s while warming, %s at boot", p.Recipe, role,
			plan.Count(len(p.Bake()), "step", "steps"), plan.Count(len(p.Warm()), "step", "steps"), plan.Count(len(p.Boot()), "step", "steps"))
		lanes = append(lanes, lane{recipe.PhaseWarm, "warm, while an instance waits in the warm pool", p.EstimatedWarm()})
	}
	lanes = append(lanes, lane{recipe.PhaseBoot, "boot, at every launch", p.EstimatedBoot()})
	longest := max(p.EstimatedBake(), p.EstimatedWarm(), p.EstimatedBoot())
	y := 56
	for _, ph := range lanes {
		s := section{Y: y, Class: string(ph.phase), Heading: fmt.Sprintf("%s: %s", ph.heading, plan.Human(ph.total))}
		y += rowHeight
		var at time.Duration
		for _, st := range p.Steps {
			if st.Phase != ph.phase {
				continue
			}
			dur, source := st.Estimate, st.EstimateSource
			if ph.phase == recipe.PhaseBake {
				dur, source = st.BakeEstimate, st.BakeSource
			}
			b := bar{Y: y, Name: st.Name, X: labelWidth + scaleTo(at, longest), W: max(scaleTo(dur, longest), 1),
				Label: fmt.Sprintf("%s, %s, %s", ph.phase, plan.Human(dur), source)}
			b.LabelX = b.X + b.W + 6
			s.Bars = append(s.Bars, b)
			at += dur
			y += rowHeight
		}
		if len(s.Bars) == 0 {
			s.Heading += " (no steps)"
		}
		d.Sections = append(d.Sections, s)
		y += rowHeight / 2
	}
	d.Chart = breakEven(p, y+40)
	d.Height = d.Chart.Top + d.Chart.Height + 104
	return d
}

// breakEven lays out boot time per day against launches per day for this plan's split, for every
// step at boot and for every step baked that can be, with the policy's launch rate marked and
// the launch rate at which each automatically placed step would change phase.
func breakEven(p *plan.Plan, top int) chart {
	per := splits(p)
	rate := p.Policy.LaunchesPerDay
	// Launches per day on a logarithmic axis, whole decades from below the lowest break-even
	// to ten times the policy's rate: thresholds of 0.3 and 300 launches a day both show.
	x := newLogAxis(rate, p)
	unit, unitName := axisUnit(x.hi * per.AllBoot)
	yMax := niceCeil(max(x.hi*per.AllBoot/unit, 1)) * unit
	c := chart{Top: top, Left: chartLeft, Width: chartWidth, Height: chartTall,
		XLabel: "launches per day (logarithmic)"}
	for _, v := range x.decades() {
		c.XTicks = append(c.XTicks, tick{At: x.at(v), Label: number(v)})
	}
	for _, v := range ticks(yMax, 5) {
		c.YTicks = append(c.YTicks, tick{At: chartTall - v/yMax*chartTall, Label: number(v/unit) + unitName})
	}
	for i, l := range []struct {
		class, name string
		v           float64
	}{
		{"split", "this plan", per.Split},
		{"boot", "everything at boot", per.AllBoot},
		{"bake", "everything bakeable baked", per.AllBaked},
	} {
		label := fmt.Sprintf("%s: %s per launch", l.name, plan.Human(seconds(l.v)))
		if rate > 0 {
			perDay := plan.BootPerDay(seconds(l.v), rate)
			label += fmt.Sprintf(", %s a day", plan.Human(perDay))
			if price := p.Policy.InstanceHourPrice; price > 0 {
				label += " (" + plan.CostOf(perDay, price).String() + ")"
			}
		}
		c.Lines = append(c.Lines, line{Class: l.class, Label: label, Points: x.curve(l.v, yMax), LegendY: top + chartTall + 40 + 16*i})
	}
	c.Marker = marker{Show: rate > 0, X: x.at(rate), Label: "policy: " + number(rate) + " launches/day"}
	for _, s := range p.Steps {
		if s.BreakEven >= x.lo && s.BreakEven <= x.hi {
			c.BreakEvens = append(c.BreakEvens, tick{At: x.at(s.BreakEven), Label: s.Name})
		}
	}
	return c
}

// axisUnit picks the unit the time axis counts in, so that its ticks are round: seconds,
// minutes or hours.
func axisUnit(maxSeconds float64) (float64, string) {
	switch {
	case maxSeconds > 2*3600:
		return 3600, "h"
	case maxSeconds > 120:
		return 60, "m"
	}
	return 1, "s"
}

func scaleTo(d, longest time.Duration) float64 {
	if longest <= 0 {
		return 0
	}
	return float64(d) / float64(longest) * barsWidth
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

// num writes a coordinate with one decimal, the same way on every machine.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// number writes a launch rate: "200", "2.5".
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// escape makes text safe inside an SVG element or attribute.
func escape(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
