// Command plan-picture draws a recipe's plan as the data source does (plan_svg_output and
// plan_markdown), so that `make generate` keeps the docs' picture of the example current.
//
//	go run ./internal/cmd/plan-picture -recipe example/recipes/web -role web -svg OUT.svg -md OUT.md
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parbake/packer-plugin-parbake/internal/atomicfile"
	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
)

func main() {
	recipePath := flag.String("recipe", "", "the recipe file or directory")
	role := flag.String("role", "", "the role to plan for")
	svg := flag.String("svg", "", "where to write the SVG")
	md := flag.String("md", "", "where to write the Markdown")
	flag.Parse()
	if err := run(*recipePath, *role, *svg, *md); err != nil {
		fmt.Fprintln(os.Stderr, "plan-picture:", err)
		os.Exit(1)
	}
}

func run(recipePath, role, svg, md string) error {
	p, err := plan.FromPath(recipePath, plan.Inputs{Role: role})
	if err != nil {
		return err
	}
	if svg != "" {
		if err := atomicfile.Write(svg, picture.SVG(p)); err != nil {
			return err
		}
	}
	if md != "" {
		return atomicfile.Write(md, []byte(picture.Markdown(p)))
	}
	return nil
}
