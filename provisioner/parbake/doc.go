// Package parbake is the `provisioner "parbake"`: it runs the baked part of a recipe's plan on
// the machine being imaged, from one uploaded bundle and one remote command.
package parbake
