package bake

import (
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/golden"
)

// The generated runner, a step script and the manifest are reviewed as files.
func TestGoldenBakeOutput(t *testing.T) {
	p := examplePlan(t)
	b := render(t, p)
	for _, name := range []string{"run.sh", "stop.sh", "steps/02-nginx.sh", "steps/02-nginx.dests", "steps/02-nginx.dirs"} {
		data, ok := b.File(name)
		if !ok {
			t.Fatalf("bundle lacks %s", name)
		}
		golden.Check(t, name, data)
	}
	checks := map[int][]CheckResult{2: {{N: 1, Status: "ok", Seconds: "0.012"}, {N: 2, Status: "ok", Seconds: "0.002"}}}
	golden.Check(t, "manifest.json", []byte(RenderManifestChecks(p, "0.1.0", map[int]string{1: "1.250", 2: "30.000"}, map[int][]string{2: {"reboot-required"}}, checks)))
}
