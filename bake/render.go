package bake

import (
	"embed"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

//go:embed templates/*.tmpl
var templates embed.FS

var runTemplate = runner.NewTemplate(templates, "run.sh.tmpl")

// inventoryLib lists the machine's packages, for the bill of materials.
//
//go:embed inventory.sh
var inventoryLib []byte

// Generalize is the script the provisioner runs last: it removes what an image must not keep from
// its build (the build's SSH key, machine-id, cloud-init's state, parbake's staging).
//
//go:embed generalize.sh
var Generalize []byte

// runData is what run.sh.tmpl sees.
type runData struct {
	Recipe, Role, Digest string
	Setup                string
	Steps                []runner.StepCall
	HoldUntil            string // with a warm pool: the services the bake enables wait for it
}

// Render builds the bake bundle for plan p. The manifest is not in it: the provisioner writes
// it on the image once the bake is done, from what the run reported. Daemons are never started by a bake; the staging directory is removed on exit unless
// PARBAKE_SKIP_CLEAN=1.
func Render(p *plan.Plan) (*runner.Bundle, error) {
	b := runner.NewBundle()
	b.Add("lib.sh", 0o644, runner.Lib)
	b.Add("session.sh", 0o644, runner.SessionLib)
	b.Add("inventory.sh", 0o644, inventoryLib)
	b.Add("stop.sh", 0o755, runner.StopScript())
	steps := p.Bake()
	d := runData{Recipe: p.Recipe, Role: p.Role, Digest: p.BakeDigest, HoldUntil: runner.HoldUntil(p),
		Setup: runner.Setup(runner.SetupData{State: `"$PB_DIR/state"`, Libs: []string{"lib.sh", "session.sh", "inventory.sh"}, HoldUntil: runner.HoldUntil(p)})}
	scripts, err := runner.AddSteps(b, runner.Bake, steps)
	if err != nil {
		return nil, err
	}
	for i, s := range steps {
		d.Steps = append(d.Steps, runner.NewStepCall(i+1, len(steps), s, scripts[i]))
	}
	run, err := runner.Execute(runTemplate, d)
	if err != nil {
		return nil, err
	}
	b.Add("run.sh", 0o755, []byte(run))
	return b, nil
}
