package boot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

func TestFetchGroupsByDepth(t *testing.T) {
	vars := []assignment{ // in resolution order
		{Name: "domain", Fetch: recipe.SourceIMDS},
		{Name: "env", Value: "prod"},
		{Name: "db", Fetch: recipe.SourceSSM},
		{Name: "cert", Fetch: recipe.SourceSSM, Refs: []string{"domain"}},
		{Name: "key", Fetch: recipe.SourceSSM, Refs: []string{"domain", "env"}},
		{Name: "region", Fetch: recipe.SourceFile},
		{Name: "chain", Fetch: recipe.SourceSSM, Refs: []string{"cert"}},
	}
	var got []string
	for _, g := range fetchGroups(vars) {
		if g.SSM != nil {
			var names []string
			for _, a := range g.SSM {
				names = append(names, a.Name)
			}
			got = append(got, "ssm("+strings.Join(names, ",")+")")
		} else {
			got = append(got, g.Single.Name)
		}
	}
	want := "domain env region ssm(db) ssm(cert,key) ssm(chain)"
	if strings.Join(got, " ") != want {
		t.Errorf("fetch groups %q, want %q", strings.Join(got, " "), want)
	}
}

func TestFetchJitter(t *testing.T) {
	cases := []struct {
		name     string
		launches float64
		option   string
		want     time.Duration
	}{
		{"one instance now and then", 100, "", 0},
		{"bursts", 5000, "", DefaultBurstJitter},
		{"explicit", 100, "750ms", 750 * time.Millisecond},
		{"explicitly none", 5000, "0s", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "policy {\n  launches_per_day = " + fmt.Sprint(c.launches) + "\n}\nstep \"s\" {\n  run = [\"true\"]\n}\n"
			p := mustPlan(t, src, nil, nil)
			if got := fetchJitter(p, Options{FetchJitter: c.option}); got != c.want {
				t.Errorf("jitter %v, want %v", got, c.want)
			}
		})
	}
}

func TestSSMOptionsAreChecked(t *testing.T) {
	errs := Validate(Options{SSMDeadline: "soon", FetchJitter: "-1s"})
	text := ""
	for _, e := range errs {
		text += e.Error() + "\n"
	}
	for _, want := range []string{`ssm_deadline: "soon" is not a duration`, `fetch_jitter: "-1s" is not a duration`} {
		if !strings.Contains(text, want) {
			t.Errorf("errors lack %q:\n%s", want, text)
		}
	}
}
