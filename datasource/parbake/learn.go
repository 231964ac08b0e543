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

// learn loads the timings file and adds, in memory, the boot durations found in boot_reports,
// each boot once; it returns nil without timings, and how many boots were new. Saving is
// Execute's: `packer validate` reads files and writes none.
func (c *Config) learn() (*timings.File, int, error) {
	if c.Timings == "" {
		if len(c.BootReports) > 0 {
			return nil, 0, errors.New("boot_reports: set timings, the file where the measured durations are kept")
		}
		return nil, 0, nil
	}
	t, err := timings.Load(c.Timings)
	if err != nil {
		return nil, 0, fmt.Errorf("timings: %w", err)
	}
	added := 0
	for _, pattern := range c.BootReports {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			return nil, 0, fmt.Errorf("boot_reports: %q: %w", pattern, err)
		}
		sort.Strings(paths)
		for _, path := range paths {
			boots, err := bootsIn(path)
			if err != nil {
				return nil, 0, fmt.Errorf("boot_reports: %s: %w", path, err)
			}
			added += boot.Learn(t, boots)
		}
	}
	return t, added, nil
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
