package parbake

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/interpolate"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/version"
)

// Provisioner adapts the bake renderer to Packer's provisioner interface.
type Provisioner struct {
	config Config
	plan   *plan.Plan
}

func (p *Provisioner) ConfigSpec() hcldec.ObjectSpec { return p.config.FlatMapstructure().HCL2Spec() }

// Provision uploads the bake bundle once and runs it with one remote command, showing each
// step's progress and output as the runner reports it.
func (p *Provisioner) Provision(ctx context.Context, ui packersdk.Ui, comm packersdk.Communicator, generated map[string]interface{}) error {
	pl := p.plan
	say := func(s string) { ui.Say(packersdk.LogSecretFilter.FilterString(s)) }
	say("parbake: plan")
	for _, line := range strings.Split(strings.TrimRight(pl.Text(), "\n"), "\n") {
		say("  " + line)
	}

	archive := bake.Render(pl, version.String()).TarGz()
	digest := runner.Digest(archive)
	// Names derived from the bundle's digest: a retried or repeated bake of the same bundle reuses
	// them, and different bundles never collide.
	id := strings.TrimPrefix(digest, "sha256:")[:16]
	bundlePath := "/tmp/parbake-" + id + ".tar.gz"
	runDir := p.config.StagingDir + "/run-" + id
	say(fmt.Sprintf("parbake: uploading bundle (%d bytes, %s)", len(archive), digest))
	if err := comm.Upload(bundlePath, bytes.NewReader(archive), nil); err != nil {
		return fmt.Errorf("parbake: uploading the bundle to %s: %w", bundlePath, err)
	}

	command, err := p.command(generated, bundlePath, runDir)
	if err != nil {
		return err
	}
	progress := newProgress(say, len(pl.Bake()))
	cmd := &packersdk.RemoteCmd{Command: command, Stdout: progress, Stderr: progress}
	if err := comm.Start(ctx, cmd); err != nil {
		return fmt.Errorf("parbake: starting the bake: %w", err)
	}
	status, err := wait(ctx, cmd, func() { p.stopRemote(comm, generated, runDir) })
	progress.Flush()
	if err != nil {
		return err
	}
	if status != 0 {
		return progress.failure(status)
	}
	say(fmt.Sprintf("parbake: baked %d steps in %s; %d left for boot; manifest at %s",
		len(pl.Bake()), plan.Human(progress.total()), len(pl.Boot()), bake.ManifestPath))
	if p.config.ManifestOutput != "" {
		text := bake.RenderManifest(pl, version.String(), progress.durations)
		if err := atomicfile.Write(p.config.ManifestOutput, []byte(text)); err != nil {
			return fmt.Errorf("parbake: manifest_output: %w", err)
		}
		say("parbake: wrote the bake manifest to " + p.config.ManifestOutput)
	}
	return nil
}

// wait waits for the remote command, or for ctx to be cancelled, in which case it stops the
// remote run before returning, so that Ctrl-C leaves nothing running on the machine.
func wait(ctx context.Context, cmd *packersdk.RemoteCmd, stop func()) (int, error) {
	done := make(chan int, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case status := <-done:
		return status, nil
	case <-ctx.Done():
		stop()
		return 0, fmt.Errorf("parbake: bake cancelled: %w", ctx.Err())
	}
}

// sudo reports whether to use sudo: as configured, else when the communicator's user is not root.
func (p *Provisioner) sudo(generated map[string]interface{}) bool {
	if p.config.UseSudo != nil {
		return *p.config.UseSudo
	}
	user, _ := generated["User"].(string)
	return user != "" && user != "root"
}

func (p *Provisioner) command(generated map[string]interface{}, bundlePath, runDir string) (string, error) {
	flag := func(b *bool, def bool) string {
		if (b == nil && def) || (b != nil && *b) {
			return "1"
		}
		return "0"
	}
	skip := "0"
	if p.config.SkipClean {
		skip = "1"
	}
	vars := map[string]string{
		"PARBAKE_BUNDLE":           bundlePath,
		"PARBAKE_RUN_DIR":          runDir,
		"PARBAKE_SKIP_CLEAN":       skip,
		"PARBAKE_WAIT_CLOUD_INIT":  flag(p.config.WaitForCloudInit, true),
		"PARBAKE_CLEAN_CLOUD_INIT": flag(p.config.CleanCloudInit, true),
	}
	names := make([]string, 0, len(vars))
	for k := range vars {
		names = append(names, k)
	}
	sort.Strings(names)
	var pairs []string
	for _, k := range names {
		pairs = append(pairs, k+"="+runner.Quote(vars[k]))
	}
	ictx := p.config.ctx
	ictx.Data = &executeData{Vars: strings.Join(pairs, " "), Sudo: p.sudo(generated), Bundle: bundlePath, StagingDir: p.config.StagingDir}
	cmd, err := interpolate.Render(p.config.ExecuteCommand, &ictx)
	if err != nil {
		return "", fmt.Errorf("parbake: execute_command: %w", err)
	}
	return cmd, nil
}

// stopRemote kills the runner's process group on the machine. The runner records its PID; sshd
// made the command a session leader, so its process group holds every step's processes.
func (p *Provisioner) stopRemote(comm packersdk.Communicator, generated map[string]interface{}, runDir string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	kill := fmt.Sprintf(`f=%s/run.pid; [ -f "$f" ] && pid=$(cat "$f") && `+
		`pg=$(cut -d' ' -f5 /proc/$pid/stat 2>/dev/null) && kill -TERM -- -"$pg" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; true`,
		runner.Quote(runDir))
	if p.sudo(generated) {
		kill = "sudo -n sh -c " + runner.Quote(kill)
	}
	cmd := &packersdk.RemoteCmd{Command: kill}
	if err := comm.Start(ctx, cmd); err == nil {
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
		}
	}
}
