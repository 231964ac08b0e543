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
	"sort"
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
		"spec.env": []byte(fmt.Sprintf("BRIDGE=%s\nADDRESS=%s/%d\nGATEWAY=%s\nHOSTNAME=%s\nLOWERDIR=%s\n",
			s.Bridge, spec.PrivateIP, s.Subnet.Bits(), s.Gateway, spec.Hostname, strings.Join(spec.Layers, ":"))),
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

// Metadata rewrites what the instance's metadata service serves and restarts it.
func (s *Sandbox) Metadata(ctx context.Context, spec MachineSpec) error {
	imds, err := s.imdsConfig(spec)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.dir(spec.InstanceID), "imds.json"), imds, 0o600); err != nil {
		return err
	}
	return s.run(ctx, "metadata", s.dir(spec.InstanceID))
}

func (s *Sandbox) Shutdown(ctx context.Context, id string) error {
	return s.run(ctx, "shutdown", s.dir(id))
}

func (s *Sandbox) Remove(ctx context.Context, id string) error {
	return s.run(ctx, "remove", s.dir(id))
}

func (s *Sandbox) Freeze(ctx context.Context, id, layer string) error {
	return s.run(ctx, "freeze", s.dir(id), layer)
}

func (s *Sandbox) Console(_ context.Context, id string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(s.dir(id), "console.log"))
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
// slots: paths the instance lacks are switched off (an empty path), tags take the mock's two
// tag slots (Name, and the first other key), and role credentials its one role slot.
func (s *Sandbox) imdsConfig(spec MachineSpec) ([]byte, error) {
	paths := map[string]string{
		"public-key": "", "iam-info": "", "iam-security-credentials-role": "", "iam-security-credentials": "",
		"tags-instance-name": "", "tags-instance-test": "", "public-hostname": "", "public-ipv4": "",
		"mac-public-hostname": "", "mac-public-ipv4s": "", "mac-ipv4-associations": "", "spot": "", "spot-termination-time": "",
		"elastic-inference-associations": "", "elastic-inference-accelerator": "",
	}
	values := map[string]any{}
	var tagKeys []string
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
		case strings.HasPrefix(path, "tags/instance/"):
			tagKeys = append(tagKeys, strings.TrimPrefix(path, "tags/instance/"))
		case strings.HasPrefix(path, "iam/security-credentials/"):
			role := strings.TrimPrefix(path, "iam/security-credentials/")
			paths["iam-security-credentials-role"] = "/latest/meta-data/iam/security-credentials"
			values["iam-security-credentials-role"] = role
			paths["iam-security-credentials"] = "/latest/meta-data/" + path
			values["iam-security-credentials"] = json.RawMessage(v)
		}
	}
	sort.Strings(tagKeys)
	other := ""
	for _, k := range tagKeys {
		if k == "Name" {
			paths["tags-instance-name"] = "/latest/meta-data/tags/instance/Name"
			values["tags-instance-name"] = spec.Metadata["tags/instance/Name"]
		} else if other == "" {
			other = k
			paths["tags-instance-test"] = "/latest/meta-data/tags/instance/" + k
			values["tags-instance-test"] = spec.Metadata["tags/instance/"+k]
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
