package parbake

import (
	"context"
	"fmt"
	"regexp"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// rebootRequest is a reboot the runner asked for after a step, with the boot it happened in.
type rebootRequest struct {
	Index        int
	Step, Reason string
	BootID       string
}

// rebootReason keeps the manifest's reasons to the runner's fixed words.
var rebootReason = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

// parseReboot reads a "reboot INDEX NAME REASON BOOT_ID" marker.
func parseReboot(ev runner.Event) (*rebootRequest, bool) {
	if len(ev.Args) != 4 || !rebootReason.MatchString(ev.Args[2]) {
		return nil, false
	}
	var idx int
	if _, err := fmt.Sscan(ev.Args[0], &idx); err != nil {
		return nil, false
	}
	return &rebootRequest{Index: idx, Step: ev.Args[1], Reason: ev.Args[2], BootID: ev.Args[3]}, true
}

// reboot reboots the machine and waits until it answers from a new boot, through the
// communicator, which reconnects by itself. It returns how long the machine was away.
func (p *Provisioner) reboot(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{},
	rb *rebootRequest, say func(string)) (time.Duration, error) {
	say(fmt.Sprintf("parbake: step %s needs a reboot (%s); rebooting the machine", rb.Step, rb.Reason))
	start := time.Now()
	// Detached and delayed, so that this command's session ends before the connection goes.
	p.remote(ctx, comm, generated, `nohup sh -c 'sleep 1; systemctl reboot || reboot' >/dev/null 2>&1 &`, 15*time.Second)
	deadline := start.Add(p.config.RebootTimeout)
	for {
		id, err := p.remote(ctx, comm, generated, "cat /proc/sys/kernel/random/boot_id", 15*time.Second)
		if err == nil && id != "" && id != rb.BootID {
			return time.Since(start), nil
		}
		if ctx.Err() != nil {
			return 0, fmt.Errorf("parbake: bake cancelled while the machine rebooted: %w", ctx.Err())
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("parbake: the machine did not come back within reboot_timeout (%s) after step %s rebooted it", plan.Human(p.config.RebootTimeout), rb.Step)
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// remote runs a short command (with sudo when the bake uses it) and returns its trimmed
// output, giving up after limit: a machine going down may leave a session hanging.
func (p *Provisioner) remote(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{}, command string, limit time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	if p.sudo(generated) {
		command = "sudo -n sh -c " + runner.Quote(command)
	}
	return short(ctx, comm, command, nil)
}
