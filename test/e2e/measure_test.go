//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/bake"
	bootpkg "github.com/parbake/packer-plugin-parbake/boot"
	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// TestMeasuredLoopPredictsBakeAndBoot bakes and boots the example web recipe once with a
// timings file, then plans again from the bake's durations and the instance's boot report. The
// second bake and a fresh instance's boot must take what the plan predicted, within 25 % (with
// a small absolute allowance, as this machine is noisy: both are measured in this one run; 1 s
// for the bake, 0.3 s for the boot, whose site step restarts nginx).
func TestMeasuredLoopPredictsBakeAndBoot(t *testing.T) {
	imds := startIMDS(t, "")
	pk := newPacker(t, packerVersions[0])
	build := t.TempDir()
	bakeAndBoot := func(extra ...string) (string, *Boot) {
		tg := startTarget(t, "")
		vars := append(targetVars(tg), "-var", "build_dir="+build, "-var", "imds_endpoint="+imds)
		out, err := pk.run(t, exampleDir("local"), append(append(append([]string{"build"}, vars...), extra...), ".")...)
		if err != nil {
			t.Fatalf("packer build: %v", err)
		}
		stopTarget(t, tg)
		b := boot(t, "", filepath.Join(build, "web.userdata"), tg.Upper(), baseRoot)
		if b.Err != nil {
			t.Fatalf("boot: %v\n%s", b.Err, b.Output)
		}
		return out, b
	}
	_, first := bakeAndBoot()
	report := filepath.Join(first.Dir, "upper", bootpkg.ReportPath)
	out, second := bakeAndBoot("-var", `boot_reports=["`+report+`"]`)

	m := regexp.MustCompile(`predicted: bake ([0-9.]+)s, boot ([0-9.]+)s`).FindStringSubmatch(out)
	if m == nil {
		t.Fatal("the build does not print the prediction")
	}
	predBake, _ := strconv.ParseFloat(m[1], 64)
	predBoot, _ := strconv.ParseFloat(m[2], 64)
	measBake := manifestSeconds(t, filepath.Join(build, "web.bake.json"))
	measBoot := reportSeconds(t, filepath.Join(second.Dir, "upper", bootpkg.ReportPath))
	t.Logf("PREDICTED vs MEASURED: bake %.3fs vs %.3fs (ratio %.2f); boot %.3fs vs %.3fs (ratio %.2f)",
		predBake, measBake, predBake/measBake, predBoot, measBoot, predBoot/measBoot)
	if !near(predBake, measBake, 0.25, 1.0) {
		t.Errorf("predicted bake %.3fs, measured %.3fs: off by more than 25%%", predBake, measBake)
	}
	// The boot's floor is larger than the bake's share of it would suggest: under real systemd the
	// site step restarts nginx, and a restart alone varies by about 0.2 s here from boot to boot.
	if !near(predBoot, measBoot, 0.25, 0.3) {
		t.Errorf("predicted boot %.3fs, measured %.3fs: off by more than 25%%", predBoot, measBoot)
	}
	for _, want := range []string{"measured (n=1)", "measured at bake (n=1)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the plan does not cite %q", want)
		}
	}
	tf, err := timings.Load(filepath.Join(build, "parbake-timings.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tf.Steps) == 0 {
		t.Error("the timings file learned nothing")
	}
}

// TestMeasurementsMoveAStep: with the same policy, timings whose medians cross the threshold of
// 60 s of boot a day move a step to boot, and the plan cites the measurement; the data source
// paired with the image baked before keeps that image's placement and names the step a rebuild
// would move.
func TestMeasurementsMoveAStep(t *testing.T) {
	dir := recipeProject(t, `
policy {
  launches_per_day = 100
}
step "tool" {
  estimate = "1s"
  run      = ["true"]
}
`)
	rdir := filepath.Join(dir, "recipe")
	before, err := plan.FromPath(rdir, plan.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if before.Steps[0].Phase != "bake" {
		t.Fatalf("without measurements the step should bake:\n%s", before.Text())
	}
	manifest := filepath.Join(dir, "old.bake.json")
	must(t, os.WriteFile(manifest, []byte(bake.RenderManifest(before, "0.1.0", map[int]string{1: "1.000"}, nil)), 0o644))
	tf := &timings.File{}
	for _, s := range []float64{0.2, 0.3, 0.2} {
		tf.Add("tool", timings.ShortHash(before.Steps[0].Hash), timings.Boot, s)
	}
	must(t, tf.Save(filepath.Join(dir, "timings.json")))
	must(t, os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), []byte(`
data "parbake" "new" {
  recipe  = "${path.root}/recipe"
  timings = "${path.root}/timings.json"
}
data "parbake" "paired" {
  recipe        = "${path.root}/recipe"
  timings       = "${path.root}/timings.json"
  bake_manifest = "${path.root}/old.bake.json"
}
source "null" "t" {
  communicator = "none"
}
build {
  sources = ["source.null.t"]
  provisioner "shell-local" {
    environment_vars = ["PLAN=${data.parbake.new.plan}"]
    inline = [
      "printf '%s\n' \"$PLAN\"",
      "echo 'paired bakes: ${join(",", data.parbake.paired.bake_steps)}'",
      "echo 'rebuild would move: ${join(";", data.parbake.paired.rebuild_would_move)}'",
    ]
  }
}
`), 0o644))
	out, err := newPacker(t, packerVersions[0]).run(t, dir, "build", ".")
	if err != nil {
		t.Fatalf("packer build: %v", err)
	}
	for _, want := range []string{
		"tool  boot   0.2s measured (n=3)",
		"cheap at boot (0.2s, measured (n=3)); kept flexible; moves to bake from 300 launches/day",
		"paired bakes: tool",
		"rebuild would move: tool: bake now, boot in a rebuild",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func manifestSeconds(t *testing.T, path string) float64 {
	t.Helper()
	m, err := bake.ReadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, s := range m.BakedSteps {
		sum += s.DurationSeconds
	}
	return sum
}

func reportSeconds(t *testing.T, path string) float64 {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r bootpkg.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if r.Status != "ok" {
		t.Fatalf("boot report: %s", data)
	}
	return r.TotalSeconds
}
