package version

import "github.com/hashicorp/packer-plugin-sdk/version"

var (
	// Version is the main version number being run right now.
	Version = "0.1.0"
	// VersionPrerelease marks a pre-release; "dev" for local builds, empty for releases.
	VersionPrerelease = "dev"
	// VersionMetadata is optional build metadata.
	VersionMetadata = ""
	// PluginVersion is what `describe` reports to Packer.
	PluginVersion = version.NewPluginVersion(Version, VersionPrerelease, VersionMetadata)
)

// String is the version as users see it, e.g. 0.1.0-dev.
func String() string { return PluginVersion.String() }
