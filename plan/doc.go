// Package plan places each step of a recipe in the bake or the boot phase, with a reason, and
// hashes the result. Make is a pure function of its inputs: no clock, no map order.
package plan
