package parbake

import (
	"strings"
)

// generalizeScript is bake.Generalize's name in the records' tar, beside the records.
const generalizeScript = "generalize.sh"

// generalizeEnv is the environment the generalize script runs with (a shell word list for env),
// and whether it runs at all: not when generalize and clean_cloud_init are both off.
func (p *Provisioner) generalizeEnv(generated map[string]interface{}) (string, bool) {
	generalize, cleanCloudInit := on(p.config.Generalize), on(p.config.CleanCloudInit)
	if !generalize && !cleanCloudInit {
		return "", false
	}
	return shellEnv([][2]string{
		{"PARBAKE_BUILD_KEY", buildPublicKey(p.config.BuildPublicKey, generated)},
		{"PARBAKE_CLEAN_CLOUD_INIT", flag(cleanCloudInit)},
		{"PARBAKE_GENERALIZE", flag(generalize)},
		{"PARBAKE_STAGING_DIR", p.config.StagingDir},
	}), true
}

// sayGeneralized logs what the generalize script cleaned, a line each, and says when there was
// no build key to remove.
func (p *Provisioner) sayGeneralized(out string, generated map[string]interface{}, say func(string)) {
	for _, line := range strings.Split(out, "\n") {
		if line != "" {
			say(line)
		}
	}
	if on(p.config.Generalize) && buildPublicKey(p.config.BuildPublicKey, generated) == "" {
		say("parbake: no build key to remove (Packer generated none for this build, neither public nor private, and build_public_key is not set)")
	}
}
