// Package runner renders plan steps into the POSIX-sh runner that both halves use: the bake
// runner inside `packer build`, and the boot runner in user data. Only what differs (service
// start, the boot guard, variable resolution) is chosen by Mode.
package runner
