// Command fleet-sim simulates a burst of instances reading their ssm: values at boot against
// Parameter Store's throughput limit, with the boot runner's retry policy (boot.SSM*), and
// prints how long until every instance has its values against the throughput bound, batched
// (GetParameters, ten names a call, the calls at once) and one call per value. `make
// bench-fleet` runs it beside the real fleet on the EC2 box.
package main

import (
	"container/heap"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"time"

	"github.com/parbake/packer-plugin-parbake/boot"
)

// Model is what the simulation assumes; the retry policy itself is boot's.
type Model struct {
	Instances int
	Values    int
	TPS       float64       // Parameter Store's limit: a token bucket of TPS a second…
	Burst     float64       // …holding at most Burst
	CLIStart  time.Duration // the AWS CLI's start, before its first request
	Latency   time.Duration // one request's round trip
	Jitter    time.Duration // the first call's random delay
	Deadline  time.Duration
	Batched   bool
	Seed      int64
}

// Result is one run's figures.
type Result struct {
	AllReady  time.Duration // until the last instance had every value
	Failed    int           // instances past the deadline
	Requests  int           // every request, throttled ones included
	Calls     int           // calls needed: the minimum number of requests
	Bound     time.Duration // Calls / TPS
	Throttled int
}

type event struct {
	at   float64
	call *call
	seq  int
}

type queue []event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// call is one GetParameter(s) call of one instance: a CLI start with up to SSMCLIAttempts
// attempts, then the runner's backoff and another start, until it succeeds or the deadline.
type call struct {
	instance int
	attempt  int // within the current CLI start
	start    int // CLI starts so far
	next     *call
}

// Run simulates one burst.
func Run(m Model) Result {
	rng := rand.New(rand.NewSource(m.Seed))
	perInstance := m.Values
	concurrent := false
	if m.Batched {
		perInstance = (m.Values + boot.SSMBatch - 1) / boot.SSMBatch
		concurrent = true
	}
	res := Result{Calls: m.Instances * perInstance}
	res.Bound = time.Duration(float64(res.Calls) / m.TPS * float64(time.Second))
	secs := func(d time.Duration) float64 { return d.Seconds() }
	tokens, last := m.Burst, 0.0
	take := func(at float64) bool {
		tokens = math.Min(m.Burst, tokens+(at-last)*m.TPS)
		last = at
		if tokens < 1 {
			return false
		}
		tokens--
		return true
	}
	var q queue
	seq := 0
	push := func(at float64, c *call) {
		seq++
		heap.Push(&q, event{at: at, call: c, seq: seq})
	}
	left := make([]int, m.Instances) // calls each instance still needs
	done := make([]float64, m.Instances)
	for i := 0; i < m.Instances; i++ {
		left[i] = perInstance
		t0 := rng.Float64() * secs(m.Jitter)
		if concurrent {
			for c := 0; c < perInstance; c++ {
				push(t0+secs(m.CLIStart), &call{instance: i, attempt: 1, start: 1})
			}
		} else { // one CLI start per value, one after the other
			var first, prev *call
			for c := 0; c < perInstance; c++ {
				cl := &call{instance: i, attempt: 1, start: 1}
				if prev != nil {
					prev.next = cl
				} else {
					first = cl
				}
				prev = cl
			}
			push(t0+secs(m.CLIStart), first)
		}
	}
	deadline := make([]float64, m.Instances)
	for i := range deadline {
		deadline[i] = math.Inf(1)
	}
	for q.Len() > 0 {
		e := heap.Pop(&q).(event)
		c := e.call
		if math.IsInf(deadline[c.instance], 1) {
			deadline[c.instance] = e.at - secs(m.CLIStart) + secs(m.Deadline)
		}
		res.Requests++
		if take(e.at) {
			at := e.at + secs(m.Latency)
			left[c.instance]--
			if left[c.instance] == 0 {
				done[c.instance] = at
			}
			if c.next != nil {
				push(at+secs(m.CLIStart), c.next)
			}
			continue
		}
		res.Throttled++
		if c.attempt < boot.SSMCLIAttempts { // the CLI's own retry: full jitter, capped at 20s
			wait := rng.Float64() * math.Min(20, math.Pow(2, float64(c.attempt-1)))
			c.attempt++
			push(e.at+secs(m.Latency)+wait, c)
			continue
		}
		// The CLI gave up: the runner backs off and starts it again, within the deadline.
		window := math.Min(secs(boot.SSMBackoffCap), secs(boot.SSMBackoffBase)*math.Pow(2, float64(c.start-1)))
		at := e.at + secs(m.Latency) + rng.Float64()*window + secs(m.CLIStart)
		if at > deadline[c.instance] {
			res.Failed++
			left[c.instance] = -1 << 30 // never ready
			continue
		}
		c.attempt, c.start = 1, c.start+1
		push(at, c)
	}
	for i := range done {
		if left[i] == 0 && done[i] > secs(res.AllReady) {
			res.AllReady = time.Duration(done[i] * float64(time.Second))
		}
	}
	return res
}

func main() {
	instances := flag.Int("instances", 1000, "instances launched at once")
	values := flag.Int("values", 12, "ssm: values each reads")
	tps := flag.Float64("tps", 40, "Parameter Store's throughput, requests a second")
	flag.Parse()
	base := Model{Instances: *instances, Values: *values, TPS: *tps, Burst: *tps, CLIStart: 400 * time.Millisecond,
		Latency: 20 * time.Millisecond, Jitter: boot.DefaultBurstJitter, Deadline: boot.DefaultSSMDeadline, Seed: 1}
	batched, single := base, base
	batched.Batched = true
	b, s := Run(batched), Run(single)
	fmt.Printf("simulation: %d instances × %d ssm: values, Parameter Store at %.0f TPS, jitter %s, deadline %s\n",
		*instances, *values, *tps, base.Jitter, base.Deadline)
	show := func(name string, r Result) {
		ready := fmt.Sprintf("all ready %.1fs (%.2f× the bound)", r.AllReady.Seconds(), r.AllReady.Seconds()/r.Bound.Seconds())
		if r.Failed > 0 {
			ready = fmt.Sprintf("%d of %d instances failed at the deadline", r.Failed, base.Instances)
		}
		fmt.Printf("  %-22s calls needed %5d, requests %6d (%d throttled), throughput bound %.1fs, %s\n",
			name, r.Calls, r.Requests, r.Throttled, r.Bound.Seconds(), ready)
	}
	show("batched (this runner)", b)
	show("one call per value", s)
	ratio := b.AllReady.Seconds() / b.Bound.Seconds()
	verdict := "ok"
	if ratio > 1.5 || b.Failed > 0 {
		verdict = "SHORT"
	}
	fmt.Printf("goal: at %d instances, time to all ready ≤ 1.5× the throughput bound: %.2f× %s\n", *instances, ratio, verdict)
	if verdict != "ok" {
		os.Exit(0) // a benchmark reports; it does not fail the build
	}
}
