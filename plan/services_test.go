package plan

import (
	"strings"
	"testing"
)

func TestServicesAtBoot(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // Describe() of each started service, in order
	}{
		{"baked, configured by a boot step",
			`step "web" {
  phase = "bake"
  service "nginx" { start = true }
}
step "site" {
  phase = "boot"
  after = ["web"]
}`, []string{"nginx: restarted at boot after site"}},
		{"the last of several configuring boot steps, one through another",
			`step "web" {
  phase = "bake"
  service "nginx" { start = true }
}
step "site" {
  phase = "boot"
  after = ["web"]
}
step "cert" {
  phase = "boot"
  after = ["site"]
}
step "other" {
  phase = "boot"
}`, []string{"nginx: restarted at boot after cert"}},
		{"baked steps after it do not count",
			`step "web" {
  phase = "bake"
  service "nginx" { start = true }
}
step "tuning" {
  phase = "bake"
  after = ["web"]
}`, []string{"nginx: baked; started at boot, no boot step configures it"}},
		{"reload",
			`step "web" {
  phase = "bake"
  service "nginx" {
    start   = true
    on_boot = "reload"
  }
}
step "site" {
  phase = "boot"
  after = ["web"]
}`, []string{"nginx: reloaded at boot after site"}},
		{"none",
			`step "web" {
  phase = "bake"
  service "nginx" {
    start   = true
    on_boot = "none"
  }
}
step "site" {
  phase = "boot"
  after = ["web"]
}`, []string{`nginx: started at boot, and left alone after site (on_boot = "none")`}},
		{"a boot step's own service",
			`step "web" {
  phase = "boot"
  service "nginx" { start = true }
}`, []string{"nginx: started at boot by step web"}},
		{"not started: nothing to do at boot",
			`step "web" {
  phase = "bake"
  service "nginx" { start = false }
}
step "site" {
  phase = "boot"
  after = ["web"]
}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPlanOf(t, tt.src)
			var got []string
			for _, s := range p.Services() {
				got = append(got, s.Describe())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("services:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, w := range tt.want {
				if !strings.Contains(p.Text(), "  "+w+"\n") {
					t.Errorf("the plan's text lacks %q:\n%s", w, p.Text())
				}
			}
		})
	}
}

func TestRestartsAfterOnlyItsLastConfiguringStep(t *testing.T) {
	p := mustPlanOf(t, `step "web" {
  phase = "bake"
  service "nginx" { start = true }
  service "cron" { start = true }
}
step "site" {
  phase = "boot"
  after = ["web"]
}
step "cert" {
  phase = "boot"
  after = ["site"]
}`)
	if r := p.RestartsAfter("site"); len(r) != 0 {
		t.Errorf("restarts after site: %v", r)
	}
	r := p.RestartsAfter("cert")
	if len(r) != 2 || r[0].Name != "nginx" || r[1].Name != "cron" || r[0].Action() != "restart" {
		t.Errorf("restarts after cert: %+v", r)
	}
}
