package plan

import (
	"strings"
	"testing"
)

// Every kind of change between an earlier bake and this plan is found and named.
func TestChanges(t *testing.T) {
	old := mustPlanOf(t, `
policy {
  launches_per_day = 1000
}
step "nginx" {
  packages = ["nginx"]
  file "/etc/nginx/conf.d/tuning.conf" {
    content = "a"
  }
  run = ["nginx -t", "true"]
}
step "motd" {
  run = ["echo hi"]
}
step "gone" {
  run = ["echo bye"]
}
step "late" {
  phase = "boot"
  run   = ["echo later"]
}`)
	now := mustPlanOf(t, `
policy {
  launches_per_day = 1000
}
step "nginx" {
  packages = ["nginx"]
  file "/etc/nginx/conf.d/tuning.conf" {
    content = "b"
  }
  run = ["nginx -t", "false"]
}
step "motd" {
  changes_every = "24h"
  run           = ["echo hi"]
}
step "late" {
  run = ["echo later"]
}
step "audit" {
  run = ["auditctl -l"]
}`)
	var prev Previous
	for _, s := range old.Bake() {
		prev.Baked = append(prev.Baked, PreviousStep{Name: s.Name, Hash: s.Hash, Actions: s.Actions})
	}
	prev.Boot = Names(old.Boot())
	got := now.Changes(prev)
	want := []Change{
		{Step: "nginx", Change: Changed, Detail: "file /etc/nginx/conf.d/tuning.conf, run[1]", Review: true},
		{Step: "late", Change: Moved, Review: true},
		{Step: "audit", Change: Added, Detail: "new step, baked", Review: true},
		{Step: "motd", Change: Moved},
		{Step: "gone", Change: Removed, Detail: "no longer in the recipe (for this role)"},
	}
	if len(got) != len(want) {
		t.Fatalf("changes %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if g.Step != w.Step || g.Change != w.Change || g.Review != w.Review || (w.Detail != "" && g.Detail != w.Detail) {
			t.Errorf("change %d = %+v, want %+v", i, g, w)
		}
	}
	if !strings.HasPrefix(got[3].Detail, "moved to boot (changes every 24h") || !strings.HasPrefix(got[1].Detail, "moved to bake (") {
		t.Errorf("moves: %q, %q", got[3].Detail, got[1].Detail)
	}
	report := ChangeReport(got, true)
	for _, w := range []string{"nginx: changed (file /etc/nginx/conf.d/tuning.conf, run[1]) [needs review]", "motd: moved to boot (changes every 24h",
		"new step: audit [needs review]", "removed step: gone", "3 changes need a new review"} {
		if !strings.Contains(report, w) {
			t.Errorf("report lacks %q:\n%s", w, report)
		}
	}
	if ChangeReport(nil, false) != "no change to the baked steps" {
		t.Error("empty report")
	}
}

func mustPlanOf(t *testing.T, src string) *Plan {
	t.Helper()
	p, diags := Make(mustLoad(t, src), Inputs{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return p
}
