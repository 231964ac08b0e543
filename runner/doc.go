// Package runner renders plan steps into the POSIX-sh runner that both halves use: the bake
// runner inside `packer build`, and the boot runner in user data. A step's script is the same in
// both but for what Mode decides: at boot a step starts its services (an image build must not
// leave daemons running) and restarts those whose boot configuration it is the last to write.
// The boot guard and the variables' resolution live in the boot package.
package runner
