package ec2box

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Sandbox runs instances as the sandbox's machines: each one systemd-nspawn over its image's
// layers, in a network namespace of its own on the box's bridge, with amazon-ec2-metadata-mock
// answering at 169.254.169.254 inside that namespace. test/sandbox/ec2-machine.sh does the
// work; this side writes what it reads.
type Sandbox struct {
	Dir     string // instances/ID/ under it
	Script  string // ec2-machine.sh
	Bridge  string
	Gateway netip.Addr
	Subnet  netip.Prefix
	Region  string
	Account string
	// Front is the ec2box binary, which runs each instance's IMDSFront ("ec2box imds-front").
	Front string
}

func (s *Sandbox) dir(id string) string { return filepath.Join(s.Dir, "instances", id) }

func (s *Sandbox) run(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, s.Script, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v: %s", filepath.Base(s.Script), args[0], err, lastLines(string(out), 15))
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Boot writes the machine's seed, metadata and network settings, then boots it.
func (s *Sandbox) Boot(ctx context.Context, spec MachineSpec) error {
	dir := s.dir(spec.InstanceID)
	if err := os.MkdirAll(filepath.Join(dir, "seed"), 0o700); err != nil {
		return err
	}
	// cloud-init reads the user data and the key from a NoCloud seed; JSON is YAML.
	meta := map[string]any{"instance-id": spec.InstanceID, "local-hostname": spec.Hostname}
	if spec.PublicKey != "" {
		meta["public-keys"] = []string{spec.PublicKey}
	}
	metaJSON, _ := json.Marshal(meta)
	files := map[string][]byte{
		"seed/user-data":   spec.UserData,
		"seed/meta-data":   metaJSON,
		"seed/vendor-data": nil,
		"spec.env": []byte(fmt.Sprintf("BRIDGE=%s\nADDRESS=%s/%d\nGATEWAY=%s\nHOSTNAME=%s\nLOWERDIR=%s\nIMDS_FRONT=%s\n",
			s.Bridge, spec.PrivateIP, s.Subnet.Bits(), s.Gateway, spec.Hostname, strings.Join(spec.Layers, ":"), s.Front)),
	}
	if err := s.writeFront(spec); err != nil {
		return err
	}
	imds, err := s.imdsConfig(spec)
	if err != nil {
		return err
	}
	files["imds.json"] = imds
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			return err
		}
	}
	return s.run(ctx, "boot", dir)
}

// Metadata replaces what the instance's IMDS front serves (its tags, its target lifecycle
// state), at once and without a restart. The mock's own values (ids, addresses, the role) do not
// change while the instance lives. A machine already removed is left alone.
func (s *Sandbox) Metadata(_ context.Context, spec MachineSpec) error {
	if _, err := os.Stat(s.dir(spec.InstanceID)); os.IsNotExist(err) {
		return nil
	}
	return s.writeFront(spec)
}

// writeFront replaces the values the instance's IMDSFront serves, in one rename: a reader sees
// the old file or the new one.
func (s *Sandbox) writeFront(spec MachineSpec) error {
	dir := s.dir(spec.InstanceID)
	b, err := json.Marshal(frontValues(spec.Metadata))
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, "imds-front.json.tmp")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, "imds-front.json"))
}

func (s *Sandbox) Shutdown(ctx context.Context, id string) error {
	return s.run(ctx, "shutdown", s.dir(id))
}

// Remove deletes the machine and keeps the last 64 KB of its console, as EC2 keeps a terminated
// instance's console output for a while (GetConsoleOutput: at least an hour).
func (s *Sandbox) Remove(ctx context.Context, id string) error {
	if console, err := s.Console(ctx, id); err == nil && len(console) > 0 {
		if len(console) > 64<<10 {
			console = console[len(console)-64<<10:]
		}
		if err := os.MkdirAll(filepath.Join(s.Dir, "consoles"), 0o700); err == nil {
			os.WriteFile(filepath.Join(s.Dir, "consoles", id), console, 0o600)
		}
	}
	return s.run(ctx, "remove", s.dir(id))
}

func (s *Sandbox) Freeze(ctx context.Context, id, layer string) error {
	return s.run(ctx, "freeze", s.dir(id), layer)
}

func (s *Sandbox) Console(_ context.Context, id string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(s.dir(id), "console.log"))
	if os.IsNotExist(err) {
		b, err = os.ReadFile(filepath.Join(s.Dir, "consoles", id))
	}
	if os.IsNotExist(err) {
		return nil, nil
	}
	return b, err
}

// aemmKeys maps IMDS paths (under /latest/meta-data/) to amazon-ec2-metadata-mock's
// configuration keys.
var aemmKeys = map[string]string{
	"instance-id": "instance-id", "ami-id": "ami-id", "ami-launch-index": "ami-launch-index",
	"instance-type": "instance-type", "local-ipv4": "local-ipv4", "local-hostname": "local-hostname",
	"hostname": "hostname", "reservation-id": "reservation-id", "security-groups": "security-groups",
	"placement/availability-zone": "placement-availability-zone", "placement/region": "placement-region",
	"instance-life-cycle": "instance-life-cycle", "public-keys/0/openssh-key": "public-key", "iam/info": "iam-info",
}

// imdsConfig turns an instance's metadata into the mock's configuration. The mock has fixed
// slots: paths the instance lacks are switched off (an empty path), and role credentials take
// its one role slot. Tags and the target lifecycle state are the IMDSFront's.
func (s *Sandbox) imdsConfig(spec MachineSpec) ([]byte, error) {
	paths := map[string]string{
		"public-key": "", "iam-info": "", "iam-security-credentials-role": "", "iam-security-credentials": "",
		"tags-instance-name": "", "tags-instance-test": "", "public-hostname": "", "public-ipv4": "",
		"mac-public-hostname": "", "mac-public-ipv4s": "", "mac-ipv4-associations": "", "spot": "", "spot-termination-time": "",
		"elastic-inference-associations": "", "elastic-inference-accelerator": "",
	}
	values := map[string]any{}
	for path, v := range spec.Metadata {
		switch {
		case aemmKeys[path] != "":
			k := aemmKeys[path]
			paths[k] = "/latest/meta-data/" + path
			if path == "iam/info" {
				values[k] = json.RawMessage(v)
			} else {
				values[k] = v
			}
		case strings.HasPrefix(path, "iam/security-credentials/"):
			role := strings.TrimPrefix(path, "iam/security-credentials/")
			paths["iam-security-credentials-role"] = "/latest/meta-data/iam/security-credentials"
			values["iam-security-credentials-role"] = role
			paths["iam-security-credentials"] = "/latest/meta-data/" + path
			values["iam-security-credentials"] = json.RawMessage(v)
		}
	}
	doc := map[string]any{
		"accountId": s.Account, "imageId": spec.Metadata["ami-id"], "availabilityZone": spec.Metadata["placement/availability-zone"],
		"version": "2017-09-30", "privateIp": spec.PrivateIP, "instanceId": spec.InstanceID, "architecture": "x86_64",
		"instanceType": spec.Metadata["instance-type"], "region": s.Region, "pendingTime": "2026-01-01T00:00:00Z",
	}
	cfg := map[string]any{
		"metadata": map[string]any{"paths": paths, "values": values},
		"dynamic":  map[string]any{"values": map[string]any{"instance-identity-document": doc}},
		"userdata": map[string]any{"values": map[string]any{"userdata": base64.StdEncoding.EncodeToString(spec.UserData)}},
	}
	return json.MarshalIndent(cfg, "", "  ")
}
