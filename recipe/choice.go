package recipe

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
)

// Reboot says when the machine reboots after a step, in either phase.
type Reboot string

const (
	// RebootNever is the default: a reboot happens only when the step's script exits 194.
	RebootNever Reboot = "never"
	// RebootIfRequired reboots when the step left the machine needing one:
	// /var/run/reboot-required exists, or `needs-restarting -r` says so.
	RebootIfRequired Reboot = "if_required"
	// RebootAlways reboots after every run of the step.
	RebootAlways Reboot = "always"
)

// OnBoot says what the boot runner does to a started service whose configuration boot steps
// change.
type OnBoot string

const (
	// OnBootRestart restarts the service after the last boot step that configures it (default).
	OnBootRestart OnBoot = "restart"
	// OnBootReload reloads it instead, or starts it when it is not running.
	OnBootReload OnBoot = "reload"
	// OnBootNone leaves it alone: the boot steps take care of it themselves.
	OnBootNone OnBoot = "none"
)

// decodeChoice reads a static string that must be one of allowed, naming them in words when it
// is not.
func decodeChoice[T ~string](a *hcl.Attribute, allowed ...T) (T, hcl.Diagnostics) {
	s, diags := staticString(a)
	if diags.HasErrors() {
		return allowed[0], diags
	}
	for _, v := range allowed {
		if string(v) == s {
			return v, nil
		}
	}
	words := make([]string, len(allowed))
	for i, v := range allowed {
		words[i] = string(v)
	}
	return allowed[0], hcl.Diagnostics{attrError(a, "Invalid "+a.Name, fmt.Sprintf("%s must be %s; got %q.", a.Name, Words(words), s))}
}
