package sbom

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"

	"github.com/parbake/packer-plugin-parbake/plan"
)

func exampleBOM(t *testing.T) []byte {
	t.Helper()
	p, err := plan.FromPath(filepath.Join("..", "example", "recipes", "web"), plan.Inputs{Role: "web"})
	if err != nil {
		t.Fatal(err)
	}
	m := Machine{OSID: "debian", OSVersion: "12", BaseImage: "ami-0123", Packages: []Package{
		{Type: "deb", Name: "nginx-light", Version: "1.22.1-9+deb12u9", Arch: "amd64"},
		{Type: "deb", Name: "less", Version: "590-2.1~deb12u2", Arch: "amd64"},
	}}
	b, err := Encode(Bake(p, "0.1.0", m))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The bill of materials is valid CycloneDX 1.5 (the official JSON schema), deterministic, and
// what Packer's hcp-sbom provisioner takes: JSON with bomFormat CycloneDX.
func TestBOMIsValidCycloneDX15(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	b := exampleBOM(t)
	if !bytes.Equal(b, exampleBOM(t)) {
		t.Error("the same bake gave two different documents")
	}
	// The schema refers to its neighbours by their cyclonedx.org addresses: serve them from
	// testdata, so the test needs no network.
	loader := gojsonschema.NewSchemaLoader()
	for _, name := range []string{"spdx.schema.json", "jsf-0.82.schema.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "schema", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := loader.AddSchema("http://cyclonedx.org/schema/"+name, gojsonschema.NewBytesLoader(data)); err != nil {
			t.Fatal(err)
		}
	}
	main, err := os.ReadFile(filepath.Join("testdata", "schema", "bom-1.5.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := loader.Compile(gojsonschema.NewBytesLoader(main))
	if err != nil {
		t.Fatal(err)
	}
	res, err := schema.Validate(gojsonschema.NewBytesLoader(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("schema: %s", e)
	}
	var doc struct {
		BOMFormat   string `json:"bomFormat"`
		SpecVersion string `json:"specVersion"`
		Metadata    struct {
			Timestamp string `json:"timestamp"`
		} `json:"metadata"`
		Components []struct {
			Name   string `json:"name"`
			Purl   string `json:"purl"`
			Type   string `json:"type"`
			Scope  string `json:"scope"`
			Hashes []struct {
				Alg     string `json:"alg"`
				Content string `json:"content"`
			} `json:"hashes"`
		} `json:"components"`
		Services []struct {
			Name string `json:"name"`
		} `json:"services"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.BOMFormat != "CycloneDX" || doc.SpecVersion != "1.5" || doc.Metadata.Timestamp != "" {
		t.Errorf("format %q, version %q, timestamp %q", doc.BOMFormat, doc.SpecVersion, doc.Metadata.Timestamp)
	}
	text := string(b)
	for _, want := range []string{
		`"purl": "pkg:deb/debian/nginx-light@1.22.1-9%2Bdeb12u9?arch=amd64\u0026distro=debian-12"`,
		`"name": "/etc/nginx/conf.d/tuning.conf"`, `"name": "parbake:base_image"`, `"value": "ami-0123"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the document lacks %s", want)
		}
	}
	files, excluded := 0, 0
	for _, c := range doc.Components {
		if c.Type == "file" && strings.HasPrefix(c.Name, "/") && c.Scope == "" {
			files++
			if len(c.Hashes) != 1 || c.Hashes[0].Alg != "SHA-256" || len(c.Hashes[0].Content) != 64 {
				t.Errorf("file %s without its sha256: %+v", c.Name, c.Hashes)
			}
		}
		if c.Scope == "excluded" {
			excluded++
		}
	}
	if files != 5 || excluded == 0 || len(doc.Services) != 1 || doc.Services[0].Name != "nginx" {
		t.Errorf("baked files %d (want 5), boot components %d, services %+v", files, excluded, doc.Services)
	}
}

func TestTimestampOnlyWithSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	if b := exampleBOM(t); !strings.Contains(string(b), `"timestamp": "2023-11-14T22:13:20Z"`) {
		t.Error("SOURCE_DATE_EPOCH was not used")
	}
}
