package parbake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/template/interpolate"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// Provisioner adapts the bake renderer to Packer's provisioner interface.
type Provisioner struct {
	config   Config
	plan     *plan.Plan
	previous *bake.Manifest // previous_manifest, read in Prepare so that validate checks it
	newToken func() string  // runner.NewToken; tests fix it to script the runner's markers
}

func (p *Provisioner) ConfigSpec() hcldec.ObjectSpec { return p.config.FlatMapstructure().HCL2Spec() }

// Provision streams the bake bundle to the machine as the standard input of one remote command
// that unpacks and runs it, showing each step's progress and output as the runner reports it.
// Streaming means no copy of the bundle exists on either side but the one being unpacked, and
// memory stays bounded whatever the size of the recipe's files. It runs the phases of a bake in
// order (phases.go), and stops at the first that fails.
func (p *Provisioner) Provision(ctx context.Context, ui packersdk.Ui, comm packersdk.Communicator, generated map[string]interface{}) error {
	b := &bakeRun{p: p, comm: comm, generated: generated, ui: ui,
		say: func(s string) { ui.Say(packersdk.LogSecretFilter.FilterString(s)) }}
	for _, phase := range b.phases() {
		if err := phase.run(ctx); err != nil {
			return err
		}
	}
	return nil
}

// run streams the bundle into the remote command and waits for it, stopping the remote run if
// ctx is cancelled. It returns the streamed bundle's digest.
func (p *Provisioner) run(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{},
	command, runDir string, bundle *runner.Bundle, progress *progress, track func(io.ReadCloser) io.ReadCloser) (*runner.DigestWriter, error) {
	stdin, stream := io.Pipe()
	digest := runner.NewDigestWriter(stream)
	streamed := make(chan error, 1)
	go func() {
		var err error
		if track != nil {
			err = bundle.WriteTarGzTracked(digest, track)
		} else {
			err = bundle.WriteTarGz(digest)
		}
		if err == nil {
			err = digest.Close()
		}
		stream.CloseWithError(err)
		streamed <- err
	}()
	status, err := p.attach(ctx, comm, generated, &packersdk.RemoteCmd{Command: command, Stdin: stdin}, runDir, progress, "starting the bake")
	stdin.CloseWithError(errBakeEnded) // a runner that stopped early must not leave the stream blocked
	streamErr := <-streamed
	if err != nil {
		return nil, err
	}
	if streamErr != nil && !errors.Is(streamErr, errBakeEnded) {
		return nil, fmt.Errorf("parbake: streaming the bundle: %w", streamErr)
	}
	if status != 0 {
		return nil, progress.failure(status)
	}
	return digest, nil
}

// attach runs the bake runner's command with its output shown as progress, and waits for it,
// stopping the remote run if ctx is cancelled. what names the step for a failure to start.
func (p *Provisioner) attach(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{},
	cmd *packersdk.RemoteCmd, runDir string, progress *progress, what string) (int, error) {
	cmd.Stdout, cmd.Stderr = progress, progress.Stderr()
	if err := comm.Start(ctx, cmd); err != nil {
		return 0, fmt.Errorf("parbake: %s: %w", what, err)
	}
	status, err := wait(ctx, cmd, func() { p.stopRemote(comm, generated, runDir) })
	progress.Flush()
	return status, err
}

// recordTimings adds each baked step's measured duration to the timings file. It reads the file
// again: another build may have added to it since Prepare.
func (p *Provisioner) recordTimings(durations map[int]string) error {
	t, err := timings.Load(p.config.Timings)
	if err != nil {
		return err
	}
	for i, s := range p.plan.Bake() {
		if d, err := strconv.ParseFloat(durations[i+1], 64); err == nil {
			t.Add(s.Name, timings.ShortHash(s.Hash), timings.Bake, d)
		}
	}
	return t.Save(p.config.Timings)
}

// errBakeEnded closes the bundle stream once the remote command has ended.
var errBakeEnded = errors.New("the bake ended")

// humanBytes shows a size in the largest unit that keeps it at least 1.
func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
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

func (p *Provisioner) command(generated map[string]interface{}, runDir, token string) (string, error) {
	ictx := p.config.ctx
	ictx.Data = &executeData{Vars: p.runnerVars(runDir, token), Sudo: p.sudo(generated), StagingDir: p.config.StagingDir}
	cmd, err := interpolate.Render(p.config.ExecuteCommand, &ictx)
	if err != nil {
		return "", fmt.Errorf("parbake: execute_command: %w", err)
	}
	return cmd, nil
}

// runnerVars is the runner's environment, quoted for the shell, in a fixed order.
func (p *Provisioner) runnerVars(runDir, token string) string {
	return shellEnv([][2]string{
		{"PARBAKE_INVENTORY", flag(!p.config.SkipSBOM)},
		{"PARBAKE_RUN_DIR", runDir},
		{"PARBAKE_SKIP_CLEAN", flag(p.config.SkipClean)},
		{"PARBAKE_STAGING_DIR", p.config.StagingDir},
		{"PARBAKE_TOKEN", token},
		{"PARBAKE_WAIT_CLOUD_INIT", flag(on(p.config.WaitForCloudInit))},
	})
}

// shellEnv renders NAME=value pairs for env(1), quoted, in the order given: a slice, not a map,
// so that a command is the same text every time.
func shellEnv(vars [][2]string) string {
	pairs := make([]string, len(vars))
	for i, kv := range vars {
		pairs[i] = kv[0] + "=" + runner.Quote(kv[1])
	}
	return strings.Join(pairs, " ")
}

// on reads an option that defaults to true.
func on(b *bool) bool { return b == nil || *b }

// flag is a boolean as the runner's environment has it.
func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// resumeCommand runs the unpacked bundle again after a reboot, without a bundle to unpack.
func (p *Provisioner) resumeCommand(generated map[string]interface{}, runDir, token string) string {
	cmd := "env " + p.runnerVars(runDir, token) + ` sh -c 'exec sh "$PARBAKE_RUN_DIR/run.sh" </dev/null'`
	if p.sudo(generated) {
		cmd = "sudo -n " + cmd
	}
	return cmd
}

// stopRemote runs the bundle's stop.sh, which kills every process of the run's session (steps
// under timeout included) and removes its staging. When Packer itself is interrupted the
// connection may already be gone; the runner's watchdog then does the same on the machine.
func (p *Provisioner) stopRemote(comm packersdk.Communicator, generated map[string]interface{}, runDir string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	stop := runner.Quote(runDir + "/stop.sh")
	kill := fmt.Sprintf("[ ! -f %s ] || sh %s", stop, stop)
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
