package runner

import (
	"fmt"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Mode selects what differs between the bake and the boot runner.
type Mode int

const (
	Bake Mode = iota
	Boot
)

// StepDir is where a step's script and data live inside the bundle.
func StepDir(index int, s *plan.Step) string { return fmt.Sprintf("steps/%02d-%s", index, s.Name) }

// AddStep writes step s's script and its files into the bundle and returns the script's path
// inside the bundle. The script applies the actions in recipe order: environment, packages,
// files, script, run, services.
func AddStep(b *Bundle, mode Mode, index int, s *plan.Step) string {
	dir := StepDir(index, s)
	c := s.Content
	var w strings.Builder
	fmt.Fprintf(&w, "# step %d: %s\n", index, s.Name)
	w.WriteString(". \"$PB_DIR/lib.sh\"\n")
	for _, e := range c.Environment {
		fmt.Fprintf(&w, "%s=%s\nexport %s\n", e.Name, Word(e.Value), e.Name)
	}
	if len(c.Packages) > 0 {
		w.WriteString("pb_packages")
		for _, p := range c.Packages {
			w.WriteString(" " + Word(p))
		}
		w.WriteString("\n")
	}
	for i, f := range c.Files {
		target := fmt.Sprintf("%s %s %s", Quote(f.Path), Quote(f.Mode), Quote(f.Owner))
		if recipe.HasPlaceholder(string(f.Data)) {
			// Content known only on the instance is assembled there; literal runs stay quoted.
			fmt.Fprintf(&w, "printf '%%s' %s | pb_file - %s\n", Word(string(f.Data)), target)
			continue
		}
		name := fmt.Sprintf("%s/files/%d", dir, i+1)
		b.Add(name, 0o600, f.Data)
		fmt.Fprintf(&w, "pb_file \"$PB_DIR\"/%s %s\n", Quote(name), target)
	}
	if c.Script != nil {
		name := dir + "/script"
		b.Add(name, 0o755, c.Script.Data)
		fmt.Fprintf(&w, "pb_script \"$PB_DIR\"/%s\n", Quote(name))
	}
	for _, cmd := range c.Run {
		fmt.Fprintf(&w, "pb_run %s\n", Quote(Command(cmd)))
	}
	for _, svc := range c.Services {
		if svc.Enable {
			fmt.Fprintf(&w, "pb_enable %s\n", Quote(svc.Name))
		}
		if svc.Start && mode == Boot {
			fmt.Fprintf(&w, "pb_start %s\n", Quote(svc.Name))
		}
	}
	script := dir + ".sh"
	b.Add(script, 0o644, []byte(w.String()))
	return script
}

// StepCall is the run.sh line that runs one step with its timeout and retries.
func StepCall(index, total int, s *plan.Step, script string) string {
	return fmt.Sprintf("pb_step %d %d %s %s %d %d \"$PB_DIR\"/%s\n", index, total, Quote(s.Name), Quote(s.Hash),
		int(s.Timeout.Seconds()+0.999), s.Retries, Quote(script))
}
