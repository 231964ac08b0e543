// Command bakebundle writes the bake bundle (tar.gz) that the provisioner would upload for a
// recipe, so the benchmark can time a raw `ssh … tar x && sh run.sh` of exactly the same bytes.
//
//	go run ./internal/tools/bakebundle RECIPE [ROLE] > bundle.tar.gz
package main

import (
	"fmt"
	"os"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/version"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: bakebundle RECIPE [ROLE] > bundle.tar.gz")
		os.Exit(2)
	}
	role := ""
	if len(os.Args) > 2 {
		role = os.Args[2]
	}
	p, err := plan.FromPath(os.Args[1], plan.Inputs{Role: role})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	b, err := bake.Render(p, version.String())
	if err == nil {
		err = b.WriteTarGz(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
