package ec2box

import (
	"time"
)

// EC2's instance states, with the codes DescribeInstances reports.
const (
	statePending      = "pending"
	stateRunning      = "running"
	stateShuttingDown = "shutting-down"
	stateTerminated   = "terminated"
	stateStopping     = "stopping"
	stateStopped      = "stopped"
)

var stateCodes = map[string]int{
	statePending: 0, stateRunning: 16, stateShuttingDown: 32, stateTerminated: 48, stateStopping: 64, stateStopped: 80,
}

// Instance is one instance and, while it is not terminated, one sandbox machine.
type Instance struct {
	ID, ImageID, ReservationID string
	InstanceType, KeyName      string
	SubnetID, VpcID            string
	PrivateIP                  string
	LaunchIndex                int
	LaunchTime                 time.Time
	State, StateReason         string
	GroupIDs                   []string
	UserData                   []byte
	MetadataTags               bool   // InstanceMetadataTags=enabled: IMDS serves the tags
	HTTPTokens                 string // "required" or "optional"
	InstanceProfile            string
	RootVolumeID               string
	Layers                     []string // its image's, kept when the image is deregistered
	// TargetLifecycle is the Auto Scaling state the instance is moving to, served by its metadata
	// at autoscaling/target-lifecycle-state ("" outside a group); servedTarget is the one its
	// machine was last given.
	TargetLifecycle, servedTarget string
	// posted is the console as posted shortly after the last state transition: all that
	// GetConsoleOutput shows of a Xen instance with the box's manners.
	posted []byte
}

// Image is an AMI: an ordered stack of layers (top first), the last one the base root file
// system. An image made by CreateImage adds the instance's changes on top of its AMI's layers.
type Image struct {
	ID, Name, Description, OwnerID string
	Layers                         []string
	Own                            string // the layer this image added (removed on deregister), "" for a source AMI
	State                          string // pending, available, failed
	Created                        time.Time
	SnapshotID                     string
	RootDevice                     string
	Architecture                   string
	Public                         bool
	DeprecateAt                    time.Time // zero: not deprecated
	LastLaunched                   time.Time // zero: never launched
}

// Snapshot backs an image's root device.
type Snapshot struct {
	ID, VolumeID, State, Description string
	OwnerID                          string // "" for the box's own account
	Started                          time.Time
	SizeGiB                          int
}

// Volume is an instance's root volume.
type Volume struct {
	ID, InstanceID, SnapshotID, State string
	Created                           time.Time
	SizeGiB                           int
}

// KeyPair keeps only the public half; the private key went to the caller once.
type KeyPair struct {
	ID, Name, Fingerprint, PublicKey, Type string
}

// SecurityGroup is recorded, not enforced: instances' traffic is not filtered.
type SecurityGroup struct {
	ID, Name, Description, VpcID string
	Ingress                      []string // one line per rule, as given
}
