package ec2box

import "context"

// MachineSpec is what a machine needs to boot as an instance: its disk (the image's layers and
// its own upper dir), its address, and what cloud-init and the instance metadata service say.
type MachineSpec struct {
	InstanceID string
	Layers     []string // top first
	PrivateIP  string
	Hostname   string
	UserData   []byte
	PublicKey  string // the key pair's, or "" when none was named
	// Metadata is what IMDS serves at http://169.254.169.254: path under /latest/meta-data/ →
	// value (e.g. "instance-id", "tags/instance/Name").
	Metadata map[string]string
}

// Machines runs the instances' machines. The box calls it outside its lock, one call per
// instance at a time; each call returns when the transition it stands for has happened.
type Machines interface {
	// Boot starts the machine (a first boot, or a start after a stop over the same disk) and
	// returns once it runs.
	Boot(ctx context.Context, spec MachineSpec) error
	// Metadata replaces what IMDS serves a running machine: its tags and its target lifecycle
	// state change while it runs.
	Metadata(ctx context.Context, spec MachineSpec) error
	// Shutdown stops the machine cleanly; its disk stays.
	Shutdown(ctx context.Context, instanceID string) error
	// Remove deletes a stopped machine's disk and everything else it had.
	Remove(ctx context.Context, instanceID string) error
	// Freeze copies a stopped machine's changes into dir, a new image layer.
	Freeze(ctx context.Context, instanceID, dir string) error
	// Console returns what the machine printed on its console so far.
	Console(ctx context.Context, instanceID string) ([]byte, error)
}
