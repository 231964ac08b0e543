// Command plan-bench times what happens on the build machine before anything is sent: planning
// a recipe, and planning plus rendering its bake bundle. `make bench-bake` prints its medians
// against the goals.
//
//	go run ./internal/cmd/plan-bench -recipe DIR [-render] [-n 15] [-cpuprofile FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/internal/gctune"
	"github.com/parbake/packer-plugin-parbake/plan"
)

func main() {
	recipePath := flag.String("recipe", "", "the recipe file or directory")
	render := flag.Bool("render", false, "render the bake bundle's scripts too")
	n := flag.Int("n", 15, "how many runs; the median is printed")
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
		p, err := plan.FromPath(*recipePath, plan.Inputs{})
		if err == nil && *render {
			_, err = bake.Render(p)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "plan-bench:", err)
			os.Exit(1)
		}
		runs = append(runs, time.Since(start))
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i] < runs[j] })
	fmt.Printf("%.1f\n", float64(runs[len(runs)/2].Microseconds())/1000)
}
