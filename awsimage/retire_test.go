package awsimage

import (
	"strings"
	"testing"
	"time"
)

// Decide's rules, one image at a time: keep, use, recent launch, then age, stage by stage.
func TestDecide(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	staged := RetirePolicy{Keep: 1, DeprecateAfter: 10 * 24 * time.Hour, DisableAfter: 20 * 24 * time.Hour, DeregisterAfter: 30 * 24 * time.Hour}
	keepOnly := RetirePolicy{Keep: 1, DeprecateAfter: Never, DisableAfter: Never, DeregisterAfter: 0}
	deprecateOnly := RetirePolicy{Keep: 1, DeprecateAfter: 10 * 24 * time.Hour, DisableAfter: Never, DeregisterAfter: Never}
	age := func(days int) time.Time { return now.Add(-time.Duration(days) * 24 * time.Hour) }
	cases := []struct {
		name string
		p    RetirePolicy
		c    Candidate
		uses []string
		want []Action
		why  string
	}{
		{"young", staged, Candidate{ID: "ami-1", Created: age(5)}, nil, nil, "younger than 10d"},
		{"deprecated", staged, Candidate{ID: "ami-1", Created: age(12)}, nil, []Action{ActDeprecate}, "deprecate_after"},
		{"already deprecated", staged, Candidate{ID: "ami-1", Created: age(12), Deprecated: true}, nil, nil, "deprecate_after"},
		{"disabled", staged, Candidate{ID: "ami-1", Created: age(25)}, nil, []Action{ActDeprecate, ActDisable}, "disable_after"},
		{"already disabled", staged, Candidate{ID: "ami-1", Created: age(25), Deprecated: true, Disabled: true}, nil, nil, "disable_after"},
		{"deregistered", staged, Candidate{ID: "ami-1", Created: age(31)}, nil, []Action{ActDeregister}, "deregister_after"},
		{"in use", staged, Candidate{ID: "ami-1", Created: age(90)}, []string{"SSM parameter /x"}, nil, "in use"},
		{"in use and disabled", staged, Candidate{ID: "ami-1", Created: age(25), Disabled: true}, []string{"Auto Scaling group a"}, []Action{ActEnable}, "enabled again"},
		{"launched lately", staged, Candidate{ID: "ami-1", Created: age(90), LastLaunched: age(29)}, nil, nil, "launched 29d ago"},
		{"launched long ago", staged, Candidate{ID: "ami-1", Created: age(90), LastLaunched: age(31)}, nil, []Action{ActDeregister}, "deregister_after"},
		{"keep alone", keepOnly, Candidate{ID: "ami-1", Created: age(0)}, nil, []Action{ActDeregister}, "deregister_after"},
		{"deprecate only", deprecateOnly, Candidate{ID: "ami-1", Created: age(400)}, nil, []Action{ActDeprecate}, "deprecate_after"},
		{"deprecate only, recent launch", deprecateOnly, Candidate{ID: "ami-1", Created: age(400), LastLaunched: age(3)}, nil, nil, "launched 3d ago, within 10d"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			uses := Uses{}
			for _, u := range c.uses {
				uses.add(c.c.ID, u)
			}
			ds := Decide(c.p, []Candidate{c.c}, uses, now)
			if len(ds) != 1 {
				t.Fatalf("%d decisions", len(ds))
			}
			d := ds[0]
			if len(d.Actions) != len(c.want) {
				t.Fatalf("actions %v, want %v (%s)", d.Actions, c.want, d.Why)
			}
			for i := range c.want {
				if d.Actions[i] != c.want[i] {
					t.Fatalf("actions %v, want %v", d.Actions, c.want)
				}
			}
			if !strings.Contains(d.Why, c.why) {
				t.Errorf("why %q, want it to say %q", d.Why, c.why)
			}
		})
	}
}

// The newest Keep-1 earlier images stay whatever their age, newest first by creation, and the
// order of the input does not matter.
func TestDecideKeepsTheNewest(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	p := RetirePolicy{Keep: 3, DeprecateAfter: Never, DisableAfter: Never, DeregisterAfter: 0}
	var cands []Candidate
	for i, id := range []string{"ami-c", "ami-a", "ami-d", "ami-b"} {
		cands = append(cands, Candidate{ID: id, Created: now.Add(-time.Duration(i+1) * 24 * time.Hour)})
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		var in []Candidate
		for _, i := range order {
			in = append(in, cands[i])
		}
		var kept []string
		for _, d := range Decide(p, in, Uses{}, now) {
			if len(d.Actions) == 0 {
				kept = append(kept, d.Image.ID)
			}
		}
		if len(kept) != 2 || kept[0] != "ami-c" || kept[1] != "ami-a" {
			t.Errorf("order %v kept %v, want the two newest [ami-c ami-a]", order, kept)
		}
	}
}
