package boot

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// cloudConfig hands the boot steps' files to cloud-config's write_files and their packages to
// its packages module, and runs everything else through runcmd with the shell runner itself: the
// same step bodies (runner/templates/step.sh.tmpl), checks timed and recorded, markers and boot
// report as the other formats. cloud-init applies its modules in a fixed order (files, then
// packages, then runcmd), so a plan whose order that would change is refused with the reason,
// rather than rendered into something that behaves differently.
//
// The result is JSON after the #cloud-config line: JSON is YAML, and Go writes it exactly.
func cloudConfig(p *plan.Plan, o Options) (string, error) {
	if o.OnMismatch == MismatchBootAll {
		return "", fmt.Errorf("%w: on_mismatch = \"boot-all\" needs the shell runner; use format = \"mime\" or \"shell\"", ErrCannotExpress)
	}
	if wp := p.Policy.WarmPool; wp != nil {
		return "", fmt.Errorf("%s: %w: with a warm pool, an instance runs its warm part while it warms and its boot part at service entry, and cloud-init runs cloud-config once, at the first start; use format = \"mime\" or \"shell\"",
			recipe.Pos(wp.Range), ErrCannotExpress)
	}
	if p.Ready != nil {
		return "", fmt.Errorf("%s: %w: the ready block needs the instance's tags and the AWS CLI before cloud-init's modules run; use format = \"mime\" or \"shell\"",
			recipe.Pos(p.Ready.DeclRange), ErrCannotExpress)
	}
	if problems := cloudConfigProblems(p.Boot()); len(problems) > 0 {
		return "", fmt.Errorf("%w (use format = \"mime\" or \"shell\"): %s", ErrCannotExpress, strings.Join(problems, "; "))
	}
	if err := checkInlineSize(p.Boot(), o); err != nil {
		return "", err
	}
	var files []writeFile
	var packages []string
	rest := *p
	rest.Steps = nil
	for _, s := range p.Steps {
		if s.Phase != recipe.PhaseBoot {
			rest.Steps = append(rest.Steps, s)
			continue
		}
		c := s.Content
		for _, f := range c.Files {
			data := f.Data
			if f.Source != nil {
				var err error
				if data, err = f.Source.ReadAll(inlineLimit(o)); err != nil {
					return "", err
				}
			}
			files = append(files, writeFile{Path: f.Path, Content: base64.StdEncoding.EncodeToString(data), Encoding: "b64", Permissions: f.Mode, Owner: f.Owner})
		}
		packages = append(packages, c.Packages...)
		// The runner runs the step without what cloud-init's modules did; its hash, and so its
		// record and report, stay the step's.
		left := *c
		left.Files, left.Packages = nil, nil
		step := *s
		step.Content = &left
		rest.Steps = append(rest.Steps, &step)
	}
	script, _, err := script(&rest, o)
	if err != nil {
		return "", err
	}
	doc := cloudConfigDoc{RunCmd: []string{script}, WriteFiles: files, Packages: packages}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return "", err
	}
	return "#cloud-config\n" + string(b) + "\n", nil
}

// cloudConfigDoc is the document; JSON field order is the struct's, so output is stable.
type cloudConfigDoc struct {
	Packages   []string    `json:"packages,omitempty"`
	RunCmd     []string    `json:"runcmd"`
	WriteFiles []writeFile `json:"write_files,omitempty"`
}

type writeFile struct {
	Path        string `json:"path"`
	Content     string `json:"content"`
	Encoding    string `json:"encoding"`
	Permissions string `json:"permissions"`
	Owner       string `json:"owner"`
}

// cloudConfigProblems lists the steps cloud-config cannot express, and why.
func cloudConfigProblems(steps []*plan.Step) []string {
	var problems []string
	seenPackages := false
	for _, s := range steps {
		why := cannotExpress(s)
		if len(s.Content.Files) > 0 && seenPackages {
			why = append(why, "its files would be written before an earlier step's packages are installed")
		}
		if len(why) > 0 {
			problems = append(problems, fmt.Sprintf("%s: step %s: %s", recipe.Pos(s.Range), s.Name, strings.Join(why, "; ")))
			continue
		}
		seenPackages = seenPackages || len(s.Content.Packages) > 0
	}
	return problems
}

// cannotExpress lists what in a step cloud-config has no way to say.
func cannotExpress(s *plan.Step) []string {
	var why []string
	if len(s.BootVars) > 0 {
		why = append(why, "it uses boot variables ("+strings.Join(s.BootVars, ", ")+"), which cloud-config cannot fetch")
	}
	for _, e := range s.Content.Environment {
		if recipe.HasPlaceholder(e.Value) {
			why = append(why, "its environment uses boot variables")
			break
		}
	}
	if s.Reboot != "" && s.Reboot != recipe.RebootNever {
		why = append(why, "cloud-config cannot reboot in the middle of the boot part and go on after it (reboot = \""+string(s.Reboot)+"\")")
	}
	return why
}
