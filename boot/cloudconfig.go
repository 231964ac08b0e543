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
	type writeFile struct {
		Path        string `json:"path"`
		Content     string `json:"content"`
		Encoding    string `json:"encoding"`
		Permissions string `json:"permissions"`
		Owner       string `json:"owner"`
	}
	var files []writeFile
	var packages []string
	var script strings.Builder
	script.WriteString("set -e\n")
	if len(p.Bake()) > 0 {
		fmt.Fprintf(&script, "found=$(sed -n 's/^[[:space:]]*\"bake_digest\":[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p' /etc/parbake/manifest.json 2>/dev/null | head -n 1)\n")
		fmt.Fprintf(&script, "[ \"$found\" = %s ] || { echo \"parbake: the image holds bake ${found:-none}, not %s; refusing to run commands\" >&2; exit 3; }\n",
			runner.Quote(p.BakeDigest), p.BakeDigest)
	}
	var problems []string
	seenPackages := false
	for _, s := range p.Boot() {
		c := s.Content
		why := cannotExpress(s)
		if len(c.Files) > 0 && seenPackages {
			why = append(why, "its files would be written before an earlier step's packages are installed")
		}
		if len(why) > 0 {
			problems = append(problems, fmt.Sprintf("step %s: %s", s.Name, strings.Join(why, "; ")))
			continue
		}
		seenPackages = seenPackages || len(c.Packages) > 0
		for _, f := range c.Files {
			files = append(files, writeFile{Path: f.Path, Content: base64.StdEncoding.EncodeToString(f.Data), Encoding: "b64", Permissions: f.Mode, Owner: f.Owner})
		}
		packages = append(packages, c.Packages...)
		if c.Script != nil {
			path := StatePath + "/scripts/" + s.Name
			files = append(files, writeFile{Path: path, Content: base64.StdEncoding.EncodeToString(c.Script.Data), Encoding: "b64", Permissions: "0700", Owner: "root:root"})
		}
		fmt.Fprintf(&script, "echo %s\n(\n", runner.Quote("== parbake "+s.Name))
		for _, e := range c.Environment {
			fmt.Fprintf(&script, "  %s=%s; export %s\n", e.Name, runner.Quote(e.Value), e.Name)
		}
		if c.Script != nil {
			fmt.Fprintf(&script, "  %s\n", runner.Quote(StatePath+"/scripts/"+s.Name))
		}
		for _, cmd := range c.Run {
			fmt.Fprintf(&script, "  sh -ec %s\n", runner.Quote(cmd))
		}
		for _, svc := range c.Services {
			if svc.Enable {
				fmt.Fprintf(&script, "  systemctl enable %s\n", runner.Quote(svc.Name))
			}
			if svc.Start {
				fmt.Fprintf(&script, "  systemctl start --no-block %s\n", runner.Quote(svc.Name))
			}
		}
		script.WriteString(")\n")
	}
	if len(problems) > 0 {
		return "", fmt.Errorf("%w (use format = \"mime\" or \"shell\"): %s", ErrCannotExpress, strings.Join(problems, "; "))
	}
	doc := map[string]interface{}{"runcmd": []string{script.String()}}
	if len(files) > 0 {
		doc["write_files"] = files
	}
	if len(packages) > 0 {
		doc["packages"] = packages
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return "", err
	}
	return "#cloud-config\n" + string(b) + "\n", nil
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
	return why
}
