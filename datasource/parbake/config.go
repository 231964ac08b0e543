//go:generate go tool packer-sdc mapstructure-to-hcl2 -type Config,DatasourceOutput
//go:generate go tool packer-sdc struct-markdown

// Package parbake is the `data "parbake"` data source: it plans a recipe on the machine running
// Packer and exposes the plan to the rest of the template.
package parbake

import "github.com/hashicorp/packer-plugin-sdk/common"

// Config is the data source's configuration.
type Config struct {
	common.PackerConfig `mapstructure:",squash"`

	// Path to the recipe: one `.hcl` file, or a directory whose `.hcl` files are read in name
	// order. A relative path is taken from the directory Packer runs in; write
	// `"${path.root}/recipes/web"` to make it relative to the template.
	Recipe string `mapstructure:"recipe" required:"true"`
	// Values for the recipe's variables, as strings. Lists and maps are given as JSON. Boot
	// variables with no `from` take their value from here when the boot part is rendered.
	Variables map[string]string `mapstructure:"variables"`
	// The role to plan for. Steps with `roles` are planned only for those roles; with no role,
	// only the steps every role shares are planned.
	Role string `mapstructure:"role"`
}

// DatasourceOutput is what `data.parbake.NAME` exposes.
type DatasourceOutput struct {
	// The plan as a table: each step's phase, estimate and the reason for its placement.
	Plan string `mapstructure:"plan"`
	// The plan as JSON, with each step's hash.
	PlanJSON string `mapstructure:"plan_json"`
	// Names of the steps baked into the image, in order.
	BakeSteps []string `mapstructure:"bake_steps"`
	// Names of the steps left for boot, in order.
	BootSteps []string `mapstructure:"boot_steps"`
	// Digest of the baked steps (`sha256:…`): the identity of what the image holds.
	BakeDigest string `mapstructure:"bake_digest"`
	// Tags for the image, `parbake:digest` and `parbake:recipe`, ready for an amazon-ebs `tags`
	// block, so that boot user data can later be paired with the image.
	ImageTags map[string]string `mapstructure:"image_tags"`
}
