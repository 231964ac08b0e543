package parbake

import (
	"context"
	"fmt"
	"strings"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/sbom"
)

// bakeRun is one Provision: what its phases share.
type bakeRun struct {
	p         *Provisioner
	comm      packersdk.Communicator
	generated map[string]interface{}
	ui        packersdk.Ui
	say       func(string)
	// Made by the phases, in order.
	bundle   *runner.Bundle
	token    string
	runDir   string
	progress *progress
	records  *records
}

// phase is one named part of a bake.
type phase struct {
	name string
	run  func(context.Context) error
}

// phases are a bake, in order: each is a small function of its own.
func (b *bakeRun) phases() []phase {
	return []phase{
		{"show the plan", b.showPlan},
		{"render the bundle", b.render},
		{"run the bundle", b.runBundle},
		{"go on after reboots", b.resumeAfterReboots},
		{"write the records on the image and generalize it", b.finishImage},
		{"write the local outputs", b.writeOutputs},
	}
}

// showPlan prints the plan, its picture and what changed since the previous bake.
func (b *bakeRun) showPlan(context.Context) error {
	pl := b.p.plan
	b.say("parbake: plan")
	for _, line := range strings.Split(strings.TrimRight(pl.Text(), "\n"), "\n") {
		b.say("  " + line)
	}
	if path := b.p.config.PlanSVGOutput; path != "" {
		if err := atomicfile.Write(path, picture.SVG(pl)); err != nil {
			return fmt.Errorf("parbake: plan_svg_output: %w", err)
		}
		b.say("parbake: wrote a picture of the plan to " + path)
	}
	if prev := b.p.previous; prev != nil {
		b.say("parbake: changes since the previous bake: " + plan.ChangeReport(pl.Changes(prev.Previous()), pl.Policy.CertifyEvery > 0))
	}
	return nil
}

// render makes the bundle, and the run's token: it marks the runner's own lines, and names the
// run's staging, so that two builds against one machine never share a directory.
func (b *bakeRun) render(context.Context) error {
	bundle, err := bake.Render(b.p.plan)
	if err != nil {
		return fmt.Errorf("parbake: rendering the bundle: %w", err)
	}
	newToken := b.p.newToken
	if newToken == nil {
		newToken = runner.NewToken
	}
	b.bundle, b.token = bundle, newToken()
	b.runDir = b.p.config.StagingDir + "/run-" + b.token[:16]
	return nil
}

// runBundle streams the bundle into the remote command and follows the steps.
func (b *bakeRun) runBundle(ctx context.Context) error {
	pl := b.p.plan
	command, err := b.p.command(b.generated, b.runDir, b.token)
	if err != nil {
		return err
	}
	b.progress = newProgress(b.say, len(pl.Bake()), b.token)
	b.say(fmt.Sprintf("parbake: streaming the bundle (%s of files) and running %s", humanBytes(b.bundle.Size()), plan.Count(len(pl.Bake()), "step", "steps")))
	digest, err := b.p.run(ctx, b.comm, b.generated, command, b.runDir, b.bundle, b.progress, trackLarge(b.ui, b.bundle.Size()))
	if err != nil {
		return err
	}
	b.say(fmt.Sprintf("parbake: bundle %s (%s)", digest.Digest(), humanBytes(digest.Len())))
	return nil
}

// resumeAfterReboots waits for the machine after each step that needed a reboot (the run ended
// there; the bundle stays on the machine) and runs the steps after it.
func (b *bakeRun) resumeAfterReboots(ctx context.Context) error {
	for rb := b.progress.takeReboot(); rb != nil; rb = b.progress.takeReboot() {
		down, err := b.p.reboot(ctx, b.comm, b.generated, rb, b.say)
		if err != nil {
			return err
		}
		b.say(fmt.Sprintf("parbake: the machine is back after %s; going on after step %s", plan.Human(down), rb.Step))
		cmd := &packersdk.RemoteCmd{Command: b.p.resumeCommand(b.generated, b.runDir, b.token)}
		status, err := b.p.attach(ctx, b.comm, b.generated, cmd, b.runDir, b.progress, "resuming the bake")
		if err != nil {
			return err
		}
		if status != 0 {
			return b.progress.failure(status)
		}
	}
	pl := b.p.plan
	left := plan.Count(len(pl.Boot()), "step", "steps") + " left for boot"
	if n := len(pl.Warm()); n > 0 {
		left = plan.Count(n, "step", "steps") + " left for warm-up and " + left
	}
	b.say(fmt.Sprintf("parbake: baked %s in %s; %s; manifest at %s",
		plan.Count(len(pl.Bake()), "step", "steps"), plan.Human(b.progress.total()), left, bake.ManifestPath))
	return nil
}

// finishImage writes the manifest, the digest and the bill of materials on the image and
// generalizes it: one remote command, the bake's last.
func (b *bakeRun) finishImage(ctx context.Context) error {
	recs, err := b.p.renderRecords(b.progress)
	if err != nil {
		return err
	}
	out, err := b.p.finish(ctx, b.comm, b.generated, recs, b.token)
	if err != nil {
		return err
	}
	if recs.sbom != nil {
		b.say(fmt.Sprintf("parbake: bill of materials at %s (%d packages installed or changed)", sbom.Path, recs.packages))
	}
	b.p.sayGeneralized(out, b.generated, b.say)
	b.records = recs
	return nil
}

// writeOutputs writes what the build keeps locally: timings, the manifest, the bill of materials.
func (b *bakeRun) writeOutputs(context.Context) error {
	c := &b.p.config
	if c.Timings != "" {
		if err := b.p.recordTimings(b.progress.durations); err != nil {
			return fmt.Errorf("parbake: timings: %w", err)
		}
		b.say("parbake: added this bake's durations to " + c.Timings)
	}
	if c.ManifestOutput != "" {
		if err := atomicfile.Write(c.ManifestOutput, b.records.manifest); err != nil {
			return fmt.Errorf("parbake: manifest_output: %w", err)
		}
		b.say("parbake: wrote the bake manifest to " + c.ManifestOutput)
	}
	if c.SBOMOutput != "" && b.records.sbom != nil {
		if err := atomicfile.Write(c.SBOMOutput, b.records.sbom); err != nil {
			return fmt.Errorf("parbake: sbom_output: %w", err)
		}
	}
	return nil
}
