package plan

import (
	"crypto/sha256"
	"fmt"
	"strconv"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Action is one part of what a step does, with a hash of its own, so that a change between two
// bakes can be named ("file /etc/nginx/conf.d/tuning.conf", "packages", "run[2]") rather than
// only detected. The step hash covers the same inputs.
type Action struct {
	Detail string `json:"detail"`
	Hash   string `json:"hash"`
}

// actions lists the step's actions in the order the runner applies them.
func actions(rs *recipe.Step, c *recipe.Content) []Action {
	var out []Action
	add := func(detail string, fill func(h fieldHasher)) {
		h := fieldHasher{sha256.New()}
		h.str(detail)
		fill(h)
		out = append(out, Action{Detail: detail, Hash: h.sum()})
	}
	if rs.Timeout > 0 || rs.Retries > 0 {
		add("timeout and retries", func(h fieldHasher) { h.str(rs.Timeout.String()); h.str(strconv.Itoa(rs.Retries)) })
	}
	if rs.Reboot != "" && rs.Reboot != recipe.RebootNever {
		add("reboot", func(h fieldHasher) { h.str(string(rs.Reboot)) })
	}
	if len(c.Environment) > 0 {
		add("environment", func(h fieldHasher) {
			for _, e := range c.Environment {
				h.str(e.Name)
				h.str(e.Value)
			}
		})
	}
	if len(c.Packages) > 0 {
		add("packages", func(h fieldHasher) { h.strs(c.Packages) })
	}
	for _, f := range c.Files {
		add("file "+f.Path, func(h fieldHasher) { h.str(f.Mode); h.str(f.Owner); h.str(f.SHA256()) })
	}
	if c.Script != nil {
		add("script", func(h fieldHasher) { h.str(c.Script.Source.SHA256) })
	}
	for i, cmd := range c.Run {
		add(fmt.Sprintf("run[%d]", i), func(h fieldHasher) { h.str(cmd) })
	}
	for i, cmd := range c.Checks {
		add(fmt.Sprintf("check[%d]", i), func(h fieldHasher) { h.str(cmd) })
	}
	for _, s := range c.Services {
		add("service "+s.Name, func(h fieldHasher) {
			h.str(strconv.FormatBool(s.Enable))
			h.str(strconv.FormatBool(s.Start))
			if s.OnBoot != recipe.OnBootRestart {
				h.str(string(s.OnBoot)) // only when set, so services without it keep their hash
			}
		})
	}
	return out
}
