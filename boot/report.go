package boot

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/parbake/packer-plugin-parbake/timings"
)

// Report is the boot report the runner writes at ReportPath.
type Report struct {
	Recipe       string  `json:"recipe"`
	Role         string  `json:"role"`
	BakeDigest   string  `json:"bake_digest"`
	CloudInit    string  `json:"cloud_init"` // the version the boot ran under; "" when unknown
	Systemd      string  `json:"systemd"`    // likewise: "257"
	Status       string  `json:"status"`     // ok, failed, or rebooting (the boot part goes on after a reboot)
	ExitCode     int     `json:"exit_code"`
	TotalSeconds float64 `json:"total_seconds"`
	// Lifecycle is which part of a warm-pool plan this start ran: warm (while the instance
	// warmed), service (at service entry, after a warm-up), or direct (both in one boot); empty
	// without a warm pool.
	Lifecycle string        `json:"lifecycle,omitempty"`
	Steps     []ReportStep  `json:"steps"`
	Checks    []ReportCheck `json:"checks"`
	Fetches   []ReportFetch `json:"fetches"`
}

// ReportCheck is one check's last run at boot.
type ReportCheck struct {
	Step            string  `json:"step"`
	Check           string  `json:"check"`  // as the recipe wrote it
	Status          string  `json:"status"` // ok or failed
	ExitCode        int     `json:"exit_code"`
	DurationSeconds float64 `json:"duration_seconds"`
}

// ReportFetch is one batch of values fetched at boot: source, values, CLI calls and starts
// (attempts, retries included), and time.
type ReportFetch struct {
	Source   string  `json:"source"`
	Values   int     `json:"values"`
	Calls    int     `json:"calls"`
	Attempts int     `json:"attempts"`
	Seconds  float64 `json:"seconds"`
}

// ReportStep is one step of a boot report.
type ReportStep struct {
	Name            string  `json:"name"`
	Hash            string  `json:"hash"`
	Phase           string  `json:"phase"`
	Status          string  `json:"status"` // ok, failed, reboot (exit 194: runs again) or skipped (ran on an earlier boot)
	ExitCode        int     `json:"exit_code"`
	DurationSeconds float64 `json:"duration_seconds"`
}

// ParseReport reads a boot report.
func ParseReport(data []byte) (*Report, error) {
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("not a parbake boot report: %w", err)
	}
	if r.Status == "" {
		return nil, fmt.Errorf("not a parbake boot report: no status")
	}
	return &r, nil
}

// Timing is one step's measured duration at boot, as a report or a console line gives it.
type Timing struct {
	Name      string
	ShortHash string // the first 12 hex digits of the step hash
	Seconds   float64
}

// Boot is one finished boot's timings, with an identity so it is counted once.
type Boot struct {
	ID      string // sha256 of the report or of the summary line
	Timings []Timing
}

// Boots reads the measured durations of the steps that ran at boot from a boot report (JSON)
// or from a console log holding the runner's summary lines. Only boots that finished, or ended in
// a reboot a step asked for, count: a failed boot's durations say nothing about a normal one.
func Boots(data []byte) ([]Boot, error) { return BootsFrom(bytes.NewReader(data)) }

// maxReport bounds a boot report read whole; the runner's are a few kilobytes.
const maxReport = 1 << 20

// BootsFrom is Boots on a stream: console logs are read line by line, so a long one costs no
// more memory than its longest line.
func BootsFrom(in io.Reader) ([]Boot, error) {
	br := bufio.NewReader(in)
	for {
		c, err := br.Peek(1)
		if err != nil || (c[0] != ' ' && c[0] != '\t' && c[0] != '\n' && c[0] != '\r') {
			break
		}
		br.ReadByte()
	}
	if c, err := br.Peek(1); err == nil && c[0] == '{' {
		data, err := io.ReadAll(io.LimitReader(br, maxReport+1))
		if err != nil {
			return nil, err
		}
		if len(data) > maxReport {
			return nil, fmt.Errorf("not a parbake boot report: over %d bytes", maxReport)
		}
		t := bytes.TrimSpace(data)
		r, err := ParseReport(t)
		if err != nil {
			return nil, err
		}
		if r.Status != "ok" && r.Status != "rebooting" {
			return nil, nil
		}
		b := Boot{ID: digestOf(t)}
		for _, s := range r.Steps {
			if s.Status == "ok" {
				b.Timings = append(b.Timings, Timing{Name: s.Name, ShortHash: timings.ShortHash(s.Hash), Seconds: s.DurationSeconds})
			}
		}
		return []Boot{b}, nil
	}
	var out []Boot
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		sum, ok := ParseSummary(line)
		if !ok || sum.Status == "failed" {
			continue
		}
		// The same boot's line can appear in several logs (console, cloud-init's output, the
		// boot log): the line with its digest and durations is its identity.
		b := Boot{ID: digestOf([]byte(sum.Line))}
		for _, st := range sum.Steps {
			if st.Status == "ok" {
				b.Timings = append(b.Timings, Timing{Name: st.Name, ShortHash: st.ShortHash, Seconds: st.Seconds})
			}
		}
		out = append(out, b)
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return nil, err
	}
	return out, nil
}

func digestOf(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Learn adds the boots not counted before to the timings file, each step's duration as a boot
// sample, and says how many boots were new.
func Learn(t *timings.File, boots []Boot) int {
	added := 0
	for _, b := range boots {
		if !t.FirstSight(b.ID) {
			continue
		}
		for _, s := range b.Timings {
			t.Add(s.Name, s.ShortHash, timings.Boot, s.Seconds)
		}
		added++
	}
	return added
}
