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

// install puts the records on the image with one remote command: a tar on its standard input,
// unpacked into a staging directory beside them and renamed into place, mode 0644. No upload,
// no second round trip.
func (p *Provisioner) install(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{}, r *records, token string) error {
	type file struct {
		dest string
		data []byte
	}
	files := []file{{bake.ManifestPath, r.manifest}, {runner.DigestPath, []byte(p.plan.BakeDigest + "\n")}}
	if r.sbom != nil {
		files = append(files, file{sbom.Path, r.sbom})
	}
	var archive bytes.Buffer
	tw := tar.NewWriter(&archive)
	var names []string
	for _, f := range files {
		dest, data := f.dest, f.data
		if path.Dir(dest) != recordsDir {
			return fmt.Errorf("parbake: %s is not in %s", dest, recordsDir) // both paths are constants
		}
		name := path.Base(dest)
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), ModTime: epoch, Format: tar.FormatUSTAR}); err != nil {
			return err
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
		names = append(names, name)
	}
	if err := tw.Close(); err != nil {
		return err
	}
	cmd := "sh -c " + runner.Quote(runner.RecordsScript(recordsDir, recordsDir+"/.parbake-"+token[:16], names))
	if p.sudo(generated) {
		cmd = "sudo -n " + cmd
	}
	if _, err := short(ctx, comm, cmd, &archive); err != nil {
		return fmt.Errorf("parbake: writing the manifest and bill of materials in %s on the machine: %w", recordsDir, err)
	}
	return nil
}
