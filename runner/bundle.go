package runner

import (
	"archive/tar"
	"bufio"
	"bytes"
	stdgzip "compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Bundle is a set of files that make a runner: run.sh, lib.sh, step scripts and their data.
// Entries hold small text in memory; a recipe's local files are referenced and streamed when
// the bundle is written, so writing a bundle of any size takes bounded memory.
type Bundle struct {
	mu      sync.Mutex // steps are added from several goroutines (AddSteps)
	entries map[string]entry
}

type entry struct {
	mode     int64
	data     []byte
	local    *recipe.LocalFile // streamed from disk when set
	files    []recipe.File     // a nested tar of a step's files, placed on the machine by pb_files
	size     int64
	uid, gid int // a staged file's owner (AddStaged); the bundle's own files are the runner's
}

// NewBundle returns an empty bundle.
func NewBundle() *Bundle { return &Bundle{entries: map[string]entry{}} }

// Add puts a file held in memory in the bundle; a later Add of the same name replaces it.
func (b *Bundle) Add(name string, mode int64, data []byte) {
	b.put(name, entry{mode: mode, data: data, size: int64(len(data))})
}

func (b *Bundle) put(name string, e entry) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.entries[name] = e
}

// AddLocal puts a recipe's local file in the bundle, to be streamed from disk.
func (b *Bundle) AddLocal(name string, mode int64, lf *recipe.LocalFile) {
	b.put(name, entry{mode: mode, local: lf, size: lf.Size})
}

// AddStaged puts one of a recipe's files in the bundle with its own mode and numeric owner, to be
// moved into place by pb_files: unpacking the bundle writes it once, where it stays until its
// step runs. Owners that are names are looked up on the machine when the step runs, so their
// files go through AddFiles instead.
func (b *Bundle) AddStaged(name string, f recipe.File) error {
	if namesOwner(f.Owner) {
		return fmt.Errorf("%s: owner %q is a name, looked up when the step runs; AddFiles places it", f.Path, f.Owner)
	}
	h, err := fileHeader(path.Dir(name), f)
	if err != nil {
		return err
	}
	e := entry{mode: h.Mode, size: f.Size(), uid: h.Uid, gid: h.Gid}
	if f.Source != nil {
		e.local = f.Source
	} else {
		e.data = f.Data
	}
	b.put(name, e)
	return nil
}

// AddFiles puts a tar of files in the bundle, each at its staging name on the machine (see
// FilesTar), with its mode and owner in its header.
func (b *Bundle) AddFiles(name string, files []recipe.File) error {
	var c countWriter
	if err := FilesTar(&c, files, zeros); err != nil {
		return err
	}
	b.put(name, entry{mode: 0o600, files: files, size: c.n})
	return nil
}

// Names lists the bundle's files in the order they are archived.
func (b *Bundle) Names() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	names := make([]string, 0, len(b.entries))
	for n := range b.entries {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// File returns the content of a file held in memory.
func (b *Bundle) File(name string) ([]byte, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	e, ok := b.entries[name]
	return e.data, ok && e.local == nil && e.files == nil
}

// Size is the total size of the bundle's files, before archiving.
func (b *Bundle) Size() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	var n int64
	for _, e := range b.entries {
		n += e.size
	}
	return n
}

// epoch is every entry's modification time: a bundle depends on its inputs, not on the clock.
var epoch = time.Unix(0, 0).UTC()

// WriteTarGz streams the bundle as a deterministic tar.gz: sorted names, fixed times and owners,
// and a gzip header with no name or time. Gzip runs at its fastest level: the bundle mostly
// crosses a fast link, and klauspost's fast levels store incompressible data almost for free.
func (b *Bundle) WriteTarGz(w io.Writer) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	if err := b.writeTar(gz); err != nil {
		return err
	}
	return gz.Close()
}

// WriteTarGzTracked is WriteTarGz with the archive, before compression, read through track: a
// progress bar sees the bytes of the files as they go, whatever they compress to. The tar
// crosses an unbuffered pipe, so memory stays bounded.
func (b *Bundle) WriteTarGzTracked(w io.Writer, track func(io.ReadCloser) io.ReadCloser) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(b.writeTar(pw)) }()
	// Reads of a whole MiB: a tracker may cost a round trip per read (Packer's UI is an RPC away
	// from a plugin), and the pipe alone would hand it the tar writer's 32 KiB pieces.
	tracked := track(io.NopCloser(fullReads{pr}))
	_, err = io.CopyBuffer(gz, tracked, make([]byte, trackChunk))
	tracked.Close()
	pr.CloseWithError(errStopped) // a failed copy must not leave the writer blocked
	if err != nil {
		return err
	}
	return gz.Close()
}

var errStopped = errors.New("the bundle's reader stopped")

// trackChunk is how much a tracked archive hands its tracker per read.
const trackChunk = 1 << 20

// fullReads fills each read's buffer unless the stream ends first.
type fullReads struct{ r io.Reader }

func (f fullReads) Read(p []byte) (int, error) {
	n, err := io.ReadFull(f.r, p)
	if err == io.ErrUnexpectedEOF {
		err = nil // a short last piece; the next read says EOF
	}
	return n, err
}

// writeTar writes the tar into w; closing w is the caller's.
func (b *Bundle) writeTar(w io.Writer) error {
	tw := tar.NewWriter(w)
	dirs := map[string]bool{}
	for _, name := range b.Names() {
		for _, d := range parents(name) {
			if !dirs[d] {
				dirs[d] = true
				if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: 0o700, ModTime: epoch, Format: tar.FormatPAX}); err != nil {
					return err
				}
			}
		}
		e := b.entries[name]
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: e.mode, Size: e.size, Uid: e.uid, Gid: e.gid, ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return err
		}
		if err := e.write(tw); err != nil {
			return fmt.Errorf("bundle entry %s: %w", name, err)
		}
	}
	return tw.Close()
}

func (e entry) write(w io.Writer) error {
	switch {
	case e.local != nil:
		f, err := e.local.Open()
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	case e.files != nil:
		return FilesTar(w, e.files, openFile)
	}
	_, err := w.Write(e.data)
	return err
}

// TarGz returns the archive in memory, compressed as small as gzip goes, for bundles that are
// small and inlined (boot user data counts every byte against EC2's limit).
func (b *Bundle) TarGz() ([]byte, error) {
	var buf bytes.Buffer
	gz, err := stdgzip.NewWriterLevel(&buf, stdgzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := b.writeTar(gz); err != nil {
		return nil, err
	}
	err = gz.Close()
	return buf.Bytes(), err
}

// DigestWriter hashes what is written through it, so a streamed bundle's digest comes free.
type DigestWriter struct {
	w io.Writer
	h interface {
		io.Writer
		Sum([]byte) []byte
	}
	n int64
}

// NewDigestWriter wraps w.
func NewDigestWriter(w io.Writer) *DigestWriter {
	return &DigestWriter{w: bufio.NewWriterSize(w, 1<<16), h: sha256.New()}
}

func (d *DigestWriter) Write(p []byte) (int, error) {
	n, err := d.w.Write(p)
	d.h.Write(p[:n])
	d.n += int64(n)
	return n, err
}

// Close flushes what is buffered.
func (d *DigestWriter) Close() error { return d.w.(*bufio.Writer).Flush() }

// Digest is "sha256:…" of everything written.
func (d *DigestWriter) Digest() string { return "sha256:" + hex.EncodeToString(d.h.Sum(nil)) }

// Len is how many bytes were written.
func (d *DigestWriter) Len() int64 { return d.n }

func parents(name string) []string {
	var out []string
	for i := 0; i < len(name); i++ {
		if name[i] == '/' {
			out = append(out, name[:i])
		}
	}
	return out
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
