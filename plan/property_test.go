package plan

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// genRecipe writes a random but well-formed recipe: dependencies follow a random permutation so
// there are no cycles, yet declaration order and dependency order disagree.
func genRecipe(rng *rand.Rand) string {
	var b strings.Builder
	fmt.Fprintf(&b, "variable \"bootv\" {\n  boot = true\n}\nvariable \"bakev\" {\n  default = \"x\"\n}\n")
	fmt.Fprintf(&b, "policy {\n  default = %q\n  rebuild_every = \"%dh\"\n  certify_every = \"%dh\"\n  launches_per_day = %d\n  shared_base = %v\n}\n",
		[]string{"auto", "auto", "auto", "bake", "boot"}[rng.Intn(5)], 1+rng.Intn(400), rng.Intn(800), rng.Intn(500), rng.Intn(2) == 0)
	n := 1 + rng.Intn(12)
	rank := rng.Perm(n)
	roleSets := [][]string{nil, nil, {"web"}, {"app"}, {"web", "app"}}
	roles := make([][]string, n)
	for i := range roles {
		roles[i] = roleSets[rng.Intn(len(roleSets))]
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "step \"s%d\" {\n", i)
		if p := rng.Intn(8); p == 0 {
			b.WriteString("  phase = \"boot\"\n")
		} else if p == 1 {
			b.WriteString("  phase = \"bake\"\n")
		}
		var after []string
		for j := 0; j < n; j++ {
			if rank[j] < rank[i] && rng.Intn(4) == 0 && covers(roles[j], roles[i]) {
				after = append(after, fmt.Sprintf("%q", fmt.Sprintf("s%d", j)))
			}
		}
		if len(after) > 0 {
			fmt.Fprintf(&b, "  after = [%s]\n", strings.Join(after, ", "))
		}
		if len(roles[i]) > 0 {
			fmt.Fprintf(&b, "  roles = [\"%s\"]\n", strings.Join(roles[i], "\", \""))
		}
		if rng.Intn(3) == 0 {
			fmt.Fprintf(&b, "  changes_every = \"%dh\"\n", 1+rng.Intn(1000))
		}
		fmt.Fprintf(&b, "  estimate = \"%dms\"\n", rng.Intn(120000))
		switch rng.Intn(5) {
		case 0:
			b.WriteString("  run = [\"echo ${var.bootv}\"]\n")
		case 1:
			b.WriteString("  run = [\"echo ${var.bakev}\"]\n")
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// covers reports whether a step with roles dep runs wherever a step with roles s runs.
func covers(dep, s []string) bool {
	if len(dep) == 0 {
		return true
	}
	if len(s) == 0 {
		return false
	}
	for _, r := range s {
		found := false
		for _, d := range dep {
			found = found || d == r
		}
		if !found {
			return false
		}
	}
	return true
}

func TestPlanInvariants(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	dir := t.TempDir()
	planned, rejected := 0, 0
	for planned < 10000 {
		src := genRecipe(rng)
		r, diags := recipe.LoadSource([]byte(src), "gen.hcl", dir)
		if diags.HasErrors() {
			t.Fatalf("generated recipe does not load: %s\n%s", diags, src)
		}
		roles := append([]string{""}, recipeRoles(r)...)
		role := roles[rng.Intn(len(roles))]
		p, diags := Make(r, Inputs{Role: role})
		if diags.HasErrors() {
			// Only an explicit bake that the rules forbid may be refused.
			if !strings.Contains(diags.Error(), `phase = "bake"`) {
				t.Fatalf("unexpected error %s\n%s", diags, src)
			}
			rejected++
			continue
		}
		planned++
		checkInvariants(t, r, role, p, src)
		again, _ := Make(r, Inputs{Role: role})
		if again.JSON() != p.JSON() || again.BakeDigest != p.BakeDigest {
			t.Fatalf("same inputs, different plans\n%s", src)
		}
	}
	t.Logf("%d recipes planned, %d refused", planned, rejected)
}

func checkInvariants(t *testing.T, r *recipe.Recipe, role string, p *Plan, src string) {
	t.Helper()
	want := 0
	for _, s := range r.Steps {
		if s.HasRole(role) {
			want++
		}
	}
	seen := map[string]int{}
	for i, s := range p.Steps {
		if _, dup := seen[s.Name]; dup {
			t.Fatalf("step %s twice\n%s", s.Name, src)
		}
		seen[s.Name] = i
	}
	if len(p.Steps) != want {
		t.Fatalf("plan has %d steps, role %q has %d\n%s", len(p.Steps), role, want, src)
	}
	phase := map[string]recipe.Phase{}
	for _, s := range p.Steps {
		phase[s.Name] = s.Phase
	}
	var bootDeps func(name string) bool
	bootDeps = func(name string) bool {
		for _, d := range stepByName(p, name).After {
			if phase[d] == recipe.PhaseBoot || bootDeps(d) {
				return true
			}
		}
		return false
	}
	for i, s := range p.Steps {
		for _, d := range s.After {
			if j, ok := seen[d]; !ok || j >= i {
				t.Fatalf("%s comes before its dependency %s\n%s", s.Name, d, src)
			}
		}
		if s.Phase == recipe.PhaseBake && bootDeps(s.Name) {
			t.Fatalf("baked step %s depends on a boot step\n%s", s.Name, src)
		}
		if s.Reason == "" {
			t.Fatalf("step %s has no reason", s.Name)
		}
	}
}
