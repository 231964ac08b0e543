package picture

import (
	"bytes"
	_ "embed"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

//go:embed templates/plan.md.tmpl
var markdownText string

var markdownTemplate = template.Must(template.New("plan.md").Funcs(template.FuncMap{
	"cell": cell, "task": task, "human": plan.Human,
}).Parse(markdownText))

// Markdown renders the plan for a pull-request comment or a CI job summary: the plan table, the
// totals, and a Mermaid gantt of the bake and of one boot.
func Markdown(p *plan.Plan) string {
	var b bytes.Buffer
	role := p.Role
	if role == "" {
		role = "(common steps)"
	}
	data := struct {
		Plan             *plan.Plan
		Role             string
		Bake, Warm, Boot []gantt
		PerDay           time.Duration
		Cost             string
		Launches         float64
	}{Plan: p, Role: role, Bake: timeline(p, recipe.PhaseBake), Warm: timeline(p, recipe.PhaseWarm), Boot: timeline(p, recipe.PhaseBoot),
		Launches: p.Policy.LaunchesPerDay, PerDay: plan.BootPerDay(p.EstimatedBoot(), p.Policy.LaunchesPerDay)}
	if price := p.Policy.InstanceHourPrice; price > 0 {
		data.Cost = plan.CostOf(data.PerDay, price).String()
	}
	if err := markdownTemplate.Execute(&b, data); err != nil {
		panic(err) // the template and its data are fixed at compile time
	}
	return b.String()
}

// gantt is one Mermaid task: a step's span in milliseconds from the start of its phase.
type gantt struct {
	ID         string
	Name       string
	Start, End int64
}

func timeline(p *plan.Plan, ph recipe.Phase) []gantt {
	var out []gantt
	var at int64
	prefix := map[recipe.Phase]string{recipe.PhaseBake: "bake", recipe.PhaseWarm: "warm", recipe.PhaseBoot: "boot"}[ph]
	for i, s := range p.Steps {
		if s.Phase != ph {
			continue
		}
		d, source := s.Estimate, s.EstimateSource
		if ph == recipe.PhaseBake {
			d, source = s.BakeEstimate, s.BakeSource
		}
		ms := d.Milliseconds()
		if ms < 1 {
			ms = 1 // Mermaid draws nothing for an empty span
		}
		out = append(out, gantt{ID: prefix + strconv.Itoa(i+1), Name: s.Name + " (" + plan.Human(d) + ", " + source + ")", Start: at, End: at + ms})
		at += ms
	}
	return out
}

// cell makes text safe in a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// task makes text safe as a Mermaid gantt task or title: the grammar ends a task's text at ':',
// '#' or ';'.
func task(s string) string {
	return strings.NewReplacer(":", " ", "#", " ", ";", ",", "\n", " ").Replace(s)
}
