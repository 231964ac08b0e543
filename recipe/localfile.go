package recipe

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// LocalFile is a file of the recipe's that a step copies to the machine: a file block's source or
// a step's script. Only its path, size and digest are kept; the bytes are streamed when the
// bundle is written, so memory stays bounded whatever the file's size.
type LocalFile struct {
	Path    string // absolute path on the machine running Packer
	Size    int64
	SHA256  string // hex
	ModTime time.Time
}

// ErrOutsideRecipe is wrapped when a source lies outside the recipe's directory without
// allow_outside = true.
var ErrOutsideRecipe = errors.New("is outside the recipe's directory")

// ErrNotRegular is wrapped when a source is a directory, FIFO, device or socket.
var ErrNotRegular = errors.New("is not a regular file")

func describeMode(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&os.ModeNamedPipe != 0:
		return "FIFO"
	case m&os.ModeDevice != 0:
		return "device"
	case m&os.ModeSocket != 0:
		return "socket"
	}
	return "special file"
}

// hashBuffers are reused across files: a recipe of thousands of small files would otherwise
// allocate a buffer for each.
var hashBuffers = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// hashLocal streams the file through SHA-256. The size must not change from what Stat said.
func hashLocal(path string, info os.FileInfo) (*LocalFile, error) {
	if lf, ok := cachedHash(path, info); ok {
		return lf, nil
	}
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	buf := hashBuffers.Get().(*[]byte)
	defer hashBuffers.Put(buf)
	n, err := io.CopyBuffer(h, struct{ io.Reader }{f}, *buf) // the struct hides WriteTo, which allocates a buffer a file
	if err != nil {
		return nil, err
	}
	if n != info.Size() {
		return nil, fmt.Errorf("%s changed while it was read", path)
	}
	lf := &LocalFile{Path: path, Size: n, SHA256: hex.EncodeToString(h.Sum(nil)), ModTime: info.ModTime()}
	keepHash(path, info, start, lf)
	return lf, nil
}

// Open opens the file for streaming and checks it is still the file that was hashed (same size
// and modification time), so the image gets what the plan's hash says.
func (l *LocalFile) Open() (*os.File, error) {
	f, err := os.Open(l.Path)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if info.Size() != l.Size || !info.ModTime().Equal(l.ModTime) {
		f.Close()
		return nil, fmt.Errorf("%s changed after it was planned; run the build again", l.Path)
	}
	return f, nil
}

// ReadAll reads the file whole, refusing one larger than limit before reading anything. Only the
// boot half uses it, for content that is inlined into user data anyway.
func (l *LocalFile) ReadAll(limit int64) ([]byte, error) {
	if l.Size > limit {
		return nil, fmt.Errorf("%s is %d bytes, more than the %d that fit in user data", l.Path, l.Size, limit)
	}
	f, err := l.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}
