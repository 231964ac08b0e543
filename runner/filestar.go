package runner

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// StageDir is the directory, inside each destination's own directory, where a step's files are
// unpacked before they are renamed into place. Being in the same directory makes the rename
// atomic; being mode 0700 means no other process sees a file before its mode and owner are set.
const StageDir = ".parbake-stage"

// FilesTar writes a tar of files for `tar -xpmf - -C /` on the machine: for each destination
// directory, a 0700 staging directory entry, then each file at DIR/.parbake-stage/NAME with its
// mode and owner in the header. No entry names a real directory, so extraction never changes the
// mode or owner of one that exists (parents that don't exist are created by tar).
// open supplies each file's bytes; the count must match the file's size.
func FilesTar(w io.Writer, files []recipe.File, open func(recipe.File) (io.ReadCloser, error)) error {
	tw := tar.NewWriter(w)
	for _, dir := range FileDirs(files) {
		stage := path.Join(strings.TrimPrefix(dir, "/"), StageDir)
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: stage + "/", Mode: 0o700, ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return err
		}
		for _, f := range files {
			if path.Dir(f.Path) != dir {
				continue
			}
			h, err := fileHeader(stage, f)
			if err != nil {
				return err
			}
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			r, err := open(f)
			if err != nil {
				return err
			}
			_, err = io.Copy(tw, r)
			r.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", f.Path, err)
			}
		}
	}
	return tw.Close()
}

// FileDirs lists the files' destination directories in order of first appearance.
func FileDirs(files []recipe.File) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		d := path.Dir(f.Path)
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

func fileHeader(stage string, f recipe.File) (*tar.Header, error) {
	mode, err := strconv.ParseInt(f.Mode, 8, 64)
	if err != nil {
		return nil, fmt.Errorf("%s: mode %q: %w", f.Path, f.Mode, err)
	}
	h := &tar.Header{Typeflag: tar.TypeReg, Name: path.Join(stage, path.Base(f.Path)), Mode: mode,
		Size: f.Size(), ModTime: epoch, Format: tar.FormatPAX}
	user, group, _ := strings.Cut(f.Owner, ":")
	if group == "" {
		group = "root" // as `chown user` of a file root created: the group stays root's
	}
	h.Uid, h.Uname = owner(user)
	h.Gid, h.Gname = owner(group)
	return h, nil
}

// owner maps a name or number to tar's (id, name): tar on the machine looks names up there, and
// falls back to the id, which is why pb_owner checks that named owners exist first.
func owner(s string) (int, string) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, ""
	}
	if s == "root" {
		return 0, "root"
	}
	return 0, s
}

// zeros stands in for every file's bytes when only the tar's size is wanted.
func zeros(f recipe.File) (io.ReadCloser, error) {
	return io.NopCloser(io.LimitReader(zeroReader{}, f.Size())), nil
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func openFile(f recipe.File) (io.ReadCloser, error) {
	if f.Source != nil {
		return f.Source.Open()
	}
	return io.NopCloser(bytes.NewReader(f.Data)), nil
}
