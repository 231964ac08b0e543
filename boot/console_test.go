package boot

import (
	"reflect"
	"strings"
	"testing"
)

// A console is read for how the boot part ended and each step's and check's last result:
// results from a boot before a reboot stay, a later run of a check replaces its earlier one, and
// a boot that only rebooted has not ended.
func TestReadOutcome(t *testing.T) {
	const d = "sha256:02527272471c6c910cfdadabb3bae581cad8cdf04a2925eef52c1eebf1c368c3"
	cases := []struct {
		name    string
		console string
		want    Outcome
	}{
		{"nothing yet", "[    0.000000] Linux version 6.12\ncloud-init running\n", Outcome{}},
		{"rebooting", "parbake-boot: rebooting digest=" + d + " total=1.500s kernel:0123456789ab=reboot\n",
			Outcome{Digest: d, Total: 1.5, Steps: []OutcomeStep{{Name: "kernel", ShortHash: "0123456789ab", Status: "reboot"}}}},
		{"passed after a reboot", strings.Join([]string{
			"parbake-boot: rebooting digest=" + d + " total=1.500s kernel:0123456789ab=reboot",
			"[   10.1] systemd[1]: Started",
			"+ check 1: curl -fsS http://127.0.0.1:${var.http_port}/whoami",
			"web-1.example.com",
			"::parbake:boot::check-ok 2 site 1 0 0.012",
			"parbake-boot: ok digest=" + d + " total=0.250s kernel:0123456789ab=0.200s site:ba9876543210=0.050s",
		}, "\r\n"), Outcome{Ended: true, OK: true, Started: true, Digest: d, Total: 0.25,
			Steps:  []OutcomeStep{{Name: "kernel", ShortHash: "0123456789ab", Status: "ok", Seconds: 0.2}, {Name: "site", ShortHash: "ba9876543210", Status: "ok", Seconds: 0.05}},
			Checks: []OutcomeCheck{{Step: "site", N: 1, Text: "curl -fsS http://127.0.0.1:${var.http_port}/whoami", Status: "ok", Seconds: 0.012}},
			Tail:   []string{"[   10.1] systemd[1]: Started", "+ check 1: curl -fsS http://127.0.0.1:${var.http_port}/whoami", "web-1.example.com"}}},
		{"stopped inside a step", strings.Join([]string{
			"::parbake:boot::boot-begin 2",
			"::parbake:boot::step-begin 1 2 nginx",
			"::parbake:boot::step-ok 1 nginx 0.500",
			"::parbake:boot::step-begin 2 2 site",
			"+ nginx -t",
		}, "\n"), Outcome{Started: true, Running: "site"}},
		{"between steps", "::parbake:boot::step-begin 1 2 nginx\n::parbake:boot::step-ok 1 nginx 0.500\n", Outcome{Started: true}},
		{"a check failed on the last try", strings.Join([]string{
			"+ check 1: test -f /etc/site",
			"::parbake:boot::check-failed 1 site 1 1 0.003",
			"+ check 1: test -f /etc/site",
			"::parbake:boot::check-failed 1 site 1 2 0.004",
			"parbake: check 1 of step site failed with exit code 2: test -f /etc/site",
			"parbake-boot: failed(2) digest=" + d + " total=0.010s site:ba9876543210=failed",
		}, "\n"), Outcome{Ended: true, ExitCode: 2, Started: true, Digest: d, Total: 0.01,
			Steps:  []OutcomeStep{{Name: "site", ShortHash: "ba9876543210", Status: "failed"}},
			Checks: []OutcomeCheck{{Step: "site", N: 1, Text: "test -f /etc/site", Status: "failed", ExitCode: 2, Seconds: 0.004}},
			Tail:   []string{"+ check 1: test -f /etc/site", "+ check 1: test -f /etc/site", "parbake: check 1 of step site failed with exit code 2: test -f /etc/site"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadOutcome(strings.NewReader(c.console))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, c.want) {
				t.Errorf("got  %+v\nwant %+v", *got, c.want)
			}
		})
	}
}
