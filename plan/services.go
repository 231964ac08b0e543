package plan

import (
	"fmt"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Service is what happens at boot to one service a step declares with start = true. A baked
// service is started by systemd when the instance reaches multi-user.target, which is before
// cloud-init's final stage runs the boot part; so a service whose configuration boot steps
// change must be restarted (or reloaded) once they are done, or it keeps serving the baked
// configuration.
type Service struct {
	Name  string
	Step  string       // the step that declares it
	Phase recipe.Phase // that step's phase
	// After is the last boot step, in run order, that configures the service: one that comes
	// after its step, directly or through others. "" when no boot step does.
	After  string
	OnBoot recipe.OnBoot
}

// Action is what the boot runner does to the service: "restart" or "reload" after After,
// "start" at the end of the boot part, or "start" with the boot step that declares it.
func (s Service) Action() string {
	if s.After != "" && s.OnBoot != recipe.OnBootNone {
		return string(s.OnBoot)
	}
	return "start"
}

// Describe says it in one line for the plan, e.g. "nginx: restarted at boot after site".
func (s Service) Describe() string {
	switch {
	case s.After != "" && s.OnBoot == recipe.OnBootRestart:
		return fmt.Sprintf("%s: restarted at boot after %s", s.Name, s.After)
	case s.After != "" && s.OnBoot == recipe.OnBootReload:
		return fmt.Sprintf("%s: reloaded at boot after %s", s.Name, s.After)
	case s.After != "":
		return fmt.Sprintf("%s: started at boot, and left alone after %s (on_boot = \"none\")", s.Name, s.After)
	case s.Phase == recipe.PhaseBoot:
		return fmt.Sprintf("%s: started at boot by step %s", s.Name, s.Step)
	default:
		return fmt.Sprintf("%s: baked; started at boot, no boot step configures it", s.Name)
	}
}

// Services lists the started services in step order, each with the boot step after which it is
// restarted, if any.
func (p *Plan) Services() []Service {
	var out []Service
	for i, s := range p.Steps {
		for _, svc := range s.Content.Services {
			if !svc.Start {
				continue
			}
			out = append(out, Service{Name: svc.Name, Step: s.Name, Phase: s.Phase, OnBoot: svc.OnBoot,
				After: p.lastBootDependent(i)})
		}
	}
	return out
}

// lastBootDependent returns the last boot step, in plan order, that depends on step i directly or
// through other steps, or "".
func (p *Plan) lastBootDependent(i int) string {
	deps := map[string]bool{p.Steps[i].Name: true}
	last := ""
	// Plan order is a topological order: every dependency comes before its dependents.
	for _, s := range p.Steps[i+1:] {
		for _, a := range s.After {
			if deps[a] {
				deps[s.Name] = true
				if s.Phase != recipe.PhaseBake {
					last = s.Name
				}
				break
			}
		}
	}
	return last
}

// RestartsAfter returns the services to restart or reload after boot step name, in plan order.
func (p *Plan) RestartsAfter(name string) []Service {
	var out []Service
	for _, s := range p.Services() {
		if s.After == name && s.Action() != "start" {
			out = append(out, s)
		}
	}
	return out
}
