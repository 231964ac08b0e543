// Package bake renders the baked part of a plan into a bundle: a deterministic tar.gz holding a
// POSIX-sh runner, each step's script and data, and the manifest template. The provisioner
// streams it to the machine and runs it with one remote command.
package bake
