// Package parbake is the `post-processor "parbake"`: it proves each new AMI by launching it with
// its own user data and reading the boot runner's verdict from the console, then hands a proven
// image on to a launch template and an SSM parameter. The work is awsimage's; this is the adapter.
package parbake
