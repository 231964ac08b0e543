//go:build e2e

package e2e

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/picture"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// TestPictureRendersInABrowser draws the example's plan and has headless Chromium (Debian's,
// installed by scripts/setup.sh) render it to PNG: the picture is not blank, and both phases'
// colours show.
func TestPictureRendersInABrowser(t *testing.T) {
	p, err := plan.FromPath(filepath.Join(repoRoot, "example", "recipes", "web"), plan.Inputs{Role: "web"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	svg := filepath.Join(dir, "web.plan.svg")
	must(t, os.WriteFile(svg, picture.SVG(p), 0o644))
	shot := filepath.Join(dir, "web.plan.png")
	// The flags keep Chromium off the network, which this machine does not have anyway.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1000,700", "--screenshot="+shot, "file://"+svg)
	// Its own process group: a Chromium that hangs goes with all its helpers.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	must(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("chromium wrote no PNG: %v", err)
	}
	inked, bake, boot := census(img)
	total := img.Bounds().Dx() * img.Bounds().Dy()
	t.Logf("%d of %d pixels drawn; %d bake blue, %d boot orange", inked, total, bake, boot)
	if inked < total/100 {
		t.Errorf("the picture is blank: %d of %d pixels drawn", inked, total)
	}
	if bake < 100 || boot < 20 {
		t.Errorf("the bars' colours are missing: %d bake, %d boot pixels", bake, boot)
	}
}

// census counts pixels that are not white, and those of the bake and boot colours (#2f6f9f,
// #d9822b, give or take antialiasing).
func census(img image.Image) (inked, bake, boot int) {
	near := func(r, g, b uint32, want [3]uint32) bool {
		d := func(a, b uint32) uint32 {
			if a > b {
				return a - b
			}
			return b - a
		}
		return d(r>>8, want[0])+d(g>>8, want[1])+d(b>>8, want[2]) < 24
	}
	bb := img.Bounds()
	for y := bb.Min.Y; y < bb.Max.Y; y++ {
		for x := bb.Min.X; x < bb.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 < 245 || g>>8 < 245 || b>>8 < 245 {
				inked++
			}
			if near(r, g, b, [3]uint32{0x2f, 0x6f, 0x9f}) {
				bake++
			}
			if near(r, g, b, [3]uint32{0xd9, 0x82, 0x2b}) {
				boot++
			}
		}
	}
	return inked, bake, boot
}

// TestProgressBarForLargeBundles bakes a small bundle, then a 40 MiB one, in one build run in a
// terminal (script(1) gives Packer one, as a person's shell would): Packer draws the bundle's
// progress bar for the large one only.
func TestProgressBarForLargeBundles(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"small": "step \"small\" {\n  phase = \"bake\"\n  file \"/opt/small.txt\" {\n    content = \"small\\n\"\n  }\n}\n",
		"large": "step \"large\" {\n  phase = \"bake\"\n  file \"/opt/large.bin\" {\n    source = \"large.bin\"\n  }\n}\n",
	} {
		must(t, os.MkdirAll(filepath.Join(dir, name), 0o755))
		must(t, os.WriteFile(filepath.Join(dir, name, "r.hcl"), []byte(src), 0o644))
	}
	writeRandom(t, filepath.Join(dir, "large", "large.bin"), 40<<20)
	writeTemplate(t, dir, `
  provisioner "parbake" {
    recipe = "${path.root}/small"
  }
  provisioner "parbake" {
    recipe = "${path.root}/large"
  }`)
	tg := startTarget(t, "")
	pk := newPacker(t, packerVersions[0])
	args := append(append([]string{pk.Bin, "build"}, targetVars(tg)...), ".")
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = runner.Quote(a)
	}
	cmd := exec.Command("script", "-qfec", strings.Join(quoted, " "), "/dev/null")
	cmd.Dir, cmd.Env = dir, pk.env
	out, err := cmd.CombinedOutput()
	t.Logf("packer build in a terminal:\n%s", out)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	text := string(out)
	small := strings.Index(text, "[1/1] small ok")
	large := strings.Index(text, "[1/1] large ok")
	bar := strings.Index(text, "parbake bundle")
	if small < 0 || large < 0 {
		t.Fatal("a bake did not finish")
	}
	if bar < 0 || !strings.Contains(text[bar:], "MiB") {
		t.Fatal("no progress bar for the 40 MiB bundle")
	}
	if bar < small {
		t.Error("a progress bar appeared for the small bundle")
	}
}
