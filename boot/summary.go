package boot

import (
	"regexp"
	"strconv"
	"strings"
)

// Summary is the line the boot runner prints on the console when a boot ends (pb_report):
//
//	parbake-boot: ok digest=sha256:… total=0.019s site:1a2b3c4d5e6f=0.012s motd:…=failed
//
// Every reader of consoles and logs (the test launch's outcome, measure's timings) parses it
// here, and only here.
type Summary struct {
	Status   string // ok, rebooting or failed
	ExitCode int    // the boot part's status when it failed
	Digest   string
	Total    float64
	Steps    []OutcomeStep
	// Line is the summary from "parbake-boot:" on, without what the console put before it: the
	// same boot's identity in every log that shows it.
	Line string
}

// summaryLine matches the summary anywhere in a line (consoles prefix it with a timestamp or a
// unit's name); a step is NAME:HASH=SECONDSs or NAME:HASH=STATUS, HASH the step hash's first 12
// hex digits.
var summaryLine = regexp.MustCompile(`parbake-boot: (ok|rebooting|failed\((\d+)\)) digest=(\S+) total=([0-9.]+)s((?: [A-Za-z0-9_.-]+:[0-9a-f]{12}=(?:[0-9.]+s|[a-z]+))*)\s*$`)

// ParseSummary reads a summary line; ok is false for any other line, and for a summary cut short
// (a console keeps its last 64 KB, and a line may be cut at either end).
func ParseSummary(line string) (s Summary, ok bool) {
	line = strings.TrimRight(line, "\r")
	m := summaryLine.FindStringSubmatchIndex(line)
	if m == nil {
		return Summary{}, false
	}
	sub := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return line[m[2*i]:m[2*i+1]]
	}
	s.Line = strings.TrimRight(line[m[0]:], " \t")
	s.Status = sub(1)
	if strings.HasPrefix(s.Status, "failed") {
		s.Status = "failed"
		s.ExitCode, _ = strconv.Atoi(sub(2))
	}
	s.Digest = sub(3)
	s.Total, _ = strconv.ParseFloat(sub(4), 64)
	for _, f := range strings.Fields(sub(5)) {
		nameHash, value, _ := strings.Cut(f, "=")
		st := OutcomeStep{}
		st.Name, st.ShortHash, _ = strings.Cut(nameHash, ":")
		if secs, done := strings.CutSuffix(value, "s"); done {
			st.Status = "ok"
			st.Seconds, _ = strconv.ParseFloat(secs, 64)
		} else {
			st.Status = value
		}
		s.Steps = append(s.Steps, st)
	}
	return s, true
}

// String is the summary line as the boot runner prints it (pb_report's awk; a test holds the two
// to each other): the status (failed with its exit code), the digest, the total, then each step
// that ran, NAME:HASH=SECONDSs when it passed and NAME:HASH=STATUS when not. Skipped steps (done
// on an earlier boot) are not in it.
func (s Summary) String() string {
	var b strings.Builder
	b.WriteString("parbake-boot: ")
	switch s.Status {
	case "failed":
		b.WriteString("failed(" + strconv.Itoa(s.ExitCode) + ")")
	default:
		b.WriteString(s.Status)
	}
	b.WriteString(" digest=" + s.Digest + " total=" + strconv.FormatFloat(s.Total, 'f', 3, 64) + "s")
	for _, st := range s.Steps {
		b.WriteString(" " + st.Name + ":" + st.ShortHash + "=")
		if st.Status == "ok" {
			b.WriteString(strconv.FormatFloat(st.Seconds, 'f', 3, 64) + "s")
		} else {
			b.WriteString(st.Status)
		}
	}
	return b.String()
}
