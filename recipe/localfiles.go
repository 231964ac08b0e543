package recipe

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// localFiles resolves and hashes a recipe's local files (sources and scripts) once each: loading
// checks that they exist, planning needs their digests, and they are the same files. A recipe of
// thousands of files costs one lstat a file plus one symlink walk per directory, and its hashing
// runs on every core while the recipe is still being checked.
type localFiles struct {
	dir      string
	rootOnce sync.Once
	root     string // dir with its symlinks resolved
	rootErr  error

	mu      sync.Mutex
	dirs    map[string]string // a directory → its symlinks resolved
	byKey   map[localKey]*localEntry
	entries []*localEntry // in the order they were asked for: the hashing order
	next    int           // the next entry a hashing worker takes
	workers int           // hashing workers running
	hashing bool          // whether resolved files are hashed in the background yet
}

type localKey struct {
	path         string
	allowOutside bool
}

type localEntry struct {
	real string
	info os.FileInfo
	err  error // resolving

	once    sync.Once // hashing: by a worker or by whoever needs it first, never twice
	lf      *LocalFile
	hashErr error
}

func newLocalFiles(dir string) *localFiles {
	return &localFiles{dir: dir, dirs: map[string]string{}, byKey: map[localKey]*localEntry{}}
}

// resolve finds a recipe-relative path, follows symlinks, and checks that it ends at a regular
// file inside the recipe directory (unless allowOutside), remembering the answer. It never opens
// the file, so a FIFO or a device cannot hang or flood the caller.
func (l *localFiles) resolve(p string, allowOutside bool) *localEntry {
	key := localKey{p, allowOutside}
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.byKey[key]; ok {
		return e
	}
	e := &localEntry{}
	e.real, e.info, e.err = l.find(p, allowOutside)
	l.byKey[key] = e
	l.entries = append(l.entries, e)
	l.wake()
	return e
}

func (l *localFiles) find(p string, allowOutside bool) (string, os.FileInfo, error) {
	full := p
	if !filepath.IsAbs(p) {
		full = filepath.Join(l.dir, p)
	} else if !allowOutside {
		return "", nil, fmt.Errorf("%s: an absolute path %w; write a path relative to the recipe, or set allow_outside = true", p, ErrOutsideRecipe)
	}
	parent, err := l.realDir(filepath.Dir(full))
	if err != nil {
		return "", nil, err
	}
	real := filepath.Join(parent, filepath.Base(full))
	info, err := os.Lstat(real)
	if err == nil && info.Mode()&os.ModeSymlink != 0 { // the rare case: walk the link
		if real, err = filepath.EvalSymlinks(real); err == nil {
			info, err = os.Stat(real)
		}
	}
	if err != nil {
		return "", nil, err
	}
	if !info.Mode().IsRegular() {
		return "", nil, fmt.Errorf("%s %w (it is a %s)", p, ErrNotRegular, describeMode(info.Mode()))
	}
	if !allowOutside {
		l.rootOnce.Do(func() { l.root, l.rootErr = filepath.EvalSymlinks(l.dir) })
		if l.rootErr != nil {
			return "", nil, l.rootErr
		}
		rel, err := filepath.Rel(l.root, real)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "", nil, fmt.Errorf("%s leads to %s, which %w; set allow_outside = true if that is meant", p, real, ErrOutsideRecipe)
		}
	}
	abs, err := filepath.Abs(real)
	return abs, info, err
}

// realDir resolves a directory's symlinks once. The caller holds l.mu.
func (l *localFiles) realDir(d string) (string, error) {
	if r, ok := l.dirs[d]; ok {
		return r, nil
	}
	r, err := filepath.EvalSymlinks(d)
	if err != nil {
		return "", err
	}
	l.dirs[d] = r
	return r, nil
}

// hashAll starts hashing every file resolved so far, and from now on each file as soon as it is
// resolved, on as many workers as there are cores: a recipe's decoding and validation (which
// resolve its files one by one) then overlap with the hashing that planning waits for. Whoever
// needs a file before a worker got to it hashes it, once.
func (l *localFiles) hashAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.hashing = true
	l.wake()
}

// wake starts workers for the entries no worker has taken, up to one a core. The caller holds
// l.mu.
func (l *localFiles) wake() {
	for l.hashing && l.workers < runtime.NumCPU() && l.workers < len(l.entries)-l.next {
		l.workers++
		go l.work()
	}
}

// work hashes entries in order until none is left.
func (l *localFiles) work() {
	for {
		l.mu.Lock()
		if l.next >= len(l.entries) {
			l.workers--
			l.mu.Unlock()
			return
		}
		e := l.entries[l.next]
		l.next++
		l.mu.Unlock()
		e.hash()
	}
}

func (e *localEntry) hash() {
	if e.err != nil {
		return
	}
	e.once.Do(func() { e.lf, e.hashErr = hashLocal(e.real, e.info) })
}

// file returns the resolved, hashed file, hashing it here if no worker has yet.
func (l *localFiles) file(p string, allowOutside bool) (*LocalFile, error, error) {
	e := l.resolve(p, allowOutside)
	if e.err != nil {
		return nil, e.err, nil
	}
	e.hash()
	return e.lf, nil, e.hashErr
}
