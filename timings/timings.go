package timings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
)

// Window is how many samples are kept per step and phase: old ones drop out, so a machine that
// got faster is believed after a while.
const Window = 20

// maxSeen bounds the list of sources already counted.
const maxSeen = 200

// Version is the file format's version.
const Version = 1

// File is a timings file.
type File struct {
	Version int     `json:"version"`
	Steps   []Entry `json:"steps"`
	// Seen identifies the boot reports and console lines already counted, so that planning again
	// with the same reports does not count them twice. Bounded.
	Seen []string `json:"seen,omitempty"`
}

// Entry is one step at one content hash: a step whose content changed is a new entry, and falls
// back to its estimate until it is measured again.
type Entry struct {
	Name string    `json:"name"`
	Hash string    `json:"hash"` // the step hash's first 12 hex digits
	Bake []float64 `json:"bake,omitempty"`
	Boot []float64 `json:"boot,omitempty"`
}

// Phase is where a sample was measured.
type Phase string

const (
	Bake Phase = "bake"
	Boot Phase = "boot"
)

// Load reads a timings file; a missing file is an empty one.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &File{Version: Version}, nil
	}
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a parbake timings file: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: timings file version %d; this parbake reads version %d", path, f.Version, Version)
	}
	return &f, nil
}

// Save writes the file atomically, in a fixed order, so that the same samples give the same bytes.
func (f *File) Save(path string) error {
	sort.Slice(f.Steps, func(i, j int) bool {
		if f.Steps[i].Name != f.Steps[j].Name {
			return f.Steps[i].Name < f.Steps[j].Name
		}
		return f.Steps[i].Hash < f.Steps[j].Hash
	})
	f.Version = Version
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'))
}

// Add records one sample, keeping the last Window per step and phase.
func (f *File) Add(name, shortHash string, phase Phase, seconds float64) {
	seconds, _ = strconv.ParseFloat(strconv.FormatFloat(seconds, 'f', 3, 64), 64) // milliseconds suffice
	e := f.entry(name, shortHash)
	samples := &e.Boot
	if phase == Bake {
		samples = &e.Bake
	}
	*samples = append(*samples, seconds)
	if len(*samples) > Window {
		*samples = (*samples)[len(*samples)-Window:]
	}
}

func (f *File) entry(name, hash string) *Entry {
	for i := range f.Steps {
		if f.Steps[i].Name == name && f.Steps[i].Hash == hash {
			return &f.Steps[i]
		}
	}
	f.Steps = append(f.Steps, Entry{Name: name, Hash: hash})
	return &f.Steps[len(f.Steps)-1]
}

// FirstSight records a source (a report's digest) and reports whether it is new.
func (f *File) FirstSight(id string) bool {
	for _, s := range f.Seen {
		if s == id {
			return false
		}
	}
	f.Seen = append(f.Seen, id)
	if len(f.Seen) > maxSeen {
		f.Seen = f.Seen[len(f.Seen)-maxSeen:]
	}
	return true
}

// Sample summarises one phase's samples of a step.
type Sample struct {
	Median float64 // seconds
	N      int
}

// Lookup returns the medians of a step at a content hash, per phase; N is 0 where none.
func (f *File) Lookup(name, shortHash string) (bake, boot Sample) {
	if f == nil {
		return
	}
	for _, e := range f.Steps {
		if e.Name == name && e.Hash == shortHash {
			return summarise(e.Bake), summarise(e.Boot)
		}
	}
	return
}

func summarise(samples []float64) Sample {
	if len(samples) == 0 {
		return Sample{}
	}
	s := append([]float64{}, samples...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return Sample{Median: m, N: len(s)}
}

// ShortHash is the part of a step hash a timings file (and a boot summary line) carries.
func ShortHash(h string) string {
	h = strings.TrimPrefix(h, "sha256:")
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
