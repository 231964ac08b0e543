// Package ec2box is a local EC2 for tests: it speaks EC2's Query protocol (and, for the services
// an instance reaches at boot, SSM's JSON protocol) to the real clients — packer-plugin-amazon's
// amazon-ebs, the AWS CLI, aws-sdk-go-v2 — and runs each instance as a sandbox machine.
//
// The protocol and EC2's state live here, in memory; the machines live behind the Machines
// interface, so the protocol is tested without root and the e2e suite boots real ones.
// Test-only code: nothing in the plugin imports it.
package ec2box
