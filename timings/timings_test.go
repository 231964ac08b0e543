package timings

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestMediansWindowAndDeterminism(t *testing.T) {
	f := &File{Version: Version}
	for i := 1; i <= 25; i++ {
		f.Add("site", "1a2b3c4d5e6f", Boot, float64(i))
	}
	f.Add("site", "1a2b3c4d5e6f", Bake, 2)
	f.Add("site", "1a2b3c4d5e6f", Bake, 4)
	f.Add("motd", "ffeeddccbbaa", Boot, 0.0071234)
	bake, boot := f.Lookup("site", "1a2b3c4d5e6f")
	if boot.N != Window || boot.Median != 15.5 || bake.N != 2 || bake.Median != 3 {
		t.Errorf("bake %+v boot %+v", bake, boot)
	}
	if _, b := f.Lookup("site", "000000000000"); b.N != 0 {
		t.Error("a changed step inherited the old measurements")
	}
	if _, b := f.Lookup("motd", "ffeeddccbbaa"); b.Median != 0.007 {
		t.Errorf("motd median %v, want 0.007", b.Median)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	if err := f.Save(a); err != nil {
		t.Fatal(err)
	}
	g, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Save(b); err != nil {
		t.Fatal(err)
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if !bytes.Equal(da, db) || !bytes.HasPrefix(da, []byte("{\n  \"version\": 1,\n  \"steps\": [\n    {\n      \"name\": \"motd\"")) {
		t.Errorf("not deterministic or not sorted:\n%s\n%s", da, db)
	}
}

func TestFirstSightAndMissingFile(t *testing.T) {
	f, err := Load(filepath.Join(t.TempDir(), "none.json"))
	if err != nil || len(f.Steps) != 0 {
		t.Fatalf("%v %+v", err, f)
	}
	if !f.FirstSight("x") || f.FirstSight("x") {
		t.Error("a source was counted twice, or not at all")
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), "bad.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
}
