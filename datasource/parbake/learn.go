package parbake

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// learn loads the timings file and adds the boot durations found in boot_reports, each boot
// once; it returns nil without timings.
func (c *Config) learn() (*timings.File, error) {
	if c.Timings == "" {
		if len(c.BootReports) > 0 {
			return nil, errors.New("boot_reports: set timings, the file where the measured durations are kept")
		}
		return nil, nil
	}
	t, err := timings.Load(c.Timings)
	if err != nil {
		return nil, fmt.Errorf("timings: %w", err)
	}
	added := 0
	for _, pattern := range c.BootReports {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			return nil, fmt.Errorf("boot_reports: %q: %w", pattern, err)
		}
		sort.Strings(paths)
		for _, path := range paths {
			boots, err := bootsIn(path)
			if err != nil {
				return nil, fmt.Errorf("boot_reports: %s: %w", path, err)
			}
			added += learnBoots(t, boots)
		}
	}
	if added > 0 {
		if err := t.Save(c.Timings); err != nil {
			return nil, fmt.Errorf("timings: %w", err)
		}
	}
	return t, nil
}

// learnBoots adds the boots not counted before to the timings file and says how many were new.
func learnBoots(t *timings.File, boots []boot.Boot) int {
	added := 0
	for _, b := range boots {
		if !t.FirstSight(b.ID) {
			continue
		}
		for _, s := range b.Timings {
			t.Add(s.Name, s.ShortHash, timings.Boot, s.Seconds)
		}
		added++
	}
	return added
}

// bootsIn reads the boots a report or a console log holds, by streaming it.
func bootsIn(path string) ([]boot.Boot, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return boot.BootsFrom(f)
}
