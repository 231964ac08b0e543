package runner

import (
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

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

// stepData is what step.sh.tmpl sees.
type stepData struct {
	Index       int
	Name        string
	Environment []recipe.EnvVar
	Packages    []string
	Owners      []string      // named owners of staged files, checked before anything is placed
	Staged      string        // bundle path of the step's staged files, DIR/K/NAME; "" when it has no files
	FilesTar    string        // bundle path of the tar of files with named owners; "" when there are none
	Dests       string        // bundle path of the list of destinations
	Dirs        string        // bundle path of the list of destination directories
	LiveFiles   []recipe.File // content known only on the machine, assembled there
	Script      string
	Run         []string
	Checks      []CheckCall
	Enable      []string
	Start       []string
	Restart     []plan.Service // boot only: services this step is the last to configure
}

// AddStep writes step s's script and its data into the bundle and returns the script's path
// inside the bundle. The script applies the actions in recipe order: environment, packages,
// files, script, run, services.
func AddStep(b *Bundle, mode Mode, index int, s *plan.Step, restart []plan.Service) (string, error) {
	dir := StepDir(index, s)
	c := s.Content
	d := stepData{Index: index, Name: s.Name, Environment: c.Environment, Packages: c.Packages, Run: c.Run, Checks: Checks(c.Checks)}
	if mode == Boot {
		d.Restart = restart
	}
	var staged []recipe.File
	for _, f := range c.Files {
		if f.Source == nil && recipe.HasPlaceholder(string(f.Data)) {
			d.LiveFiles = append(d.LiveFiles, f)
		} else {
			staged = append(staged, f)
		}
	}
	if len(staged) > 0 {
		if err := addStaged(b, &d, dir, staged); err != nil {
			return "", err
		}
	}
	if c.Script != nil {
		d.Script = dir + "/script"
		b.AddLocal(d.Script, 0o755, c.Script.Source)
	}
	for _, svc := range c.Services {
		if svc.Enable {
			d.Enable = append(d.Enable, svc.Name)
		}
		if svc.Start && mode == Boot {
			d.Start = append(d.Start, svc.Name)
		}
	}
	text, err := Execute(stepTemplate, d)
	if err != nil {
		return "", err
	}
	script := dir + ".sh"
	b.Add(script, 0o644, []byte(strings.TrimRight(text, "\n")+"\n"))
	return script, nil
}

// AddSteps adds steps (numbered from 1) to the bundle as AddStep does, on every core: a step's
// script is rendered on its own, and a recipe of a thousand steps spends most of its rendering
// there. It returns each step's script path, in order; the bundle is the same whatever the
// order the steps were added in, and so is the error: the first step's that failed.
func AddSteps(b *Bundle, mode Mode, steps []*plan.Step) ([]string, error) {
	scripts := make([]string, len(steps))
	errs := make([]error, len(steps))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(steps)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(steps); i = int(next.Add(1) - 1) {
				scripts[i], errs[i] = AddStep(b, mode, i+1, steps[i], nil)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return scripts, nil
}

// addStaged puts a step's files in the bundle with the lists pb_files reads. A file whose owner
// is root or a number is staged directly, at DIR.files/K/NAME for the K-th destination directory
// of the step: unpacking the bundle writes it, and placing it is two renames. A file whose owner
// is a name goes into the step's tar, unpacked when the step runs, once an earlier step may have
// created that user.
func addStaged(b *Bundle, d *stepData, dir string, staged []recipe.File) error {
	d.Staged, d.Dests, d.Dirs = dir+".files", dir+".dests", dir+".dirs"
	dirs := FileDirs(staged)
	index := make(map[string]int, len(dirs))
	for i, dd := range dirs {
		index[dd] = i + 1
	}
	var named []recipe.File
	var dests strings.Builder
	for _, f := range staged {
		dests.WriteString(f.Path + "\n")
		if namesOwner(f.Owner) {
			named = append(named, f)
			continue
		}
		name := fmt.Sprintf("%s/%d/%s", d.Staged, index[path.Dir(f.Path)], path.Base(f.Path))
		if err := b.AddStaged(name, f); err != nil {
			return err
		}
	}
	if len(named) > 0 {
		d.FilesTar = dir + ".tar"
		if err := b.AddFiles(d.FilesTar, named); err != nil {
			return err
		}
	}
	b.Add(d.Dests, 0o600, []byte(dests.String()))
	b.Add(d.Dirs, 0o600, []byte(strings.Join(dirs, "\n")+"\n"))
	d.Owners = namedOwners(staged)
	return nil
}

// namedOwners lists, once each and in order, the owners that name a user or group other than
// root, which must exist on the machine.
func namedOwners(files []recipe.File) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		if !namesOwner(f.Owner) || seen[f.Owner] {
			continue
		}
		seen[f.Owner] = true
		out = append(out, f.Owner)
	}
	return out
}

// namesOwner reports whether an owner (USER[:GROUP]) names a user or group that must be looked
// up on the machine.
func namesOwner(owner string) bool {
	user, group, _ := strings.Cut(owner, ":")
	return !isID(user) || !isID(group)
}

// isID reports whether an owner part needs no lookup: empty, root, or numeric.
func isID(s string) bool {
	if s == "" || s == "root" {
		return true
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// StepCall is one step as the runners' templates call it.
type StepCall struct {
	Index, Total   int
	Name, Hash     string
	TimeoutSeconds int
	Retries        int
	Script         string
	Phase          string
	Reboot         string // never, if_required or always
}

// NewStepCall describes how a runner calls step s, whose script is at script in the bundle.
func NewStepCall(index, total int, s *plan.Step, script string) StepCall {
	c := StepCall{Index: index, Total: total, Name: s.Name, Hash: s.Hash,
		TimeoutSeconds: int(s.Timeout.Seconds() + 0.999), Retries: s.Retries, Script: script, Phase: string(s.Phase),
		Reboot: string(recipe.RebootNever)}
	if s.Reboot != "" {
		c.Reboot = string(s.Reboot)
	}
	return c
}

// CheckCall is one of a step's checks: its number (from 1), the command with boot values
// expanded, and the text as the recipe wrote it, for the record and messages.
type CheckCall struct {
	N       int
	Command string
	Text    string
}

// Checks numbers a step's checks.
func Checks(checks []string) []CheckCall {
	var out []CheckCall
	for i, c := range checks {
		out = append(out, CheckCall{N: i + 1, Command: Command(c), Text: recipe.Display(c)})
	}
	return out
}
