package parbake

import (
	"net/url"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/timings"
)

const toolRecipe = `
step "tool" {
  estimate = "1s"
  run      = ["true"]
}
`

// Boot reports teach the timings file, once per boot; the plan then decides from the median,
// and says so. Paired with an image baked before, the data source keeps that image's placement
// and reports what a rebuild would move.
func TestLearnFromBootReportsAndPairingRule(t *testing.T) {
	dir := writeRecipe(t, toolRecipe)
	before := planFor(t, dir)
	if before.Steps[0].Phase != "bake" {
		t.Fatalf("1s × 100 launches should bake:\n%s", before.Text())
	}
	short := timings.ShortHash(before.Steps[0].Hash)
	work := t.TempDir()
	console := filepath.Join(work, "i-1.console")
	line := "parbake-boot: ok digest=" + before.BakeDigest + " total=0.100s tool:" + short + "=0.100s\n"
	if err := os.WriteFile(console, []byte("noise\n"+line), 0o644); err != nil {
		t.Fatal(err)
	}
	tf := filepath.Join(work, "timings.json")
	raw := map[string]interface{}{"recipe": dir, "timings": tf, "boot_reports": []string{filepath.Join(work, "*.console")}}
	for i := 0; i < 2; i++ { // reading the same report twice counts it once
		var d Datasource
		if err := d.Configure(raw); err != nil {
			t.Fatal(err)
		}
		s := d.plan.Steps[0]
		if s.Phase != "boot" || !strings.Contains(s.Reason, "0.1s, measured (n=1)") || !strings.Contains(s.Reason, "moves to bake from 600 launches/day") {
			t.Errorf("run %d: the measurement did not move the step, or the reason does not cite it:\n%s", i+1, d.plan.Text())
		}
		if _, err := os.Stat(tf); i == 0 && !os.IsNotExist(err) {
			t.Errorf("Configure (packer validate) wrote the timings file: %v", err)
		}
		if _, err := d.Execute(); err != nil { // packer build keeps what was learned
			t.Fatal(err)
		}
	}
	f, err := timings.Load(tf)
	if err != nil {
		t.Fatal(err)
	}
	if _, b := f.Lookup("tool", short); b.N != 1 {
		t.Errorf("boot samples %+v, want one", b)
	}

	// The image baked before the measurement holds the step; pairing keeps it there.
	manifest := filepath.Join(work, "old.bake.json")
	if err := os.WriteFile(manifest, []byte(bake.RenderManifest(before, "0.1.0", map[int]string{1: "1.000"}, nil)), 0o644); err != nil {
		t.Fatal(err)
	}
	var d Datasource
	if err := d.Configure(map[string]interface{}{"recipe": dir, "timings": tf, "bake_manifest": manifest}); err != nil {
		t.Fatal(err)
	}
	v, err := d.Execute()
	if err != nil {
		t.Fatal(err)
	}
	m := v.AsValueMap()
	if got := m["bake_steps"].AsValueSlice(); len(got) != 1 || got[0].AsString() != "tool" {
		t.Errorf("the paired image's placement was not kept: bake_steps %v", got)
	}
	moves := m["rebuild_would_move"].AsValueSlice()
	if len(moves) != 1 || moves[0].AsString() != "tool: bake now, boot in a rebuild" {
		t.Errorf("rebuild_would_move = %v", moves)
	}
}

func TestBootReportsNeedTimings(t *testing.T) {
	var d Datasource
	err := d.Configure(map[string]interface{}{"recipe": writeRecipe(t, toolRecipe), "boot_reports": []string{"x"}})
	if err == nil || !strings.Contains(err.Error(), "boot_reports: set timings") {
		t.Errorf("error %v", err)
	}
}

// The measure block finds the running instances of the paired image and reads their consoles
// through the real SDK (against the EC2 Query test server); what it learns is kept in the
// timings file, and the image keeps its placement.
func TestMeasureReadsRunningInstances(t *testing.T) {
	dir := writeRecipe(t, toolRecipe)
	before := planFor(t, dir)
	line := "parbake-boot: ok digest=" + before.BakeDigest + " total=0.100s tool:" + timings.ShortHash(before.Steps[0].Hash) + "=0.100s\n"
	srv := ec2test.New(t, func(n int, form url.Values) (int, string) {
		switch form.Get("Action") {
		case "DescribeImages":
			return 200, ec2test.Describe(ec2test.Image{ID: "ami-1", Created: "2026-01-01T00:00:00.000Z", Tags: before.ImageTags()})
		case "DescribeInstances":
			return 200, ec2test.Instances("ami-1", "i-1")
		case "GetConsoleOutput":
			return 200, ec2test.ConsoleOutput("i-1", "[ 1.0] cloud-init[9]: "+line)
		}
		return 400, ec2test.Throttled
	})
	tf := filepath.Join(t.TempDir(), "timings.json")
	var d Datasource
	err := d.Configure(map[string]interface{}{"recipe": dir, "timings": tf, "measure": map[string]interface{}{},
		"image": map[string]interface{}{"id": "ami-1", "region": "us-east-1", "endpoint": srv.URL}})
	if err != nil {
		t.Fatal(err)
	}
	v, err := d.Execute()
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, r := range srv.Requests() {
		actions = append(actions, r.Get("Action"))
	}
	if strings.Join(actions, ",") != "DescribeImages,DescribeInstances,GetConsoleOutput" {
		t.Errorf("requests %v", actions)
	}
	if moves := v.AsValueMap()["rebuild_would_move"].AsValueSlice(); len(moves) != 1 {
		t.Errorf("rebuild_would_move %v", moves)
	}
	f, err := timings.Load(tf)
	if err != nil {
		t.Fatal(err)
	}
	if _, b := f.Lookup("tool", timings.ShortHash(before.Steps[0].Hash)); b.N != 1 || b.Median != 0.1 {
		t.Errorf("learned %+v", b)
	}
}

func TestMeasureNeedsImageAndTimings(t *testing.T) {
	var d Datasource
	err := d.Configure(map[string]interface{}{"recipe": writeRecipe(t, toolRecipe), "measure": map[string]interface{}{}})
	if err == nil || !strings.Contains(err.Error(), "measure: needs an image block") {
		t.Errorf("error %v", err)
	}
}

func TestSecondsAreRoundedToTheMillisecond(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{2810*time.Millisecond + 4880*time.Millisecond, "7.69"},
		{82 * time.Millisecond, "0.082"},
		{1500 * time.Microsecond, "0.002"},
		{0, "0"},
	}
	for _, tt := range tests {
		if got := strconv.FormatFloat(seconds(tt.d), 'f', -1, 64); got != tt.want {
			t.Errorf("seconds(%s) = %s, want %s", tt.d, got, tt.want)
		}
	}
}

// Configure reads every file option, so that `packer validate` fails on a broken one, and
// reports it with the other problems of the same run.
func TestConfigureReadsEveryFileAndReportsAllAtOnce(t *testing.T) {
	dir := writeRecipe(t, toolRecipe)
	broken := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(broken, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	var d Datasource
	err := d.Configure(map[string]interface{}{"recipe": dir, "previous_manifest": broken, "bake_manifest": broken, "format": "yaml"})
	if err == nil {
		t.Fatal("a broken previous_manifest passed Configure")
	}
	for _, want := range []string{"previous_manifest:", "bake_manifest:", "format"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
