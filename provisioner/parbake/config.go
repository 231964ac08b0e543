//go:generate go tool packer-sdc mapstructure-to-hcl2 -type Config
//go:generate go tool packer-sdc struct-markdown

package parbake

import (
	"time"

	"github.com/hashicorp/packer-plugin-sdk/common"
	"github.com/hashicorp/packer-plugin-sdk/template/interpolate"
)

// Config is the provisioner's configuration.
type Config struct {
	common.PackerConfig `mapstructure:",squash"`

	// Path to the recipe: one `.hcl` file, or a directory whose `.hcl` files are read in name
	// order. A relative path is taken from the directory Packer runs in; write
	// `"${path.root}/recipes/web"` to make it relative to the template.
	Recipe string `mapstructure:"recipe" required:"true"`
	// Values for the recipe's variables, as strings. Lists and maps are given as JSON.
	// Values of variables the recipe marks `sensitive` are masked in all output.
	Variables map[string]string `mapstructure:"variables"`
	// The role to bake for. Steps with `roles` are baked only for those roles. On a shared base
	// image, leave it unset to bake only the steps every role shares.
	Role string `mapstructure:"role"`
	// Run the bake with `sudo -n`. Defaults to true when the communicator's user is not root.
	UseSudo *bool `mapstructure:"use_sudo"`
	// The command that unpacks and runs the bundle, which arrives on its standard input as a
	// tar.gz. It is a template with `{{.Vars}}` (the runner's environment: PARBAKE_RUN_DIR,
	// PARBAKE_STAGING_DIR, PARBAKE_TOKEN, PARBAKE_SKIP_CLEAN, PARBAKE_WAIT_CLOUD_INIT and
	// PARBAKE_INVENTORY, quoted for the shell), `{{.Sudo}}` (true when use_sudo applies) and
	// `{{.StagingDir}}`. The default unpacks the bundle into a new directory of the staging
	// directory and runs its `run.sh` with `sh`. A command of your own must unpack it with the
	// modes it holds (`tar -xpzf`, which root gets anyway): the recipe's files are in it with
	// their own modes, and are moved from there into place. After a reboot, the unpacked `run.sh` is run
	// again with the same environment (with `sudo -n` when use_sudo applies), not through this
	// command.
	ExecuteCommand string `mapstructure:"execute_command"`
	// Directory on the machine where the bundle is unpacked; each run uses its own
	// subdirectory, named with a random token, removed afterwards unless `skip_clean` is set.
	// Defaults to `/var/tmp/parbake`.
	StagingDir string `mapstructure:"staging_dir"`
	// Keep the unpacked bundle on the machine after the bake, for debugging.
	SkipClean bool `mapstructure:"skip_clean"`
	// Wait for a running cloud-init to finish before the first step (polling `cloud-init status`
	// while it says `running`, for 30 minutes at most), so package installs don't race it for the
	// apt lock. A cloud-init that is not running (none, or cleaned by an earlier bake) is not
	// waited for. Defaults to true.
	WaitForCloudInit *bool `mapstructure:"wait_for_cloud_init"`
	// Run `cloud-init clean --logs` after the last step, if the machine has cloud-init, so that
	// instances launched from the image run their user data. Defaults to true.
	CleanCloudInit *bool `mapstructure:"clean_cloud_init"`
	// Leave the image clean of this build, after the last step (defaults to true; set false to
	// opt out): remove the build's SSH public key from every account's `authorized_keys`, empty
	// `/etc/machine-id` (keeping the file, so each instance makes its own), and remove parbake's
	// staging directory. The log lists what was cleaned. The key is `build_public_key`, or the
	// one Packer generated for this build (`SSHPublicKey` in the build's generated data), or the
	// public half of its `SSHPrivateKey` (amazon-ebs's temporary key pair, made by EC2). A
	// provisioner after parbake that reconnects (after a reboot, or with `expect_disconnect`)
	// can no longer log in with that key: make parbake the last provisioner, or set this false.
	Generalize *bool `mapstructure:"generalize"`
	// The public key ("ssh-ed25519 AAAA… comment") this build logs in with, when Packer did not
	// generate it: for example a key made for this build only and given to the null builder as
	// `ssh_private_key_file`. `generalize` removes it from `authorized_keys`. A long-lived key of
	// your own should not be given here.
	BuildPublicKey string `mapstructure:"build_public_key"`
	// How long to wait for the machine to come back when a step reboots it (`reboot` in the
	// recipe, or a step script that exits 194). Defaults to 10m.
	RebootTimeout time.Duration `mapstructure:"reboot_timeout"`
	// Don't write the bill of materials. It costs a bake a copy and a comparison of the package
	// database, and one more remote command.
	SkipSBOM bool `mapstructure:"skip_sbom"`
	// Local path where a copy of the bake's bill of materials (CycloneDX 1.5 JSON) is written. The
	// image always holds it at `/etc/parbake/sbom.cdx.json`.
	SBOMOutput string `mapstructure:"sbom_output"`
	// The bake manifest of the previous image: the log then says, before the bake, what this bake
	// changes compared with it, and with `certify_every` in the recipe's policy, which changes
	// need a new review.
	PreviousManifest string `mapstructure:"previous_manifest"`
	// A timings file (JSON, safe to commit) that learns: the plan decides from the durations
	// measured in it, and this bake adds its own. See "Measure, then decide" in the docs.
	Timings string `mapstructure:"timings"`
	// Local path where a copy of the bake manifest is written after a successful bake, for the
	// `parbake` data source's `bake_manifest` pairing check. The image always holds it at
	// `/etc/parbake/manifest.json`.
	ManifestOutput string `mapstructure:"manifest_output"`
	// A file to write a picture of the plan to (SVG), as the data source's `plan_svg_output`:
	// the bake and one boot as a timeline, and boot time per day against launches per day.
	// Written when the bake starts.
	PlanSVGOutput string `mapstructure:"plan_svg_output"`

	ctx interpolate.Context
}

// DefaultRebootTimeout is how long a reboot may take unless reboot_timeout says otherwise.
const DefaultRebootTimeout = 10 * time.Minute

// DefaultStagingDir is where bundles are unpacked unless staging_dir says otherwise. /var/tmp
// survives reboots during a build, unlike /tmp on many images.
const DefaultStagingDir = "/var/tmp/parbake"

// DefaultExecuteCommand unpacks the bundle and runs it, in one remote command.
const DefaultExecuteCommand = `{{if .Sudo}}sudo -n {{end}}env {{.Vars}} sh -c ` +
	`'umask 077 && mkdir -p "$PARBAKE_RUN_DIR" && ` +
	`tar -xpzf - -C "$PARBAKE_RUN_DIR" && exec sh "$PARBAKE_RUN_DIR/run.sh" </dev/null'`

// executeData is what execute_command's template sees.
type executeData struct {
	Vars       string
	Sudo       bool
	StagingDir string
}
