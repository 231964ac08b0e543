package recipe

import (
	"os"
	"sync"
	"time"
)

// Planning hashes every local file, and Packer has a provisioner plan twice in a build, in one
// process. A file whose identity and times are what they were when it was hashed has the same
// bytes, as far as the file system can tell (LocalFile.Open trusts the same signs when it streams
// the file), so its digest is kept, one entry a path.
var hashed sync.Map // path → hashedFile

type hashedFile struct {
	id fileID
	lf LocalFile
}

// racyWindow: a file changed this shortly before it was hashed could change again within the
// same tick of the file system's clock without its times showing it (git's "racily clean"
// files), so its digest is not kept.
const racyWindow = time.Second

// cachedHash returns the digest kept for the file at path with info, if any.
func cachedHash(path string, info os.FileInfo) (*LocalFile, bool) {
	id, ok := identify(info)
	if !ok {
		return nil, false
	}
	v, ok := hashed.Load(path)
	if !ok || v.(hashedFile).id != id {
		return nil, false
	}
	lf := v.(hashedFile).lf
	return &lf, true
}

// keepHash remembers lf, hashed from the file at path with info starting at start, unless the
// file changed too shortly before.
func keepHash(path string, info os.FileInfo, start time.Time, lf *LocalFile) {
	id, ok := identify(info)
	if !ok || !id.changedBefore(start.Add(-racyWindow)) {
		hashed.Delete(path)
		return
	}
	hashed.Store(path, hashedFile{id: id, lf: *lf})
}
