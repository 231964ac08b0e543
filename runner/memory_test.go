package runner

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// TestLargeFileMemoryIsBounded plans and bundles a recipe with a 512 MiB file (sparse, so the
// test costs no disk) and checks that the heap never held more than a small fraction of it:
// the file is hashed and archived by streaming.
func TestLargeFileMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1 GiB")
	}
	const size = 512 << 20
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "big.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	src := "step \"big\" {\n  phase = \"bake\"\n  file \"/opt/big.bin\" {\n    source = \"big.bin\"\n  }\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "r.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	p, err := plan.FromPath(filepath.Join(dir, "r.hcl"), plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	b := NewBundle()
	if _, err := AddStep(b, Bake, 1, p.Steps[0], nil); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteTarGz(io.Discard); err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)

	// TotalAlloc counts every byte ever allocated, freed or not: a single copy of the file
	// would exceed the bound on its own.
	const bound = 64 << 20
	if grew := after.TotalAlloc - before.TotalAlloc; grew > bound {
		t.Errorf("planning and bundling a %d MiB file allocated %d MiB in all, want under %d MiB", size>>20, grew>>20, bound>>20)
	}
	if got := p.Steps[0].Content.Files[0]; got.Source == nil || got.Size() != size || got.Data != nil {
		t.Errorf("the file is not kept as a reference: %+v", got)
	}
}

// TestFilesTarSizeMatches checks that the size AddFiles computes for a step's files tar is the
// size WriteTarGz then streams, for content and source files alike.
func TestFilesTarSizeMatches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "src")
	if err := os.WriteFile(path, make([]byte, 1234), 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	lf := &recipe.LocalFile{Path: path, Size: 1234, ModTime: info.ModTime()}
	files := []recipe.File{
		{Path: "/etc/a b/x", Mode: "0600", Owner: "www-data:adm", Data: []byte("hello")},
		{Path: "/etc/a b/y", Mode: "4755", Owner: "1000", Source: lf},
		{Path: "/" + string(make([]byte, 0)) + "top", Mode: "0644", Owner: "root:root", Data: nil},
	}
	b := NewBundle()
	if err := b.AddFiles("f.tar", files); err != nil {
		t.Fatal(err)
	}
	var c countWriter
	if err := FilesTar(&c, files, openFile); err != nil {
		t.Fatal(err)
	}
	if c.n != b.Size() {
		t.Errorf("computed size %d, streamed %d", b.Size(), c.n)
	}
}
