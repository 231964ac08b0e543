// Package instancetypes knows what parbake must about EC2 instance types: which run on Xen.
package instancetypes

import "strings"

// xenFamilies are the instance families that run on the Xen hypervisor, not on the Nitro System
// (EC2 user guide, "Instances built on the AWS Nitro System"). On them GetConsoleOutput has no
// Latest: the console shows only what was posted shortly after the last state transition, so a
// boot part's verdict, printed after the instance is running, does not appear until it stops.
var xenFamilies = map[string]string{
	// family → a Nitro family of the same architecture (x86_64) and purpose
	"t1": "t3", "t2": "t3", "m1": "m5", "m2": "r5", "m3": "m5", "m4": "m5", "c1": "c5", "c3": "c5",
	"c4": "c5", "r3": "r5", "r4": "r5", "i2": "i3en", "i3": "i3en", "d2": "d3", "g3": "g4dn",
	"p2": "p3dn", "p3": "p3dn", "x1": "x2idn", "x1e": "x2iedn", "h1": "d3en", "f1": "f2",
	"cc2": "c5", "cr1": "r5", "hs1": "d3",
}

// IsXen reports whether an instance type runs on Xen.
func IsXen(instanceType string) bool {
	family, _, _ := strings.Cut(instanceType, ".")
	_, ok := xenFamilies[family]
	return ok
}

// NitroAlternative names a Nitro instance type like a Xen one: the same size in the family that
// replaced it (t2.micro → t3.micro), or "" for a type that is not Xen.
func NitroAlternative(instanceType string) string {
	family, size, _ := strings.Cut(instanceType, ".")
	nitro, ok := xenFamilies[family]
	if !ok {
		return ""
	}
	small := size == "nano" || size == "micro" || size == "small" || size == "medium"
	switch {
	case nitro == "t3" && (small || size == "large" || size == "xlarge" || size == "2xlarge"):
	case nitro == "t3", small, size == "":
		size = "large" // t3 stops at 2xlarge; the others start at large
	}
	return nitro + "." + size
}
