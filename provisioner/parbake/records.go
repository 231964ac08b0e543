package parbake

import (
	"archive/tar"
	"bytes"
	"context"
	"fmt"
	"path"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/sbom"
	"github.com/parbake/packer-plugin-parbake/version"
)

// records are the files a finished bake leaves on the image, rendered here and nowhere else:
// the manifest (always) and the bill of materials (unless skip_sbom). The same bytes go to
// manifest_output and sbom_output.
type records struct {
	manifest []byte
	sbom     []byte // nil with skip_sbom
	packages int
}

// epoch is the records' modification time in the archive: the bytes depend on the bake only.
var epoch = time.Unix(0, 0).UTC()

// recordsDir is where the records live on the image; both are in it, so that one staging
// directory beside them makes each appear whole, by a rename.
var recordsDir = path.Dir(bake.ManifestPath)

func (p *Provisioner) renderRecords(pr *progress) (*records, error) {
	r := &records{manifest: []byte(bake.RenderManifestChecks(p.plan, version.String(), pr.durations, pr.reboots, pr.checks))}
	if p.config.SkipSBOM {
		return r, nil
	}
	doc, err := sbom.Encode(sbom.Bake(p.plan, version.String(), pr.machine))
	if err != nil {
		return nil, fmt.Errorf("parbake: bill of materials: %w", err)
	}
	r.sbom, r.packages = doc, len(pr.machine.Packages)
	return r, nil
}

// finish puts the records on the image and, unless both are off, generalizes it, with one
// remote command: a tar on its standard input holds the records and the generalize script; the
// records are unpacked into a staging directory beside them and renamed into place, mode 0644,
// then the script runs from there. No upload, and one round trip for both.
func (p *Provisioner) finish(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{}, r *records, token string) (string, error) {
	type file struct {
		dest string
		data []byte
	}
	files := []file{{bake.ManifestPath, r.manifest}, {runner.DigestPath, []byte(p.plan.BakeDigest + "\n")}}
	if r.sbom != nil {
		files = append(files, file{sbom.Path, r.sbom})
	}
	env, generalizing := p.generalizeEnv(generated)
	var archive bytes.Buffer
	tw := tar.NewWriter(&archive)
	add := func(name string, data []byte) error {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), ModTime: epoch, Format: tar.FormatUSTAR}); err != nil {
			return err
		}
		_, err := tw.Write(data)
		return err
	}
	var names []string
	for _, f := range files {
		if path.Dir(f.dest) != recordsDir {
			return "", fmt.Errorf("parbake: %s is not in %s", f.dest, recordsDir) // both paths are constants
		}
		if err := add(path.Base(f.dest), f.data); err != nil {
			return "", err
		}
		names = append(names, path.Base(f.dest))
	}
	then := ""
	if generalizing {
		then = generalizeScript
		if err := add(then, bake.Generalize); err != nil {
			return "", err
		}
	}
	if err := tw.Close(); err != nil {
		return "", err
	}
	cmd := "sh -c " + runner.Quote(runner.RecordsScript(recordsDir, recordsDir+"/.parbake-"+token[:16], names, then))
	if generalizing {
		cmd = "env " + env + " " + cmd
	}
	if p.sudo(generated) {
		cmd = "sudo -n " + cmd
	}
	out, err := short(ctx, comm, cmd, &archive)
	if err != nil {
		what := "writing the manifest and bill of materials in " + recordsDir + " on the machine"
		if generalizing {
			what += ", and generalizing the image"
		}
		return "", fmt.Errorf("parbake: %s: %w", what, err)
	}
	return out, nil
}
