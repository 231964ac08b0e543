// Package version holds the plugin's version. Releases set Version and VersionPrerelease with
// -ldflags "-X github.com/parbake/packer-plugin-parbake/version.Version=X.Y.Z
// -X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=".
package version
