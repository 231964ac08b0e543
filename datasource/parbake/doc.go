// Package parbake is the `data "parbake"` data source: it plans a recipe on the machine running
// Packer, renders the steps left for boot as EC2 user data, and checks that the user data pairs
// with the image it will boot.
package parbake
