package ec2box

import (
	"context"
	"encoding/base64"
	"fmt"
	"github.com/parbake/packer-plugin-parbake/internal/instancetypes"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// maxUserData is EC2's limit on user data, before base64.
const maxUserData = 16384

// machineTimeout bounds one machine transition (a boot, a shutdown, a freeze).
const machineTimeout = 5 * time.Minute

func privateDNS(ip, region string) string {
	if ip == "" {
		return ""
	}
	return "ip-" + strings.ReplaceAll(ip, ".", "-") + "." + region + ".compute.internal"
}

// launchRequest is RunInstances' input, from the form or a launch template under it.
type launchRequest struct {
	ImageID, InstanceType, KeyName, SubnetID, Profile, HTTPTokens string
	MarketType                                                    string // InstanceMarketOptions.MarketType: spot, or "" for On-Demand
	Groups                                                        []string
	UserData                                                      []byte
	MetadataTags                                                  bool
	Tags                                                          map[string]map[string]string
}

func (b *Box) runInstances(form url.Values) (any, error) {
	req, err := b.launchFromTemplate(form)
	if err != nil {
		return nil, err
	}
	overlayLaunch(&req, form, "")
	minCount, err := intParam(form, "MinCount", 1)
	if err != nil {
		return nil, err
	}
	maxCount, err := intParam(form, "MaxCount", minCount)
	if err != nil {
		return nil, err
	}
	if minCount < 1 || maxCount < minCount {
		return nil, invalidParameter("MinCount (%d) must be at least 1 and at most MaxCount (%d)", minCount, maxCount)
	}
	if req.ImageID == "" {
		return nil, missingParameter("ImageId")
	}
	if len(req.UserData) > maxUserData {
		return nil, invalidParameter("User data is limited to %d bytes", maxUserData)
	}

	b.mu.Lock()
	res, seen, err := b.replay(form)
	var launched []string
	if err == nil && !seen {
		if res, launched, err = b.createInstances(req, minCount, maxCount); err == nil {
			b.remember(form, res, launched)
		}
	}
	b.mu.Unlock()
	if err != nil {
		return nil, err
	}
	b.bootAll(launched)
	return res, nil
}

// bootAll boots newly created instances in the background, after the launch delay.
func (b *Box) bootAll(ids []string) {
	for _, id := range ids {
		b.background(func() { b.boot(id, b.cfg.LaunchDelay) })
	}
}

// createInstances checks a launch request against what the box has and records between
// minCount and maxCount pending instances; their machines are booted by the caller, outside the
// lock. Called with b.mu held; it never releases it.
func (b *Box) createInstances(req launchRequest, minCount, maxCount int) (xmlReservation, []string, error) {
	img := b.images[req.ImageID]
	switch {
	case img == nil, b.manners.hidden(req.ImageID, time.Now()):
		return xmlReservation{}, nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", req.ImageID)
	case img.State != "available":
		return xmlReservation{}, nil, incorrectState("InvalidAMIID.Unavailable", "The image '%s' is %s", img.ID, img.State)
	}
	if req.KeyName != "" && b.keyPairs[req.KeyName] == nil {
		return xmlReservation{}, nil, notFound("InvalidKeyPair.NotFound", "The key pair '%s' does not exist", req.KeyName)
	}
	for _, g := range req.Groups {
		if b.groups[g] == nil {
			return xmlReservation{}, nil, notFound("InvalidGroup.NotFound", "The security group '%s' does not exist", g)
		}
	}
	if len(req.Groups) == 0 {
		req.Groups = []string{"sg-0default000000000"}
	}
	if req.SubnetID != "" && req.SubnetID != defaultSubnetID {
		return xmlReservation{}, nil, notFound("InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist", req.SubnetID)
	}
	if b.manners.noCapacity(req.InstanceType) {
		return xmlReservation{}, nil, apiError(http.StatusInternalServerError, "InsufficientInstanceCapacity",
			"We currently do not have sufficient %s capacity in the Availability Zone you requested (%s). Our system will be working on provisioning additional capacity. You can currently get %s capacity by not specifying an Availability Zone in your request or choosing a different instance type.",
			req.InstanceType, b.AvailabilityZone(), req.InstanceType)
	}
	ips := b.freeIPs(maxCount)
	if len(ips) < minCount {
		return xmlReservation{}, nil, apiError(http.StatusBadRequest, "InsufficientInstanceCapacity", "The box's subnet has room for %d more instances", len(ips))
	}
	res := xmlReservation{ReservationID: newID("r"), OwnerID: b.cfg.AccountID}
	now := time.Now().UTC()
	img.LastLaunched = now // EC2 updates it within a day; the box at once
	var launched []string
	for i, ip := range ips {
		in := &Instance{
			ID: newID("i"), ImageID: img.ID, ReservationID: res.ReservationID, InstanceType: req.InstanceType,
			KeyName: req.KeyName, SubnetID: defaultSubnetID, VpcID: defaultVpcID, PrivateIP: ip.String(),
			LaunchIndex: i, LaunchTime: now, State: statePending, GroupIDs: req.Groups, UserData: req.UserData,
			MetadataTags: req.MetadataTags, HTTPTokens: req.HTTPTokens, InstanceProfile: req.Profile,
			Layers: img.Layers,
		}
		if in.InstanceType == "" {
			in.InstanceType = "m1.small"
		}
		if in.HTTPTokens == "" {
			in.HTTPTokens = "required"
		}
		vol := &Volume{ID: newID("vol"), InstanceID: in.ID, SnapshotID: img.SnapshotID, State: "in-use", Created: now, SizeGiB: 8}
		in.RootVolumeID = vol.ID
		b.usedIPs[ip] = true
		b.instances[in.ID] = in
		b.order = append(b.order, in.ID)
		b.volumes[vol.ID] = vol
		b.setTags(in.ID, req.Tags["instance"])
		b.setTags(vol.ID, req.Tags["volume"])
		res.Instances = append(res.Instances, b.instanceXML(in))
		launched = append(launched, in.ID)
		b.manners.born(in.ID, now)
	}
	return res, launched, nil
}

// overlayLaunch reads RunInstances' own parameters (prefix "") or a template's
// ("LaunchTemplateData."), each one overriding what req had.
func overlayLaunch(req *launchRequest, form url.Values, prefix string) {
	set := func(dst *string, key string) {
		if v := form.Get(prefix + key); v != "" {
			*dst = v
		}
	}
	set(&req.ImageID, "ImageId")
	set(&req.InstanceType, "InstanceType")
	set(&req.KeyName, "KeyName")
	set(&req.SubnetID, "SubnetId")
	set(&req.Profile, "IamInstanceProfile.Name")
	if arn := form.Get(prefix + "IamInstanceProfile.Arn"); arn != "" {
		req.Profile = arn[strings.LastIndex(arn, "/")+1:]
	}
	set(&req.HTTPTokens, "MetadataOptions.HttpTokens")
	set(&req.MarketType, "InstanceMarketOptions.MarketType")
	if v := form.Get(prefix + "MetadataOptions.InstanceMetadataTags"); v != "" {
		req.MetadataTags = v == "enabled"
	}
	if g := list(form, prefix+"SecurityGroupId"); len(g) > 0 {
		req.Groups = g
	}
	if v, ok := form[prefix+"UserData"]; ok {
		if data, err := base64.StdEncoding.DecodeString(v[0]); err == nil {
			req.UserData = data
		} else {
			req.UserData = []byte(v[0])
		}
	}
	ts := tagSpecs(form, prefix+"TagSpecification")
	for rt, tags := range ts {
		if req.Tags == nil {
			req.Tags = map[string]map[string]string{}
		}
		if req.Tags[rt] == nil {
			req.Tags[rt] = map[string]string{}
		}
		for k, v := range tags {
			req.Tags[rt][k] = v
		}
	}
}

// freeIPs picks up to n unused addresses of the subnet, after the host's.
func (b *Box) freeIPs(n int) []netip.Addr {
	var out []netip.Addr
	for a := b.HostAddr().Next(); b.cfg.Subnet.Contains(a) && len(out) < n; a = a.Next() {
		if a.As4()[3] == 255 {
			break
		}
		if a.As4()[3] >= 10 && !b.usedIPs[a] {
			out = append(out, a)
		}
	}
	return out
}

// background runs a transition that outlives the request.
func (b *Box) background(f func()) {
	b.transit.Add(1)
	go func() {
		defer b.transit.Done()
		f()
	}()
}

// boot boots an instance's machine after delay, and marks it running, or terminated when the
// machine could not start (as EC2 does with Server.InternalError).
func (b *Box) boot(id string, delay time.Duration) {
	time.Sleep(delay)
	b.mu.Lock()
	in := b.instances[id]
	if in == nil || in.State != statePending {
		b.mu.Unlock()
		return
	}
	spec := b.machineSpec(in)
	b.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), machineTimeout)
	defer cancel()
	unlock := b.machine(id)
	err := b.cfg.Machines.Boot(ctx, spec)
	unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		in.State, in.StateReason = stateTerminated, "Server.InternalError: "+err.Error()
		delete(b.usedIPs, netip.MustParseAddr(in.PrivateIP))
		b.kickAutoscaling()
		return
	}
	if in.State == statePending {
		in.State = stateRunning
	}
	b.kickAutoscaling()
	// EC2 posts the console shortly after the transition.
	if b.buffersConsoles() {
		b.background(func() {
			time.Sleep(b.seconds(2))
			b.post(id)
		})
	}
}

// buffersConsoles reports whether GetConsoleOutput may show a posted console (Xen consoles):
// only then is the console read at each transition.
func (b *Box) buffersConsoles() bool { return b.manners != nil && b.manners.XenConsoles }

// post records the console as it is now, as EC2 posts it after a state transition.
func (b *Box) post(id string) {
	if !b.buffersConsoles() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	console, err := b.cfg.Machines.Console(ctx, id)
	if err != nil {
		return
	}
	if len(console) > 64<<10 {
		console = console[len(console)-64<<10:]
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if in := b.instances[id]; in != nil {
		in.posted = console
	}
}

// machineSpec says what the machine of in boots with. Called with b.mu held.
func (b *Box) machineSpec(in *Instance) MachineSpec {
	md := map[string]string{
		"instance-id": in.ID, "ami-id": in.ImageID, "ami-launch-index": fmt.Sprint(in.LaunchIndex),
		"instance-type": in.InstanceType, "local-ipv4": in.PrivateIP,
		"local-hostname": privateDNS(in.PrivateIP, b.cfg.Region), "hostname": privateDNS(in.PrivateIP, b.cfg.Region),
		"reservation-id": in.ReservationID, "placement/availability-zone": b.AvailabilityZone(),
		"placement/region": b.cfg.Region, "instance-life-cycle": "on-demand",
	}
	var groups []string
	for _, g := range in.GroupIDs {
		if sg := b.groups[g]; sg != nil {
			groups = append(groups, sg.Name)
		}
	}
	md["security-groups"] = strings.Join(groups, "\n")
	spec := MachineSpec{
		InstanceID: in.ID, PrivateIP: in.PrivateIP, UserData: in.UserData,
		Hostname: strings.SplitN(privateDNS(in.PrivateIP, b.cfg.Region), ".", 2)[0], Metadata: md,
	}
	spec.Layers = in.Layers
	if kp := b.keyPairs[in.KeyName]; kp != nil {
		spec.PublicKey = kp.PublicKey
		md["public-keys/0/openssh-key"] = kp.PublicKey
	}
	if in.MetadataTags {
		for k, v := range b.tags[in.ID] {
			md["tags/instance/"+k] = v
		}
	}
	if in.InstanceProfile != "" {
		b.roleMetadata(in.InstanceProfile, md)
	}
	if in.TargetLifecycle != "" {
		md["autoscaling/target-lifecycle-state"] = in.TargetLifecycle
	}
	in.servedTarget = in.TargetLifecycle
	return spec
}

func (b *Box) instance(id string) (*Instance, error) {
	in := b.instances[id]
	if in == nil || b.manners.hidden(id, time.Now()) {
		return nil, notFound("InvalidInstanceID.NotFound", "The instance ID '%s' does not exist", id)
	}
	return in, nil
}

// instancesNamed looks up InstanceId.N, all or nothing.
func (b *Box) instancesNamed(form url.Values) ([]*Instance, error) {
	var out []*Instance
	var missing []string
	for _, id := range list(form, "InstanceId") {
		if in := b.instances[id]; in != nil && !b.manners.hidden(id, time.Now()) {
			out = append(out, in)
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		return nil, notFound("InvalidInstanceID.NotFound", "The instance IDs '%s' do not exist", strings.Join(missing, ", "))
	}
	return out, nil
}

func (b *Box) instanceMatches(in *Instance, fs []filter) bool {
	for _, f := range fs {
		var v []string
		switch {
		case f.Name == "instance-state-name":
			v = []string{in.State}
		case f.Name == "instance-id":
			v = []string{in.ID}
		case f.Name == "image-id":
			v = []string{in.ImageID}
		case f.Name == "instance-type":
			v = []string{in.InstanceType}
		case f.Name == "reservation-id":
			v = []string{in.ReservationID}
		case f.Name == "private-ip-address":
			v = []string{in.PrivateIP}
		case f.Name == "key-name":
			v = []string{in.KeyName}
		case f.Name == "subnet-id":
			v = []string{in.SubnetID}
		case f.Name == "vpc-id":
			v = []string{in.VpcID}
		default:
			ok, known := tagFilter(b.tags[in.ID], f)
			if !known {
				return false
			}
			if !ok {
				return false
			}
			continue
		}
		if !anyMatches(f.Values, v) {
			return false
		}
	}
	return true
}

func anyMatches(patterns, values []string) bool {
	for _, v := range values {
		if matchAny(patterns, v) {
			return true
		}
	}
	return false
}

func (b *Box) describeInstances(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	named, err := b.instancesNamed(form)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, in := range named {
		want[in.ID] = true
	}
	fs := filters(form)
	var out struct {
		Reservations []xmlReservation `xml:"reservationSet>item"`
	}
	index := map[string]int{}
	for _, id := range b.order {
		in := b.instances[id]
		if (len(want) > 0 && !want[id]) || !b.instanceMatches(in, fs) || b.manners.hidden(id, time.Now()) {
			continue
		}
		i, ok := index[in.ReservationID]
		if !ok {
			i = len(out.Reservations)
			index[in.ReservationID] = i
			out.Reservations = append(out.Reservations, xmlReservation{ReservationID: in.ReservationID, OwnerID: b.cfg.AccountID})
		}
		out.Reservations[i].Instances = append(out.Reservations[i].Instances, b.instanceXML(in))
	}
	return out, nil
}

func (b *Box) describeInstanceStatus(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	named, err := b.instancesNamed(form)
	if err != nil {
		return nil, err
	}
	if len(named) == 0 {
		for _, id := range b.order {
			named = append(named, b.instances[id])
		}
	}
	type status struct {
		InstanceID string   `xml:"instanceId"`
		Zone       string   `xml:"availabilityZone"`
		State      xmlState `xml:"instanceState"`
		System     string   `xml:"systemStatus>status"`
		Instance   string   `xml:"instanceStatus>status"`
	}
	var out struct {
		Statuses []status `xml:"instanceStatusSet>item"`
	}
	all := form.Get("IncludeAllInstances") == "true"
	for _, in := range named {
		if in.State != stateRunning && !all {
			continue
		}
		ok := map[bool]string{true: "ok", false: "not-applicable"}[in.State == stateRunning]
		out.Statuses = append(out.Statuses, status{in.ID, b.AvailabilityZone(), xmlState{stateCodes[in.State], in.State}, ok, ok})
	}
	return out, nil
}

type xmlStateChange struct {
	InstanceID string   `xml:"instanceId"`
	Current    xmlState `xml:"currentState"`
	Previous   xmlState `xml:"previousState"`
}

type stateChanges struct {
	Changes []xmlStateChange `xml:"instancesSet>item"`
}

// ec2Move is one of EC2's state changes: instances in a state of from go to via at once, work
// runs in the background, and then they are in to (unless something else moved them meanwhile).
type ec2Move struct {
	from    []string
	via, to string
	work    func(b *Box, in *Instance) error
}

var (
	moveStop = ec2Move{[]string{statePending, stateRunning}, stateStopping, stateStopped, func(b *Box, in *Instance) error {
		ctx, cancel := context.WithTimeout(context.Background(), machineTimeout)
		defer cancel()
		defer b.post(in.ID)
		defer b.machine(in.ID)()
		return b.cfg.Machines.Shutdown(ctx, in.ID)
	}}
	moveStart = ec2Move{[]string{stateStopped}, statePending, statePending, func(b *Box, in *Instance) error {
		b.boot(in.ID, 0)
		return nil
	}}
	moveTerminate = ec2Move{[]string{statePending, stateRunning, stateStopping, stateStopped}, stateShuttingDown, stateTerminated, (*Box).terminateMachine}
)

// begin starts mv on in if its state allows, and returns the work to run once b.mu is released
// (nil when in stays where it is, as EC2 leaves an instance already where it is asked to go).
// Called with b.mu held.
func (b *Box) begin(in *Instance, mv ec2Move) func() {
	if !contains(mv.from, in.State) {
		return nil
	}
	in.State = mv.via
	return func() {
		err := mv.work(b, in)
		b.mu.Lock()
		defer b.mu.Unlock()
		b.kickAutoscaling()
		if in.State != mv.via {
			return
		}
		in.State = mv.to
		if err != nil {
			in.StateReason = "Server.InternalError: " + err.Error()
		}
	}
}

// transition applies mv to each instance the form names.
func (b *Box) transition(form url.Values, mv ec2Move) (any, error) {
	b.mu.Lock()
	named, err := b.instancesNamed(form)
	if err != nil {
		b.mu.Unlock()
		return nil, err
	}
	if len(named) == 0 {
		b.mu.Unlock()
		return nil, missingParameter("InstanceId")
	}
	var out stateChanges
	var work []func()
	for _, in := range named {
		prev := xmlState{stateCodes[in.State], in.State}
		if w := b.begin(in, mv); w != nil {
			work = append(work, w)
		}
		out.Changes = append(out.Changes, xmlStateChange{in.ID, xmlState{stateCodes[in.State], in.State}, prev})
	}
	b.mu.Unlock()
	for _, w := range work {
		b.background(w)
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (b *Box) stopInstances(form url.Values) (any, error)  { return b.transition(form, moveStop) }
func (b *Box) startInstances(form url.Values) (any, error) { return b.transition(form, moveStart) }
func (b *Box) terminateInstances(form url.Values) (any, error) {
	return b.transition(form, moveTerminate)
}

// terminateMachine removes a terminated instance's machine, address, volume and orphaned layers.
func (b *Box) terminateMachine(in *Instance) error {
	ctx, cancel := context.WithTimeout(context.Background(), machineTimeout)
	defer cancel()
	unlock := b.machine(in.ID)
	err := b.cfg.Machines.Shutdown(ctx, in.ID)
	b.post(in.ID)
	if rerr := b.cfg.Machines.Remove(ctx, in.ID); err == nil {
		err = rerr
	}
	unlock()
	b.mu.Lock()
	delete(b.usedIPs, netip.MustParseAddr(in.PrivateIP))
	delete(b.volumes, in.RootVolumeID)
	in.State = stateTerminated
	b.mu.Unlock()
	if lerr := b.dropOrphanLayers(in); err == nil {
		err = lerr
	}
	return err
}

func (b *Box) getConsoleOutput(form url.Values) (any, error) {
	id := form.Get("InstanceId")
	b.mu.Lock()
	in, err := b.instance(id)
	var buffered bool
	var posted []byte
	if err == nil && b.manners != nil && b.manners.XenConsoles && instancetypes.IsXen(in.InstanceType) {
		buffered, posted = true, in.posted
		if form.Get("Latest") == "true" {
			err = apiError(http.StatusBadRequest, "UnsupportedOperation", "The instance type %s does not support retrieving the latest console output.", in.InstanceType)
		}
	}
	b.mu.Unlock()
	if err != nil {
		return nil, err
	}
	console := posted
	if !buffered {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if console, err = b.cfg.Machines.Console(ctx, id); err != nil {
			return nil, err
		}
	}
	// EC2 keeps the last 64 KB of the console.
	if len(console) > 64<<10 {
		console = console[len(console)-64<<10:]
	}
	return struct {
		InstanceID string `xml:"instanceId"`
		Timestamp  string `xml:"timestamp"`
		Output     string `xml:"output"`
	}{id, ec2Time(time.Now()), base64.StdEncoding.EncodeToString(console)}, nil
}

func (b *Box) modifyInstanceAttribute(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, err := b.instance(form.Get("InstanceId")); err != nil {
		return nil, err
	}
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}
