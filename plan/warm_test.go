package plan

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

const warmHead = `
variable "name" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "token" {
  boot = true
  from = "ssm:/app/token"
}
variable "cert" {
  boot  = true
  from  = "ssm:/app/cert"
  fresh = false
}
policy {
  launches_per_day = 100
  warm_pool {
    state = "Stopped"
  }
}
`

// With a warm pool, what needs the instance but no value that may change before it serves runs
// while it warms; what must be fresh stays at boot; what saves enough is still baked.
func TestWarmPlacement(t *testing.T) {
	cases := []struct {
		name, steps string
		want        map[string]recipe.Phase
		reason      map[string]string
	}{
		{"stable instance values warm, fresh ones boot", `
step "site" {
  run = ["echo ${var.name}"]
}
step "token" {
  run = ["echo ${var.token}"]
}
step "cert" {
  run = ["echo ${var.cert}"]
}`, map[string]recipe.Phase{"site": recipe.PhaseWarm, "token": recipe.PhaseBoot, "cert": recipe.PhaseWarm},
			map[string]string{"site": "uses var.name, known only at boot; " + offCriticalPath, "token": "uses var.token, read as the instance goes in service (fresh)"}},
		{"slow steps are still baked, cheap ones warm", `
step "packages" {
  estimate = "30s"
}
step "motd" {
  estimate = "100ms"
}`, map[string]recipe.Phase{"packages": recipe.PhaseBake, "motd": recipe.PhaseWarm},
			map[string]string{"motd": "cheap (0.1s); " + offCriticalPath + "; moves to bake from 600 launches/day"}},
		{"after a warm step, warm; after a boot step, boot", `
step "site" {
  run = ["echo ${var.name}"]
}
step "after_site" {
  after    = ["site"]
  estimate = "1m"
}
step "token" {
  run = ["echo ${var.token}"]
}
step "after_token" {
  after = ["token"]
}`, map[string]recipe.Phase{"site": recipe.PhaseWarm, "after_site": recipe.PhaseWarm, "token": recipe.PhaseBoot, "after_token": recipe.PhaseBoot},
			map[string]string{"after_site": "after warm step site"}},
		{"the recipe's own phase wins", `
step "late" {
  phase = "boot"
  run   = ["echo ${var.name}"]
}
step "early" {
  phase = "warm"
}`, map[string]recipe.Phase{"late": recipe.PhaseBoot, "early": recipe.PhaseWarm}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, diags := Make(mustLoad(t, warmHead+c.steps), Inputs{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			for name, want := range c.want {
				if s := stepByName(p, name); s.Phase != want {
					t.Errorf("step %s in %s (%s), want %s", name, s.Phase, s.Reason, want)
				}
			}
			for name, want := range c.reason {
				if s := stepByName(p, name); s.Reason != want {
					t.Errorf("step %s's reason %q, want %q", name, s.Reason, want)
				}
			}
			launch := p.Launch()
			for i := 1; i < len(launch); i++ {
				if launch[i-1].Phase == recipe.PhaseBoot && launch[i].Phase == recipe.PhaseWarm {
					t.Errorf("the launch order runs warm step %s after boot step %s", launch[i].Name, launch[i-1].Name)
				}
			}
		})
	}
}

// Without a warm pool nothing is warm, and the plan reads as it always did.
func TestNoWarmPoolNoWarmPhase(t *testing.T) {
	p, diags := Make(mustLoad(t, strings.Replace(warmHead, "  warm_pool {\n    state = \"Stopped\"\n  }\n", "", 1)+`
step "site" {
  run = ["echo ${var.name}"]
}`), Inputs{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if s := stepByName(p, "site"); s.Phase != recipe.PhaseBoot || len(p.Warm()) != 0 {
		t.Errorf("site in %s without a warm pool", s.Phase)
	}
	if strings.Contains(p.Text(), "warm") {
		t.Errorf("the plan speaks of warming without a warm pool:\n%s", p.Text())
	}
}

func TestWarmPlacementErrors(t *testing.T) {
	noPool := strings.Replace(warmHead, "  warm_pool {\n    state = \"Stopped\"\n  }\n", "", 1)
	cases := []struct {
		name, src, want string
	}{
		{"warm without a pool", noPool + "step \"a\" {\n  phase = \"warm\"\n}\n", `plan.hcl:19,11-17: Warm step without a warm pool`},
		{"warm with a fresh value", warmHead + "step \"a\" {\n  phase = \"warm\"\n  run = [\"echo ${var.token}\"]\n}\n", `Warm step uses a fresh variable; Step "a" has phase = "warm" but uses var.token`},
		{"warm after boot", warmHead + "step \"a\" {\n  phase = \"boot\"\n}\nstep \"b\" {\n  phase = \"warm\"\n  after = [\"a\"]\n}\n", `Warm step after a boot step`},
		{"bake after warm", warmHead + "step \"a\" {\n  phase = \"warm\"\n}\nstep \"b\" {\n  phase = \"bake\"\n  after = [\"a\"]\n}\n", `Baked step after a warm step`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := Make(mustLoad(t, c.src), Inputs{})
			if !diags.HasErrors() || !strings.Contains(diags.Error(), c.want) {
				t.Errorf("got %v, want %q", diags, c.want)
			}
		})
	}
}

// The example's warm-pool variant shows the three phases: the shared server baked, the
// instance's certificate and site while it warms, the fresh notice at service entry.
func TestExampleWarmRecipe(t *testing.T) {
	p, err := FromPath(filepath.Join("..", "example", "recipes", "web-warm"), Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]recipe.Phase{}
	for _, s := range p.Steps {
		got[s.Name] = s.Phase
	}
	want := map[string]recipe.Phase{"awscli": recipe.PhaseBake, "nginx": recipe.PhaseBake, "certificate": recipe.PhaseWarm, "site": recipe.PhaseWarm, "notice": recipe.PhaseBoot}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("phases %v, want %v", got, want)
	}
}
