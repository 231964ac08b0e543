package main

import (
	"fmt"
	"os"

	"github.com/hashicorp/packer-plugin-sdk/plugin"

	parbakeData "github.com/parbake/packer-plugin-parbake/datasource/parbake"
	"github.com/parbake/packer-plugin-parbake/internal/gctune"
	parbakePP "github.com/parbake/packer-plugin-parbake/postprocessor/parbake"
	parbakeProv "github.com/parbake/packer-plugin-parbake/provisioner/parbake"
	"github.com/parbake/packer-plugin-parbake/version"
)

func main() {
	gctune.Apply()
	pps := plugin.NewSet()
	pps.RegisterProvisioner(plugin.DEFAULT_NAME, new(parbakeProv.Provisioner))
	pps.RegisterDatasource(plugin.DEFAULT_NAME, new(parbakeData.Datasource))
	pps.RegisterPostProcessor(plugin.DEFAULT_NAME, new(parbakePP.PostProcessor))
	pps.SetVersion(version.PluginVersion)
	if err := pps.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err.Error())
		os.Exit(1)
	}
}
