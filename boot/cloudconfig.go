package boot

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
	"github.com/parbake/packer-plugin-parbake/runner"
)

// cloudConfig maps the boot steps onto cloud-config's write_files, packages and runcmd. cloud-init
// applies those modules in a fixed order (files, then packages, then commands), and has no
// per-step timeouts, retries or variable resolution, so a plan that needs any of that is refused
// with the reason, rather than rendered into something that behaves differently.
//
// The result is JSON after the #cloud-config line: JSON is YAML, and Go writes it exactly.
func cloudConfig(p *plan.Plan, o Options) (string, error) {
	if o.OnMismatch == MismatchBootAll {
		return "", fmt.Errorf("%w: on_mismatch = \"boot-all\" needs the shell runner; use format = \"mime\" or \"shell\"", ErrCannotExpress)
	}
	if p.Ready != nil {
		return "", fmt.Errorf("%s: %w: the ready block signals how the whole boot part ended, which cloud-init's modules do not report; use format = \"mime\" or \"shell\"",
			recipe.Pos(p.Ready.DeclRange), ErrCannotExpress)
	}
	if problems := cloudConfigProblems(p.Boot()); len(problems) > 0 {
		return "", fmt.Errorf("%w (use format = \"mime\" or \"shell\"): %s", ErrCannotExpress, strings.Join(problems, "; "))
	}
	if err := checkInlineSize(p.Boot(), o); err != nil {
		return "", err
	}
	d := ccScript{Guard: len(p.Bake()) > 0, Manifest: runner.ManifestPath, DigestLib: strings.TrimRight(string(digestLib), "\n"), Digest: p.BakeDigest,
		ServicesLib: strings.TrimRight(string(runner.Compact(runner.ServicesLib)), "\n")}
	var files []writeFile
	var packages []string
	for _, s := range p.Boot() {
		c := s.Content
		for _, f := range c.Files {
			files = append(files, writeFile{Path: f.Path, Content: base64.StdEncoding.EncodeToString(f.Data), Encoding: "b64", Permissions: f.Mode, Owner: f.Owner})
			if f.Source != nil {
				data, err := f.Source.ReadAll(inlineLimit(o))
				if err != nil {
					return "", err
				}
				files[len(files)-1].Content = base64.StdEncoding.EncodeToString(data)
			}
		}
		packages = append(packages, c.Packages...)
		st := ccStep{Name: s.Name, Environment: c.Environment, Run: c.Run, Restart: p.RestartsAfter(s.Name), Checks: runner.Checks(c.Checks)}
		if c.Script != nil {
			data, err := c.Script.Source.ReadAll(inlineLimit(o))
			if err != nil {
				return "", err
			}
			st.Script = StatePath + "/scripts/" + s.Name
			files = append(files, writeFile{Path: st.Script, Content: base64.StdEncoding.EncodeToString(data), Encoding: "b64", Permissions: "0700", Owner: "root:root"})
		}
		for _, svc := range c.Services {
			if svc.Enable {
				st.Enable = append(st.Enable, svc.Name)
			}
			if svc.Start {
				st.Start = append(st.Start, svc.Name)
			}
		}
		d.Steps = append(d.Steps, st)
	}
	d.Starts = bakedStarts(p)
	script, err := runner.Execute(ccTemplate, d)
	if err != nil {
		return "", err
	}
	doc := cloudConfigDoc{RunCmd: []string{script + "\n"}, WriteFiles: files, Packages: packages}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return "", err
	}
	return "#cloud-config\n" + string(b) + "\n", nil
}

var ccTemplate = runner.NewTemplate(templates, "cloudconfig.sh.tmpl")

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

// ccScript is what cloudconfig.sh.tmpl sees: the runcmd script.
type ccScript struct {
	Guard                       bool
	Manifest, DigestLib, Digest string
	ServicesLib                 string
	Steps                       []ccStep
	Starts                      []string // baked services no boot step configures
}

type ccStep struct {
	Name          string
	Environment   []recipe.EnvVar
	Script        string
	Run           []string
	Enable, Start []string
	Restart       []plan.Service // services this step is the last to configure
	// Checks run last, as in the shell runner; a failing one stops the script. cloud-config
	// has no runner to report them: only the console shows their results.
	Checks []runner.CheckCall
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
	if s.Timeout > 0 || s.Retries > 0 {
		why = append(why, "cloud-config has no per-step timeout or retries")
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
