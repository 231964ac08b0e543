package ec2box

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Config says who the box is and where it keeps things.
type Config struct {
	Region    string
	AccountID string
	AccessKey string
	SecretKey string
	// Subnet is the default subnet's range; the first address is the host's side of the
	// instances' network (where the stand-ins listen), instances get the next free ones.
	Subnet   netip.Prefix
	Machines Machines
	// S3Root holds the objects S3 serves: S3Root/BUCKET/KEY.
	S3Root string
	// LayerDir is where CreateImage puts the layers it freezes.
	LayerDir string
	// Log receives one JSON line per request: the truth about what a client called.
	Log io.Writer
	// LaunchDelay is how long a new instance stays pending before its machine boots, as EC2
	// takes seconds before an instance's OS starts (tags set just after a launch land first).
	LaunchDelay time.Duration
	// Manners are EC2's real behaviours (manners.go); nil: an ideal EC2.
	Manners *Manners
	// Second is how long one of Auto Scaling's seconds (heartbeat timeouts, instance warm-up,
	// launch back-off) lasts in the box: tests shorten it. Zero means a second.
	Second time.Duration
}

// Call is one logged request.
type Call struct {
	Time    time.Time `json:"time"`
	Service string    `json:"service"`
	Action  string    `json:"action"`
	Status  int       `json:"status"`
	Code    string    `json:"code,omitempty"`
	Client  string    `json:"client,omitempty"`
	// AccessKey signed the request.
	AccessKey string `json:"access_key,omitempty"`
	// Parameters and WithDecryption are an SSM read's.
	Parameters     []string `json:"parameters,omitempty"`
	WithDecryption bool     `json:"with_decryption,omitempty"`
	// Lifecycle is a CompleteLifecycleAction's, when Auto Scaling took it.
	Lifecycle *LifecycleAction `json:"lifecycle,omitempty"`
}

// Box is a region of EC2 (and SSM) in memory.
type Box struct {
	cfg Config

	mu            sync.Mutex
	instances     map[string]*Instance
	order         []string // instance ids in launch order, for stable describes
	images        map[string]*Image
	snapshots     map[string]*Snapshot
	volumes       map[string]*Volume
	keyPairs      map[string]*KeyPair // by name
	groups        map[string]*SecurityGroup
	tags          map[string]map[string]string // resource id → tags
	templates     map[string]*LaunchTemplate   // by id
	parameters    map[string]*Parameter        // SSM, by name
	usedIPs       map[netip.Addr]bool
	roles         map[string]aws.Credentials // access key → credentials the box accepts
	calls         []Call
	ssmLimit      *tokenBucket
	lifecycle     []LifecycleAction
	refusals      map[string]string            // action → the error code it answers (Refuse)
	asgs          map[string]*AutoScalingGroup // Auto Scaling groups, by name
	manners       *manners                     // nil without manners
	tokens        map[string]clientToken       // RunInstances' ClientToken → what it launched
	dropped       map[string]int               // responses still to lose, by action (tests)
	versionTokens map[string]versionToken      // CreateLaunchTemplateVersion's ClientToken, by template
	machineMu     sync.Map                     // instance id → *sync.Mutex: one machine call at a time
	asgKick       chan struct{}                // asks the reconciler for a tick now
	asgStop       chan struct{}                // closed to stop the reconciler; nil while none runs
	asgDone       chan struct{}                // closed when it has stopped
	transit       sync.WaitGroup               // background transitions, waited for by Close
}

// Default VPC and subnet, one of each, as a fresh account has.
const (
	defaultVpcID    = "vpc-0b0c0d0e0f1011121"
	defaultSubnetID = "subnet-0a0b0c0d0e0f10111"
	availabilityZ   = "a"
)

// New makes an empty box.
func New(cfg Config) *Box {
	if cfg.Region == "" {
		cfg.Region = "us-east-1"
	}
	if cfg.AccountID == "" {
		cfg.AccountID = "123456789012"
	}
	if !cfg.Subnet.IsValid() {
		cfg.Subnet = netip.MustParsePrefix("10.213.1.0/24")
	}
	b := &Box{
		cfg:        cfg,
		instances:  map[string]*Instance{},
		images:     map[string]*Image{},
		snapshots:  map[string]*Snapshot{},
		volumes:    map[string]*Volume{},
		keyPairs:   map[string]*KeyPair{},
		groups:     map[string]*SecurityGroup{},
		tags:       map[string]map[string]string{},
		templates:  map[string]*LaunchTemplate{},
		parameters: map[string]*Parameter{},
		usedIPs:    map[netip.Addr]bool{},
		roles:      map[string]aws.Credentials{},
		asgs:       map[string]*AutoScalingGroup{},
		asgKick:    make(chan struct{}, 1),
		tokens:     map[string]clientToken{},
	}
	if cfg.Manners != nil {
		b.manners = newManners(*cfg.Manners)
	}
	b.roles[cfg.AccessKey] = aws.Credentials{AccessKeyID: cfg.AccessKey, SecretAccessKey: cfg.SecretKey}
	b.groups["sg-0default000000000"] = &SecurityGroup{ID: "sg-0default000000000", Name: "default", Description: "default VPC security group", VpcID: defaultVpcID}
	return b
}

// AvailabilityZone is the box's only zone.
func (b *Box) AvailabilityZone() string { return b.cfg.Region + availabilityZ }

// HostAddr is the host's address on the instances' network.
func (b *Box) HostAddr() netip.Addr { return b.cfg.Subnet.Addr().Next() }

// newID returns prefix-<17 hex digits>, random as EC2's are, so two boxes never share ids.
func newID(prefix string) string {
	var buf [9]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic(err)
	}
	return prefix + "-" + hex.EncodeToString(buf[:])[:17]
}

// Calls returns the requests logged so far.
func (b *Box) Calls() []Call {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Call(nil), b.calls...)
}

func (b *Box) record(c Call) {
	b.mu.Lock()
	b.calls = append(b.calls, c)
	b.mu.Unlock()
	if b.cfg.Log != nil {
		line, _ := json.Marshal(c)
		b.cfg.Log.Write(append(line, '\n'))
	}
}

// credentials looks up the secret of an access key the box issued.
func (b *Box) credentials(accessKey string) (aws.Credentials, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, ok := b.roles[accessKey]
	return c, ok
}

// ServeHTTP answers every service the box speaks, told apart by the signature's scope.
func (b *Box) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 32<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	call := Call{Time: time.Now().UTC(), Client: r.UserAgent()}
	sc, err := verifySigV4(r, body, b.credentials, time.Now())
	if err != nil {
		call.Service, call.Action = "?", "?"
		status, code := http.StatusUnauthorized, "AuthFailure"
		if errors.Is(err, errSignature) && sc.AccessKey != "" {
			status, code = http.StatusForbidden, "SignatureDoesNotMatch"
		}
		writeQueryError(w, &APIError{Status: status, Code: code, Message: err.Error()})
		call.Status, call.Code = status, code
		b.record(call)
		return
	}
	call.Service, call.AccessKey = sc.Service, sc.AccessKey
	switch sc.Service {
	case "ec2":
		call.Action, call.Status, call.Code = b.serveEC2(w, body)
	case "ssm":
		call.Action, call.Status, call.Code = b.serveSSM(w, r, body)
		call.Parameters, call.WithDecryption = ssmNames(body)
	case "s3":
		call.Action, call.Status, call.Code = b.serveS3(w, r)
	case "autoscaling":
		call.Action, call.Status, call.Code, call.Lifecycle = b.serveAutoscaling(w, body)
	default:
		writeQueryError(w, apiError(http.StatusBadRequest, "InvalidAction", "the box does not speak %q", sc.Service))
		call.Status, call.Code = http.StatusBadRequest, "InvalidAction"
	}
	b.record(call)
}

// machine serializes the calls on one instance's machine: a termination waits for a boot under
// way, and a metadata update for a stop, so no call acts on a machine another is taking away.
func (b *Box) machine(id string) func() {
	mu, _ := b.machineMu.LoadOrStore(id, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	return mu.(*sync.Mutex).Unlock
}

// Close stops Auto Scaling and waits for the transitions under way. It does not stop machines:
// Shutdown does.
func (b *Box) Close() {
	b.stopAutoscaling()
	b.transit.Wait()
}

// layerPath is where an image's own layer lives.
func (b *Box) layerPath(imageID string) string { return filepath.Join(b.cfg.LayerDir, imageID) }

func (b *Box) removeLayer(dir string) error {
	if dir == "" {
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("removing layer %s: %w", dir, err)
	}
	return nil
}

// Shutdown removes every instance's machine, whatever its state, and the layers CreateImage
// made: nothing is left running or on disk.
func (b *Box) Shutdown(ctx context.Context) error {
	b.mu.Lock()
	ids := append([]string(nil), b.order...)
	b.mu.Unlock()
	var errs []error
	for _, id := range ids {
		unlock := b.machine(id)
		err := b.cfg.Machines.Remove(ctx, id)
		unlock()
		if err != nil {
			errs = append(errs, err)
		}
	}
	if b.cfg.LayerDir != "" {
		errs = append(errs, os.RemoveAll(b.cfg.LayerDir))
	}
	return errors.Join(errs...)
}
