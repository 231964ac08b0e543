package parbake

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/bake"
)

// generalize runs the bake's last command: it removes what the image must not keep from this
// build, and logs each thing it cleaned.
func (p *Provisioner) generalize(ctx context.Context, comm packersdk.Communicator, generated map[string]interface{}, say func(string)) error {
	generalize, cleanCloudInit := on(p.config.Generalize), on(p.config.CleanCloudInit)
	if !generalize && !cleanCloudInit {
		return nil
	}
	key := buildPublicKey(p.config.BuildPublicKey, generated)
	// The script arrives on standard input: nothing is uploaded, nothing is left behind.
	cmd := "env " + shellEnv([][2]string{
		{"PARBAKE_BUILD_KEY", key},
		{"PARBAKE_CLEAN_CLOUD_INIT", flag(cleanCloudInit)},
		{"PARBAKE_GENERALIZE", flag(generalize)},
		{"PARBAKE_STAGING_DIR", p.config.StagingDir},
	}) + " sh -s"
	if p.sudo(generated) {
		cmd = "sudo -n " + cmd
	}
	out, err := short(ctx, comm, cmd, bytes.NewReader(bake.Generalize))
	if err != nil {
		return fmt.Errorf("parbake: generalizing the image: %w", err)
	}
	for _, line := range strings.Split(out, "\n") {
		if line != "" {
			say(line)
		}
	}
	if generalize && key == "" {
		say("parbake: no build key to remove (Packer generated none for this build, neither public nor private, and build_public_key is not set)")
	}
	return nil
}
