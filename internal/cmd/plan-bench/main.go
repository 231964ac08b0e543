// Command plan-bench times what happens on the build machine before anything is sent: planning
// a recipe, and planning plus rendering its bake bundle. It prints two times in milliseconds:
// the first run's, cold, as a plugin's first Prepare is, and the median of the later runs, which
// reuse the parse and the digests as Packer's second Prepare of a build does. `make bench-bake`
// starts it several times and compares the medians with the goals.
//
// With -parse it times hcl/v2's parse of the recipe's files alone, each run afresh: the floor
// under planning that parbake cannot lower without another HCL parser.
//
//	go run ./internal/cmd/plan-bench -recipe DIR [-render | -parse] [-n 15] [-cpuprofile FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/internal/gctune"
	"github.com/parbake/packer-plugin-parbake/plan"
)

func main() {
	recipePath := flag.String("recipe", "", "the recipe file or directory")
	render := flag.Bool("render", false, "render the bake bundle's scripts too")
	parseOnly := flag.Bool("parse", false, "time only hcl/v2's parse of the recipe's files")
	n := flag.Int("n", 15, "how many runs: the first, and the median of the rest, are printed")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the runs here")
	flag.Parse()
	gctune.Apply() // as the plugin does
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	var runs []time.Duration
	for i := 0; i < *n; i++ {
		start := time.Now()
		var err error
		if *parseOnly {
			err = parse(*recipePath)
		} else {
			var p *plan.Plan
			p, err = plan.FromPath(*recipePath, plan.Inputs{})
			if err == nil && *render {
				_, err = bake.Render(p)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "plan-bench:", err)
			os.Exit(1)
		}
		runs = append(runs, time.Since(start))
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	cold, warm := runs[0], runs[0]
	if later := runs[1:]; len(later) > 0 {
		sort.Slice(later, func(i, j int) bool { return later[i] < later[j] })
		warm = later[len(later)/2]
	}
	fmt.Printf("%.1f %.1f\n", ms(cold), ms(warm))
}

// parse parses the recipe's .hcl files with hcl/v2 and nothing else.
func parse(path string) error {
	files := []string{path}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*.hcl"))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if _, diags := hclsyntax.ParseConfig(src, f, hcl.InitialPos); diags.HasErrors() {
			return diags
		}
	}
	return nil
}
