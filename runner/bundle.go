package runner

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"time"
)

// Bundle is a set of files that make a runner: run.sh, lib.sh, step scripts and their data.
type Bundle struct {
	entries map[string]entry
}

type entry struct {
	mode int64
	data []byte
}

// NewBundle returns an empty bundle.
func NewBundle() *Bundle { return &Bundle{entries: map[string]entry{}} }

// Add puts a file in the bundle; a later Add of the same name replaces it.
func (b *Bundle) Add(name string, mode int64, data []byte) {
	b.entries[name] = entry{mode: mode, data: data}
}

// Names lists the bundle's files in the order they are archived.
func (b *Bundle) Names() []string {
	names := make([]string, 0, len(b.entries))
	for n := range b.entries {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// File returns a file's content.
func (b *Bundle) File(name string) ([]byte, bool) {
	e, ok := b.entries[name]
	return e.data, ok
}

// epoch is every entry's modification time: a bundle depends on its inputs, not on the clock.
var epoch = time.Unix(0, 0).UTC()

// TarGz archives the bundle deterministically: sorted names, fixed times and owners, and a gzip
// header with no name or time, so the same bundle always gives the same bytes.
func (b *Bundle) TarGz() []byte {
	var buf bytes.Buffer
	gz, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	tw := tar.NewWriter(gz)
	dirs := map[string]bool{}
	for _, name := range b.Names() {
		for _, d := range parents(name) {
			if !dirs[d] {
				dirs[d] = true
				tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: 0o755, ModTime: epoch, Format: tar.FormatPAX})
			}
		}
		e := b.entries[name]
		tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: e.mode, Size: int64(len(e.data)), ModTime: epoch, Format: tar.FormatPAX})
		tw.Write(e.data)
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

// Digest is the sha256 of the archive, for logs and caching.
func Digest(archive []byte) string {
	sum := sha256.Sum256(archive)
	return "sha256:" + hex.EncodeToString(sum[:])
}

func parents(name string) []string {
	var out []string
	for i := 0; i < len(name); i++ {
		if name[i] == '/' {
			out = append(out, name[:i])
		}
	}
	return out
}
