package sbom

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/package-url/packageurl-go"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Path is where the bake's bill of materials is written on the image.
const Path = "/etc/parbake/sbom.cdx.json"

// Package is an OS package the bake installed or changed.
type Package struct {
	Type    string // deb, rpm or apk: the package URL type
	Name    string
	Version string
	Arch    string
}

// Machine is what the runner learned about the machine it baked.
type Machine struct {
	OSID, OSVersion string    // from /etc/os-release: debian, 12
	BaseImage       string    // the AMI the build started from (IMDS ami-id), when known
	Packages        []Package // installed or changed by the bake, in the order the runner listed them
}

// Bake builds the bill of materials for plan p's bake on machine m.
func Bake(p *plan.Plan, version string, m Machine) *cdx.BOM {
	bom := cdx.NewBOM()
	bom.SpecVersion = cdx.SpecVersion1_5
	bom.SerialNumber = serial(p.BakeDigest, m)
	props := []cdx.Property{
		{Name: "parbake:recipe", Value: p.Recipe},
		{Name: "parbake:role", Value: p.Role},
		{Name: "parbake:bake_digest", Value: p.BakeDigest},
	}
	if m.BaseImage != "" {
		props = append(props, cdx.Property{Name: "parbake:base_image", Value: m.BaseImage})
	}
	bom.Metadata = &cdx.Metadata{
		Timestamp: timestamp(),
		Tools: &cdx.ToolsChoice{Components: &[]cdx.Component{{
			Type: cdx.ComponentTypeApplication, Name: "parbake", Version: version, BOMRef: "tool:parbake",
		}}},
		Component: &cdx.Component{Type: cdx.ComponentTypeOS, BOMRef: "image", Name: imageName(p), Version: p.BakeDigest,
			Description: "The machine image baked from recipe " + p.Recipe},
		Properties: &props,
	}
	var comps []cdx.Component
	distro := ""
	if m.OSID != "" {
		distro = m.OSID + "-" + m.OSVersion
	}
	for _, pk := range m.Packages {
		comps = append(comps, packageComponent(pk, m.OSID, distro, ""))
	}
	var services []cdx.Service
	for _, s := range p.Steps {
		comps = append(comps, stepComponents(s)...)
		if s.Phase != recipe.PhaseBake {
			for _, name := range s.Content.Packages {
				comps = append(comps, packageComponent(Package{Type: pkgType(m), Name: name}, m.OSID, distro, s.Name))
			}
			continue
		}
		for _, svc := range s.Content.Services {
			if svc.Enable {
				services = append(services, cdx.Service{BOMRef: "service:" + svc.Name, Name: svc.Name,
					Properties: &[]cdx.Property{{Name: "parbake:step", Value: s.Name}, {Name: "parbake:enabled", Value: "true"}}})
			}
		}
	}
	bom.Components = &comps
	if len(services) > 0 {
		bom.Services = &services
	}
	return bom
}

// Encode writes the bill of materials as CycloneDX 1.5 JSON.
func Encode(bom *cdx.BOM) ([]byte, error) {
	var b bytes.Buffer
	enc := cdx.NewBOMEncoder(&b, cdx.BOMFileFormatJSON).SetPretty(true)
	if err := enc.EncodeVersion(bom, cdx.SpecVersion1_5); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// packageComponent is an OS package with its package URL. bootStep names the step that installs
// it at boot; such packages are not in the image, so their scope is excluded.
func packageComponent(pk Package, namespace, distro, bootStep string) cdx.Component {
	q := packageurl.Qualifiers{}
	if pk.Arch != "" {
		q = append(q, packageurl.Qualifier{Key: "arch", Value: pk.Arch})
	}
	if distro != "" {
		q = append(q, packageurl.Qualifier{Key: "distro", Value: distro})
	}
	purl := packageurl.NewPackageURL(pk.Type, namespace, pk.Name, pk.Version, q, "").ToString()
	c := cdx.Component{Type: cdx.ComponentTypeLibrary, BOMRef: purl, Name: pk.Name, Version: pk.Version, PackageURL: purl}
	if bootStep != "" {
		c.BOMRef = "boot:" + bootStep + ":" + purl
		c.Scope = cdx.ScopeExcluded
		c.Properties = &[]cdx.Property{{Name: "parbake:phase", Value: "boot"}, {Name: "parbake:step", Value: bootStep}}
	}
	return c
}

// stepComponents lists what a step writes and runs: files with their hashes, mode and owner, its
// script and commands by hash. Boot steps' are excluded from the image's scope.
func stepComponents(s *plan.Step) []cdx.Component {
	phase := string(s.Phase)
	var out []cdx.Component
	add := func(typ cdx.ComponentType, ref, name, sum string, extra ...cdx.Property) {
		props := append([]cdx.Property{{Name: "parbake:step", Value: s.Name}, {Name: "parbake:phase", Value: phase}}, extra...)
		c := cdx.Component{Type: typ, BOMRef: phase + ":" + s.Name + ":" + ref, Name: name, Properties: &props}
		if sum != "" {
			c.Hashes = &[]cdx.Hash{{Algorithm: cdx.HashAlgoSHA256, Value: sum}}
		}
		if s.Phase != recipe.PhaseBake {
			c.Scope = cdx.ScopeExcluded
		}
		out = append(out, c)
	}
	for _, f := range s.Content.Files {
		sum := f.SHA256()
		if f.Source == nil && recipe.HasPlaceholder(string(f.Data)) {
			sum = "" // assembled on the instance from values known only there
		}
		add(cdx.ComponentTypeFile, "file:"+f.Path, f.Path, sum, cdx.Property{Name: "parbake:mode", Value: f.Mode}, cdx.Property{Name: "parbake:owner", Value: f.Owner})
	}
	if sc := s.Content.Script; sc != nil {
		add(cdx.ComponentTypeFile, "script", "script of step "+s.Name, sc.Source.SHA256)
	}
	for i, cmd := range s.Content.Run {
		sum := sha256.Sum256([]byte(cmd))
		add(cdx.ComponentTypeData, "run["+strconv.Itoa(i)+"]", fmt.Sprintf("run[%d] of step %s", i, s.Name), hex.EncodeToString(sum[:]))
	}
	return out
}

func imageName(p *plan.Plan) string {
	if p.Role == "" {
		return p.Recipe
	}
	return p.Recipe + "-" + p.Role
}

func pkgType(m Machine) string {
	if len(m.Packages) > 0 {
		return m.Packages[0].Type
	}
	switch m.OSID {
	case "alpine":
		return "apk"
	case "rhel", "centos", "fedora", "amzn", "rocky", "almalinux", "opensuse-leap", "sles":
		return "rpm"
	}
	return "deb"
}

// serial derives the BOM's serial number from what it describes, so that it is deterministic:
// an RFC 4122 version 5-style UUID from a SHA-256.
func serial(digest string, m Machine) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n%s\n", digest, m.OSID, m.OSVersion, m.BaseImage)
	for _, p := range m.Packages {
		fmt.Fprintf(h, "%s %s %s %s\n", p.Type, p.Name, p.Version, p.Arch)
	}
	b := h.Sum(nil)[:16]
	b[6] = (b[6] & 0x0f) | 0x50
	b[8] = (b[8] & 0x3f) | 0x80
	x := hex.EncodeToString(b)
	return fmt.Sprintf("urn:uuid:%s-%s-%s-%s-%s", x[:8], x[8:12], x[12:16], x[16:20], x[20:])
}

// timestamp is empty unless SOURCE_DATE_EPOCH asks for one: the same bake gives the same bytes.
func timestamp() string {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return ""
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return ""
	}
	return time.Unix(n, 0).UTC().Format(time.RFC3339)
}
