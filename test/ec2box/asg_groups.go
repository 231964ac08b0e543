package ec2box

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Auto Scaling lifecycle states (EC2 Auto Scaling user guide, "Amazon EC2 Auto Scaling instance
// lifecycle" and "Warm pool instance lifecycle").
const (
	lcPending              = "Pending"
	lcPendingWait          = "Pending:Wait"
	lcPendingProceed       = "Pending:Proceed"
	lcInService            = "InService"
	lcTerminating          = "Terminating"
	lcTerminatingWait      = "Terminating:Wait"
	lcTerminatingProceed   = "Terminating:Proceed"
	lcWarmedPending        = "Warmed:Pending"
	lcWarmedPendingWait    = "Warmed:Pending:Wait"
	lcWarmedPendingProceed = "Warmed:Pending:Proceed"
	lcWarmedTerminating    = "Warmed:Terminating"
)

// templateRef names a launch template and a version as a request gave them: the version may be
// "$Latest", "$Default" or a number.
type templateRef struct {
	ID, Name, Version string
}

// resolvedTemplate is the template and version number an instance was launched from.
type resolvedTemplate struct {
	ID, Name string
	Version  int
}

// AutoScalingGroup is one group: its settings, its instances (warm pool included), its hooks,
// and what it did.
type AutoScalingGroup struct {
	Name, ARN         string
	Template          templateRef
	Min, Max, Desired int
	Subnets           string
	Tags              []asgTag
	Created           time.Time
	Members           map[string]*asgMember // by instance id
	Hooks             map[string]*LifecycleHook
	Warm              *WarmPool
	Refreshes         []*InstanceRefresh // newest last
	Mixed             bool               // Template is a mixed-instances policy's
	Overrides         []mixedOverride
	Activities        []*Activity // oldest first
	Deleting          bool
	nextLaunch        time.Time // after a failed launch, when to try again
}

type asgTag struct {
	Key, Value string
	Propagate  bool
}

// asgMember is an instance of a group or of its warm pool.
type asgMember struct {
	ID        string
	State     string
	Health    string
	Template  resolvedTemplate
	Warm      bool      // in the warm pool
	Launched  time.Time // when it joined
	InService time.Time // when it last went InService
	wait      *hookWait // the lifecycle action it waits on
	activity  *Activity // the activity that brought it in or takes it out
	stopAsked bool      // a stop into the warm pool was begun
}

func (m *asgMember) terminating() bool {
	return strings.HasPrefix(m.State, "Terminating") || m.State == lcWarmedTerminating
}

// targetLifecycleState is what the instance's metadata serves at
// autoscaling/target-lifecycle-state: the state it is moving to.
func (g *AutoScalingGroup) targetLifecycleState(m *asgMember) string {
	switch {
	case m.terminating():
		return "Terminated"
	case m.Warm && g.Warm != nil:
		return "Warmed:" + g.Warm.PoolState
	case m.Warm:
		return "Warmed:Stopped"
	}
	return lcInService
}

// lockGroup takes b.mu and finds the group the form's AutoScalingGroupName names. On success
// the caller holds the lock and releases it with unlock; on an error it is not held.
func (b *Box) lockGroup(form url.Values) (g *AutoScalingGroup, unlock func(), err error) {
	name, err := required(form, "AutoScalingGroupName")
	if err != nil {
		return nil, nil, err
	}
	b.mu.Lock()
	if g, err = b.group(name); err != nil {
		b.mu.Unlock()
		return nil, nil, err
	}
	return g, b.mu.Unlock, nil
}

// group finds a group by name. Called with b.mu held.
func (b *Box) group(name string) (*AutoScalingGroup, error) {
	if g := b.asgs[name]; g != nil {
		return g, nil
	}
	return nil, validation("AutoScalingGroup name not found - no such group: %s", name)
}

// groupTemplate reads LaunchTemplate.* (under prefix) into a templateRef and checks that the
// template and version exist. Called with b.mu held.
func (b *Box) groupTemplate(form url.Values, prefix string) (templateRef, error) {
	ref := templateRef{ID: form.Get(prefix + "LaunchTemplateId"), Name: form.Get(prefix + "LaunchTemplateName"), Version: form.Get(prefix + "Version")}
	if ref.ID == "" && ref.Name == "" {
		return ref, validation("Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.")
	}
	if ref.ID != "" && ref.Name != "" {
		return ref, validation("Valid requests must contain either launchTemplateId or launchTemplateName, not both.")
	}
	if _, err := b.resolveTemplate(ref); err != nil {
		return ref, err
	}
	return ref, nil
}

// resolveTemplate finds the template and the version number ref means now. Called with b.mu
// held.
func (b *Box) resolveTemplate(ref templateRef) (resolvedTemplate, error) {
	form := url.Values{}
	if ref.ID != "" {
		form.Set("LaunchTemplateId", ref.ID)
	} else {
		form.Set("LaunchTemplateName", ref.Name)
	}
	t, err := b.template(form, "")
	if err != nil {
		return resolvedTemplate{}, validation("You must use a valid fully-formed launch template. %s", err.(*APIError).Message)
	}
	v, err := t.version(ref.Version)
	if err != nil {
		return resolvedTemplate{}, validation("You must use a valid fully-formed launch template. %s", err.(*APIError).Message)
	}
	return resolvedTemplate{ID: t.ID, Name: t.Name, Version: v.Number}, nil
}

// requestsSpot says whether the template version a group launches asks for Spot Instances
// (InstanceMarketOptions.MarketType spot), which Auto Scaling refuses a warm pool for. Called
// with b.mu held.
func (b *Box) requestsSpot(ref templateRef) bool {
	rt, err := b.resolveTemplate(ref)
	if err != nil {
		return false
	}
	for _, t := range b.templates {
		if t.ID == rt.ID {
			return t.Versions[rt.Version-1].Data.MarketType == "spot"
		}
	}
	return false
}

// sizes checks min ≤ desired ≤ max as Auto Scaling does.
func sizes(min, max, desired int) error {
	if min < 0 || max < 0 {
		return validation("MinSize and MaxSize must be 0 or more")
	}
	if min > max {
		return validation("Max bound, %d, must be greater than or equal to min bound, %d", max, min)
	}
	if desired < min || desired > max {
		return validation("Desired capacity:%d must be between the specified min size:%d and max size:%d", desired, min, max)
	}
	return nil
}

func (b *Box) createAutoScalingGroup(form url.Values) (any, error) {
	name, err := required(form, "AutoScalingGroupName")
	if err != nil {
		return nil, err
	}
	min, err := optionalInt(form, "MinSize", -1)
	if err != nil {
		return nil, err
	}
	max, err := optionalInt(form, "MaxSize", -1)
	if err != nil {
		return nil, err
	}
	if min < 0 || max < 0 {
		return nil, validation("MinSize and MaxSize are required")
	}
	desired, err := optionalInt(form, "DesiredCapacity", min)
	if err != nil {
		return nil, err
	}
	if err := sizes(min, max, desired); err != nil {
		return nil, err
	}
	subnets := form.Get("VPCZoneIdentifier")
	for _, s := range strings.Split(subnets, ",") {
		if s = strings.TrimSpace(s); s != "" && s != defaultSubnetID {
			return nil, validation("The subnet ID '%s' does not exist", s)
		}
	}
	if subnets == "" && len(members(form, "AvailabilityZones")) == 0 {
		subnets = defaultSubnetID
	}
	tags, err := asgTags(form, name)
	if err != nil {
		return nil, err
	}
	hooks, err := specifiedHooks(form)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.asgs[name] != nil {
		return nil, apiError(http.StatusBadRequest, "AlreadyExists", "AutoScalingGroup by this name already exists - A group with the name %s already exists", name)
	}
	ref, overrides, mixed, err := b.mixedPolicy(form)
	if err != nil {
		return nil, err
	}
	if !mixed {
		if ref, err = b.groupTemplate(form, "LaunchTemplate."); err != nil {
			return nil, err
		}
	}
	b.asgs[name] = &AutoScalingGroup{
		Mixed: mixed, Overrides: overrides,
		Name: name, ARN: "arn:aws:autoscaling:" + b.cfg.Region + ":" + b.cfg.AccountID + ":autoScalingGroup:" + randomUUID() + ":autoScalingGroupName/" + name,
		Template: ref, Min: min, Max: max, Desired: desired, Subnets: subnets, Tags: tags, Created: time.Now().UTC(),
		Members: map[string]*asgMember{}, Hooks: hooks,
	}
	b.startAutoscaling()
	return nil, nil
}

// asgTags reads Tags.member.N, refusing a key given twice and a tag for another group.
func asgTags(form url.Values, group string) ([]asgTag, error) {
	var out []asgTag
	seen := map[string]bool{}
	for i := 1; i <= count(form, "Tags.member"); i++ {
		p := item("Tags.member", i) + "."
		if id := form.Get(p + "ResourceId"); id != "" && id != group {
			return nil, validation("Tag resource id %s is not the group %s", id, group)
		}
		k := form.Get(p + "Key")
		if k == "" {
			return nil, validation("Tag key must not be empty")
		}
		if strings.HasPrefix(k, "aws:") {
			return nil, validation("Tag keys starting with 'aws:' are reserved for internal use")
		}
		if seen[k] {
			return nil, validation("Duplicate tag key %s", k)
		}
		seen[k] = true
		propagate, err := optionalBool(form, p+"PropagateAtLaunch", false)
		if err != nil {
			return nil, err
		}
		out = append(out, asgTag{Key: k, Value: form.Get(p + "Value"), Propagate: propagate})
	}
	return out, nil
}

func (b *Box) updateAutoScalingGroup(form url.Values) (any, error) {
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	min, err := optionalInt(form, "MinSize", g.Min)
	if err != nil {
		return nil, err
	}
	max, err := optionalInt(form, "MaxSize", g.Max)
	if err != nil {
		return nil, err
	}
	desired, err := optionalInt(form, "DesiredCapacity", clamp(g.Desired, min, max))
	if err != nil {
		return nil, err
	}
	if err := sizes(min, max, desired); err != nil {
		return nil, err
	}
	ref := g.Template
	if form.Get("LaunchTemplate.LaunchTemplateId") != "" || form.Get("LaunchTemplate.LaunchTemplateName") != "" {
		if ref, err = b.groupTemplate(form, "LaunchTemplate."); err != nil {
			return nil, err
		}
	}
	g.Min, g.Max, g.Desired, g.Template = min, max, desired, ref
	b.kickAutoscaling()
	return nil, nil
}

func clamp(n, min, max int) int {
	if n < min {
		return min
	}
	if n > max {
		return max
	}
	return n
}

func (b *Box) setDesiredCapacity(form url.Values) (any, error) {
	if _, err := required(form, "DesiredCapacity"); err != nil {
		return nil, err
	}
	desired, err := optionalInt(form, "DesiredCapacity", 0)
	if err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if desired < g.Min || desired > g.Max {
		return nil, validation("New SetDesiredCapacity value %d is %s min value %d / max value %d.", desired,
			map[bool]string{true: "below", false: "above"}[desired < g.Min], g.Min, g.Max)
	}
	g.Desired = desired
	b.kickAutoscaling()
	return nil, nil
}

type xmlASGTemplate struct {
	ID      string `xml:"LaunchTemplateId,omitempty"`
	Name    string `xml:"LaunchTemplateName,omitempty"`
	Version string `xml:"Version,omitempty"`
}

type xmlASGInstance struct {
	InstanceID   string         `xml:"InstanceId"`
	InstanceType string         `xml:"InstanceType,omitempty"`
	Group        string         `xml:"AutoScalingGroupName,omitempty"`
	Zone         string         `xml:"AvailabilityZone"`
	State        string         `xml:"LifecycleState"`
	Health       string         `xml:"HealthStatus"`
	Template     xmlASGTemplate `xml:"LaunchTemplate"`
	Protected    bool           `xml:"ProtectedFromScaleIn"`
}

type xmlASGTag struct {
	ResourceID   string `xml:"ResourceId"`
	ResourceType string `xml:"ResourceType"`
	Key          string `xml:"Key"`
	Value        string `xml:"Value"`
	Propagate    bool   `xml:"PropagateAtLaunch"`
}

type xmlASG struct {
	Name         string           `xml:"AutoScalingGroupName"`
	ARN          string           `xml:"AutoScalingGroupARN"`
	Template     *xmlASGTemplate  `xml:"LaunchTemplate,omitempty"`
	Mixed        *xmlMixed        `xml:"MixedInstancesPolicy,omitempty"`
	Min          int              `xml:"MinSize"`
	Max          int              `xml:"MaxSize"`
	Desired      int              `xml:"DesiredCapacity"`
	Cooldown     int              `xml:"DefaultCooldown"`
	Zones        []string         `xml:"AvailabilityZones>member"`
	HealthCheck  string           `xml:"HealthCheckType"`
	Grace        int              `xml:"HealthCheckGracePeriod"`
	Instances    []xmlASGInstance `xml:"Instances>member"`
	Created      string           `xml:"CreatedTime"`
	Subnets      string           `xml:"VPCZoneIdentifier"`
	Status       string           `xml:"Status,omitempty"`
	Tags         []xmlASGTag      `xml:"Tags>member"`
	Termination  []string         `xml:"TerminationPolicies>member"`
	WarmPool     *xmlWarmPoolCfg  `xml:"WarmPoolConfiguration,omitempty"`
	WarmPoolSize *int             `xml:"WarmPoolSize,omitempty"`
}

func refXML(r templateRef) xmlASGTemplate {
	v := r.Version
	if v == "" {
		v = "$Default"
	}
	return xmlASGTemplate{r.ID, r.Name, v}
}

// memberXML is an instance as DescribeAutoScalingGroups and DescribeWarmPool show it. Called
// with b.mu held.
func (b *Box) memberXML(g *AutoScalingGroup, m *asgMember, withGroup bool) xmlASGInstance {
	x := xmlASGInstance{InstanceID: m.ID, Zone: b.AvailabilityZone(), State: m.State, Health: m.Health,
		Template: xmlASGTemplate{m.Template.ID, m.Template.Name, strconv.Itoa(m.Template.Version)}}
	if in := b.instances[m.ID]; in != nil {
		x.InstanceType = in.InstanceType
	}
	if withGroup {
		x.Group = g.Name
	}
	return x
}

// sortedMembers lists a group's members by launch time, then id: describes are stable.
func (g *AutoScalingGroup) sortedMembers() []*asgMember {
	out := make([]*asgMember, 0, len(g.Members))
	for _, m := range g.Members {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Launched.Equal(out[j].Launched) {
			return out[i].Launched.Before(out[j].Launched)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func (b *Box) groupXML(g *AutoScalingGroup) xmlASG {
	x := xmlASG{Name: g.Name, ARN: g.ARN, Min: g.Min, Max: g.Max, Desired: g.Desired,
		Cooldown: 300, Zones: []string{b.AvailabilityZone()}, HealthCheck: "EC2", Created: asgTime(g.Created),
		Subnets: g.Subnets, Termination: []string{"Default"}}
	if g.Mixed {
		x.Mixed = mixedXML(g)
	} else {
		t := refXML(g.Template)
		x.Template = &t
	}
	if g.Deleting {
		x.Status = "Delete in progress"
	}
	for _, m := range g.sortedMembers() {
		if !m.Warm {
			x.Instances = append(x.Instances, b.memberXML(g, m, false))
		}
	}
	for _, t := range g.Tags {
		x.Tags = append(x.Tags, xmlASGTag{g.Name, "auto-scaling-group", t.Key, t.Value, t.Propagate})
	}
	if g.Warm != nil {
		cfg := g.Warm.xml()
		x.WarmPool = &cfg
		n := g.warmCount()
		x.WarmPoolSize = &n
	}
	return x
}

func (b *Box) describeAutoScalingGroups(form url.Values) (any, error) {
	names := members(form, "AutoScalingGroupNames")
	b.mu.Lock()
	defer b.mu.Unlock()
	var out struct {
		Groups []xmlASG `xml:"AutoScalingGroups>member"`
	}
	for _, name := range sortedKeys(b.asgs) {
		if len(names) > 0 && !contains(names, name) {
			continue
		}
		out.Groups = append(out.Groups, b.groupXML(b.asgs[name]))
	}
	return out, nil
}

func (b *Box) describeAutoScalingInstances(form url.Values) (any, error) {
	ids := members(form, "InstanceIds")
	b.mu.Lock()
	defer b.mu.Unlock()
	var out struct {
		Instances []xmlASGInstance `xml:"AutoScalingInstances>member"`
	}
	for _, name := range sortedKeys(b.asgs) {
		g := b.asgs[name]
		for _, m := range g.sortedMembers() {
			if m.Warm || (len(ids) > 0 && !contains(ids, m.ID)) {
				continue
			}
			out.Instances = append(out.Instances, b.memberXML(g, m, true))
		}
	}
	return out, nil
}

// memberOf finds the group an instance belongs to. Called with b.mu held.
func (b *Box) memberOf(id string) (*AutoScalingGroup, *asgMember) {
	for _, g := range b.asgs {
		if m := g.Members[id]; m != nil {
			return g, m
		}
	}
	return nil, nil
}

func (b *Box) terminateInstanceInAutoScalingGroup(form url.Values) (any, error) {
	id, err := required(form, "InstanceId")
	if err != nil {
		return nil, err
	}
	if _, err := required(form, "ShouldDecrementDesiredCapacity"); err != nil {
		return nil, err
	}
	decrement, err := optionalBool(form, "ShouldDecrementDesiredCapacity", false)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	g, m := b.memberOf(id)
	if m == nil || m.Warm {
		return nil, validation("Instance Id not found - No managed instance found for instance ID: %s", id)
	}
	if decrement {
		if g.Desired-1 < g.Min {
			return nil, validation("Currently, desiredSize equals minSize (%d). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.", g.Min)
		}
		g.Desired--
	}
	a := g.activity("Terminating EC2 instance: "+id, "At "+asgTime(time.Now())+" instance "+id+" was taken out of service in response to a user request"+
		map[bool]string{true: ", shrinking the capacity from " + strconv.Itoa(g.Desired+1) + " to " + strconv.Itoa(g.Desired), false: ""}[decrement]+".")
	b.beginTermination(g, m, a)
	b.kickAutoscaling()
	return struct {
		Activity xmlActivity `xml:"Activity"`
	}{a.xml(g)}, nil
}

func (b *Box) deleteAutoScalingGroup(form url.Values) (any, error) {
	force, err := optionalBool(form, "ForceDelete", false)
	if err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if len(g.Members) > 0 && !force {
		return nil, apiError(http.StatusBadRequest, "ResourceInUse", "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.")
	}
	if len(g.Members) == 0 {
		delete(b.asgs, g.Name)
		return nil, nil
	}
	g.Deleting, g.Desired, g.Min = true, 0, 0
	b.kickAutoscaling()
	return nil, nil
}
