package ec2box

import (
	"math/rand"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Manners are EC2's behaviours that a kind test double leaves out. With them on (ec2.sh start
// --manners real, the e2e suite's default), the box behaves as AWS documents (the README cites
// each page):
//   - eventual consistency: a new instance, image, snapshot or launch-template version is
//     NotFound to the calls that name it, and missing from lists, for a random window;
//   - request throttling: token buckets per action family answer RequestLimitExceeded;
//   - capacity: instance types listed in NoCapacity answer InsufficientInstanceCapacity;
//   - Xen consoles: Latest=true is refused on Xen instance types, whose console shows only what
//     was posted at the last state transition.
//
// ClientToken idempotency on RunInstances is EC2's contract, not a manner: it is always on.
type Manners struct {
	// Seed makes the windows repeatable; the box prints it at start.
	Seed int64
	// Invisible is the longest a new resource stays NotFound; 0: never.
	Invisible time.Duration
	// Throttle scales EC2's published bucket sizes and refill rates (and Auto Scaling's and
	// SSM's) so that a test can reach them; 0: no throttling.
	Throttle float64
	// NoCapacity lists instance types that have no capacity.
	NoCapacity []string
	// XenConsoles applies the Xen console rules to Xen instance types.
	XenConsoles bool
}

// RealManners are the manners the e2e suite and make demo-aws run with.
func RealManners(seed int64) Manners {
	return Manners{Seed: seed, Invisible: 3 * time.Second, Throttle: 0.1, XenConsoles: true}
}

// manners is the box's state for them.
type manners struct {
	Manners
	mu      sync.Mutex
	rand    *rand.Rand
	visible map[string]time.Time // resource id → when it becomes visible
	buckets map[string]*tokenBucket
}

func newManners(m Manners) *manners {
	return &manners{Manners: m, rand: rand.New(rand.NewSource(m.Seed)), visible: map[string]time.Time{}, buckets: map[string]*tokenBucket{}}
}

// born records a new resource: it becomes visible after a random part of the window.
func (m *manners) born(id string, now time.Time) {
	if m == nil || m.Invisible <= 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.visible[id] = now.Add(time.Duration(m.rand.Int63n(int64(m.Invisible))))
}

// hidden reports whether id is still inside its window.
func (m *manners) hidden(id string, now time.Time) bool {
	if m == nil {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	at, ok := m.visible[id]
	if !ok {
		return false
	}
	if !now.Before(at) {
		delete(m.visible, id)
		return false
	}
	return true
}

// bucketSpec is one of EC2's published request token buckets ("Request throttling for the
// Amazon EC2 API": request token bucket sizes and refill rates).
type bucketSpec struct {
	size, refill float64
}

var ec2Buckets = map[string]bucketSpec{
	"non-mutating": {100, 20},
	"mutating":     {200, 5},
	// Resource-intensive actions have their own, smaller bucket.
	"resource-intensive": {50, 5},
}

// ec2Family is the bucket an action draws on.
func ec2Family(action string) string {
	switch {
	case action == "RunInstances" || action == "TerminateInstances" || action == "CreateImage":
		return "resource-intensive"
	case strings.HasPrefix(action, "Describe"), strings.HasPrefix(action, "Get"):
		return "non-mutating"
	}
	return "mutating"
}

// throttled reports whether a request of service's action family finds its bucket empty.
func (m *manners) throttled(service, action string, now time.Time) bool {
	if m == nil || m.Throttle <= 0 {
		return false
	}
	family := service + "/" + action
	spec := bucketSpec{size: 40, refill: 40} // SSM's GetParameter TPS; Auto Scaling's share
	switch service {
	case "ec2":
		family = "ec2/" + ec2Family(action)
		spec = ec2Buckets[ec2Family(action)]
	case "autoscaling":
		family, spec = "autoscaling", bucketSpec{size: 40, refill: 20}
	}
	m.mu.Lock()
	b := m.buckets[family]
	if b == nil {
		b = &tokenBucket{rate: spec.refill * m.Throttle, burst: max(1, spec.size*m.Throttle)}
		m.buckets[family] = b
	}
	m.mu.Unlock()
	return !b.take(now)
}

// throttleError is the error each service answers when throttled.
func throttleError(service string) *APIError {
	switch service {
	case "ssm":
		return apiError(http.StatusBadRequest, "ThrottlingException", "Rate exceeded")
	case "autoscaling":
		return apiError(http.StatusBadRequest, "Throttling", "Rate exceeded")
	}
	return apiError(http.StatusServiceUnavailable, "RequestLimitExceeded", "Request limit exceeded.")
}

// noCapacity reports whether an instance type has no capacity.
func (m *manners) noCapacity(instanceType string) bool {
	return m != nil && contains(m.NoCapacity, instanceType)
}
