//go:build linux || darwin || freebsd

package recipe

import (
	"os"
	"syscall"
	"time"
)

// fileID is what tells one version of a file from another without reading it: its device and
// inode, size, and modification and change times. The change time moves on every write and
// cannot be set back.
type fileID struct {
	dev, ino     uint64
	size         int64
	mtime, ctime int64 // nanoseconds
}

func identify(info os.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	c := statCtime(st)
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino), size: info.Size(), mtime: info.ModTime().UnixNano(), ctime: c.UnixNano()}, true
}

func (id fileID) changedBefore(t time.Time) bool {
	return id.mtime < t.UnixNano() && id.ctime < t.UnixNano()
}
