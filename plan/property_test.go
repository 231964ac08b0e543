package plan

import (
	"fmt"
	"maps"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// genRecipe writes a random but well-formed recipe: dependencies follow a random permutation so
// there are no cycles, yet declaration order and dependency order disagree.
func genRecipe(rng *rand.Rand) string {
	head, steps := genRecipeParts(rng)
	return head + strings.Join(steps, "")
}

// genRecipeParts writes a random recipe's variables and policy, and its step blocks apart, so
// that a test can declare them in another order. Half the policies have a warm pool; bootv is
// a stable boot variable (carried in the user data), freshv one read at service entry.
func genRecipeParts(rng *rand.Rand) (string, []string) {
	var b strings.Builder
	fmt.Fprintf(&b, "variable \"bootv\" {\n  boot = true\n}\nvariable \"bakev\" {\n  default = \"x\"\n}\n")
	fmt.Fprintf(&b, "variable \"freshv\" {\n  boot = true\n  from = \"ssm:/app/v\"\n}\n")
	warmPool := ""
	if rng.Intn(2) == 0 {
		warmPool = "  warm_pool {\n    state = \"Stopped\"\n  }\n"
	}
	fmt.Fprintf(&b, "policy {\n  default = %q\n  rebuild_every = \"%dh\"\n  certify_every = \"%dh\"\n  launches_per_day = %d\n  shared_base = %v\n%s}\n",
		[]string{"auto", "auto", "auto", "bake", "boot"}[rng.Intn(5)], 1+rng.Intn(400), rng.Intn(800), rng.Intn(500), rng.Intn(2) == 0, warmPool)
	n := 1 + rng.Intn(12)
	rank := rng.Perm(n)
	roleSets := [][]string{nil, nil, {"web"}, {"app"}, {"web", "app"}}
	roles := make([][]string, n)
	for i := range roles {
		roles[i] = roleSets[rng.Intn(len(roleSets))]
	}
	var steps []string
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "step \"s%d\" {\n", i)
		switch p := rng.Intn(10); {
		case p == 0:
			b.WriteString("  phase = \"boot\"\n")
		case p == 1:
			b.WriteString("  phase = \"bake\"\n")
		case p == 2 && warmPool != "":
			b.WriteString("  phase = \"warm\"\n")
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
		switch rng.Intn(6) {
		case 0:
			b.WriteString("  run = [\"echo ${var.bootv}\"]\n")
		case 1:
			b.WriteString("  run = [\"echo ${var.bakev}\"]\n")
		case 2:
			b.WriteString("  run = [\"echo ${var.freshv}\"]\n")
		}
		b.WriteString("}\n")
		steps = append(steps, b.String())
	}
	return b.String(), steps
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
			// Only an explicit bake or warm that the rules forbid may be refused.
			if !strings.Contains(diags.Error(), `phase = "bake"`) && !strings.Contains(diags.Error(), `phase = "warm"`) {
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
		if s.Phase == recipe.PhaseWarm && bootDeps(s.Name) {
			t.Fatalf("warm step %s comes after a boot step\n%s", s.Name, src)
		}
		if s.Phase == recipe.PhaseBake && dependsIn(p, s.Name, recipe.PhaseWarm) {
			t.Fatalf("baked step %s comes after a warm step\n%s", s.Name, src)
		}
		if s.Phase == recipe.PhaseWarm && (r.Policy.WarmPool == nil || slices.Contains(s.BootVars, "freshv")) {
			t.Fatalf("warm step %s without a warm pool or with a fresh variable\n%s", s.Name, src)
		}
		if s.Reason == "" {
			t.Fatalf("step %s has no reason", s.Name)
		}
	}
}

// dependsIn reports whether step name depends, directly or not, on a step placed in phase.
func dependsIn(p *Plan, name string, phase recipe.Phase) bool {
	for _, d := range stepByName(p, name).After {
		if stepByName(p, d).Phase == phase || dependsIn(p, d, phase) {
			return true
		}
	}
	return false
}

// Placement does not depend on the order steps are declared in: the same steps, declared in
// another order, land in the same phases for the same reasons.
func TestPlacementStableUnderReordering(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	dir := t.TempDir()
	for i := 0; i < 2000; i++ {
		head, steps := genRecipeParts(rng)
		src := head + strings.Join(steps, "")
		shuffled := slices.Clone(steps)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		placements := func(src string) (map[string]string, bool) {
			r, diags := recipe.LoadSource([]byte(src), "gen.hcl", dir)
			if diags.HasErrors() {
				t.Fatalf("generated recipe does not load: %s\n%s", diags, src)
			}
			p, diags := Make(r, Inputs{})
			if diags.HasErrors() {
				return nil, false
			}
			out := map[string]string{}
			for _, s := range p.Steps {
				out[s.Name] = string(s.Phase) + ": " + s.Reason
			}
			return out, true
		}
		a, okA := placements(src)
		b, okB := placements(head + strings.Join(shuffled, ""))
		if okA != okB || !maps.Equal(a, b) {
			t.Fatalf("declared in another order, the steps are placed otherwise:\n%v\n%v\n%s", a, b, src)
		}
	}
}
