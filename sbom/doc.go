// Package sbom writes a CycloneDX 1.5 bill of materials of a bake: the OS packages the bake
// installed or changed, the files it wrote, its scripts and commands by hash, the services it
// enabled, and, in a separate scope, what is left for boot. It uses cyclonedx-go and
// packageurl-go, and is deterministic: the same bake gives the same bytes.
package sbom
