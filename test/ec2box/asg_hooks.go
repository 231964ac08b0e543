package ec2box

import (
	"net/url"
	"time"
)

// Lifecycle transitions a hook can hold.
const (
	transitionLaunching   = "autoscaling:EC2_INSTANCE_LAUNCHING"
	transitionTerminating = "autoscaling:EC2_INSTANCE_TERMINATING"
)

// LifecycleHook holds instances at a transition until they are told to go on, or time runs out.
type LifecycleHook struct {
	Name, Transition string
	HeartbeatTimeout int // seconds
	DefaultResult    string
}

// hookWait is the lifecycle action an instance waits on: one hook, until its result comes or its
// deadline passes.
type hookWait struct {
	Hook     *LifecycleHook
	Token    string
	Deadline time.Time
	Result   string // "" until CompleteLifecycleAction, or the default on timeout
}

// LifecycleAction is one CompleteLifecycleAction the box took: what an instance told its group.
type LifecycleAction struct {
	Group      string `json:"group"`
	Hook       string `json:"hook"`
	InstanceID string `json:"instance_id"`
	Result     string `json:"result"`
	Token      string `json:"token,omitempty"`
}

// LifecycleActions returns the CompleteLifecycleAction calls taken so far, in order.
func (b *Box) LifecycleActions() []LifecycleAction {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]LifecycleAction(nil), b.lifecycle...)
}

// hook returns g's hook for a transition, or nil.
func (g *AutoScalingGroup) hook(transition string) *LifecycleHook {
	for _, name := range sortedKeys(g.Hooks) {
		if h := g.Hooks[name]; h.Transition == transition {
			return h
		}
	}
	return nil
}

// hold makes m wait on h from now. Called with b.mu held.
func (b *Box) hold(m *asgMember, h *LifecycleHook) {
	m.wait = &hookWait{Hook: h, Token: randomUUID(), Deadline: time.Now().Add(b.seconds(h.HeartbeatTimeout))}
}

// waitResult is the result m's lifecycle action has, if any: the one it was given, or the
// hook's default once the deadline has passed.
func (m *asgMember) waitResult(now time.Time) string {
	switch {
	case m.wait == nil:
		return ""
	case m.wait.Result != "":
		return m.wait.Result
	case now.After(m.wait.Deadline):
		return m.wait.Hook.DefaultResult
	}
	return ""
}

func (b *Box) putLifecycleHook(form url.Values) (any, error) {
	name, err := required(form, "LifecycleHookName")
	if err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	h, err := hookFrom(form, "", g.Hooks[name])
	if err != nil {
		return nil, err
	}
	h.Name = name
	g.Hooks[name] = h
	return nil, nil
}

// hookFrom reads a hook's settings under prefix (PutLifecycleHook's, or one of
// CreateAutoScalingGroup's LifecycleHookSpecificationList), over h's when it exists.
func hookFrom(form url.Values, prefix string, h *LifecycleHook) (*LifecycleHook, error) {
	if h == nil {
		h = &LifecycleHook{HeartbeatTimeout: 3600, DefaultResult: "ABANDON"}
		if form.Get(prefix+"LifecycleTransition") == "" {
			return nil, validation("LifecycleTransition is required for a new lifecycle hook")
		}
	}
	transition := form.Get(prefix + "LifecycleTransition")
	if transition == "" {
		transition = h.Transition
	}
	if transition != transitionLaunching && transition != transitionTerminating {
		return nil, validation("Invalid Lifecycle Transition: %s", transition)
	}
	timeout, err := optionalInt(form, prefix+"HeartbeatTimeout", h.HeartbeatTimeout)
	if err != nil {
		return nil, err
	}
	if timeout < 30 || timeout > 7200 {
		return nil, validation("Heartbeat timeout must be between 30 and 7200 seconds, not %d", timeout)
	}
	result := form.Get(prefix + "DefaultResult")
	if result == "" {
		result = h.DefaultResult
	}
	if result != "CONTINUE" && result != "ABANDON" {
		return nil, validation("Invalid default result: %s", result)
	}
	// In place: the instances waiting on an existing hook see its new settings.
	h.Transition, h.HeartbeatTimeout, h.DefaultResult = transition, timeout, result
	return h, nil
}

// specifiedHooks reads CreateAutoScalingGroup's LifecycleHookSpecificationList: hooks that are
// in place before the group's first instance launches.
func specifiedHooks(form url.Values) (map[string]*LifecycleHook, error) {
	hooks := map[string]*LifecycleHook{}
	for i := 1; i <= count(form, "LifecycleHookSpecificationList.member"); i++ {
		p := item("LifecycleHookSpecificationList.member", i) + "."
		name := form.Get(p + "LifecycleHookName")
		if name == "" {
			return nil, validation("LifecycleHookName is required in LifecycleHookSpecificationList")
		}
		if hooks[name] != nil {
			return nil, validation("Duplicate lifecycle hook name %s", name)
		}
		h, err := hookFrom(form, p, nil)
		if err != nil {
			return nil, err
		}
		h.Name = name
		hooks[name] = h
	}
	return hooks, nil
}

type xmlHook struct {
	Name       string `xml:"LifecycleHookName"`
	Group      string `xml:"AutoScalingGroupName"`
	Transition string `xml:"LifecycleTransition"`
	Heartbeat  int    `xml:"HeartbeatTimeout"`
	Global     int    `xml:"GlobalTimeout"`
	Default    string `xml:"DefaultResult"`
}

func (b *Box) describeLifecycleHooks(form url.Values) (any, error) {
	names := members(form, "LifecycleHookNames")
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out struct {
		Hooks []xmlHook `xml:"LifecycleHooks>member"`
	}
	for _, name := range sortedKeys(g.Hooks) {
		if len(names) > 0 && !contains(names, name) {
			continue
		}
		h := g.Hooks[name]
		out.Hooks = append(out.Hooks, xmlHook{h.Name, g.Name, h.Transition, h.HeartbeatTimeout, min(100*h.HeartbeatTimeout, 172800), h.DefaultResult})
	}
	return out, nil
}

func (b *Box) deleteLifecycleHook(form url.Values) (any, error) {
	name, err := required(form, "LifecycleHookName")
	if err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	h := g.Hooks[name]
	if h == nil {
		return nil, validation("No Lifecycle Hook found with name %s for group %s", name, g.Name)
	}
	delete(g.Hooks, name)
	// Instances waiting on it go on, as Auto Scaling lets them.
	for _, m := range g.Members {
		if m.wait != nil && m.wait.Hook == h && m.wait.Result == "" {
			m.wait.Result = "CONTINUE"
		}
	}
	b.kickAutoscaling()
	return nil, nil
}

// actionFor finds the lifecycle action a CompleteLifecycleAction or a heartbeat names, by
// instance id or token. Called with b.mu held.
func (b *Box) actionFor(form url.Values) (*AutoScalingGroup, *asgMember, error) {
	group, hook := form.Get("AutoScalingGroupName"), form.Get("LifecycleHookName")
	for name, v := range map[string]string{"AutoScalingGroupName": group, "LifecycleHookName": hook} {
		if v == "" {
			return nil, nil, validation("1 validation error detected: Value null at '%s' failed to satisfy constraint: Member must not be null", name)
		}
	}
	id, token := form.Get("InstanceId"), form.Get("LifecycleActionToken")
	if id == "" && token == "" {
		return nil, nil, validation("Either InstanceId or LifecycleActionToken must be given")
	}
	g := b.asgs[group]
	if g == nil {
		return nil, nil, nil
	}
	for _, m := range g.Members {
		if m.wait != nil && m.wait.Result == "" && m.wait.Hook.Name == hook && (m.ID == id || (id == "" && m.wait.Token == token)) {
			return g, m, nil
		}
	}
	if id != "" {
		return g, nil, validation("No active Lifecycle Action found with instance ID %s", id)
	}
	return g, nil, validation("No active Lifecycle Action found with token %s", token)
}

// completeLifecycleAction lets an instance go on (CONTINUE) or be given up (ABANDON). For a
// group the box does not have, the action is only recorded: tests that launch single instances
// with a group's tag stand in for a group that way (AWS would answer ValidationError).
func (b *Box) completeLifecycleAction(form url.Values) (any, error) {
	a := LifecycleAction{Group: form.Get("AutoScalingGroupName"), Hook: form.Get("LifecycleHookName"),
		InstanceID: form.Get("InstanceId"), Result: form.Get("LifecycleActionResult"), Token: form.Get("LifecycleActionToken")}
	if a.Result == "" {
		return nil, validation("1 validation error detected: Value null at 'LifecycleActionResult' failed to satisfy constraint: Member must not be null")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	g, m, err := b.actionFor(form)
	if err != nil {
		return nil, err
	}
	if a.Result != "CONTINUE" && a.Result != "ABANDON" {
		return nil, validation("LifecycleActionResult must be CONTINUE or ABANDON, not %q", a.Result)
	}
	if g != nil {
		m.wait.Result = a.Result
		a.InstanceID = m.ID
		b.kickAutoscaling()
	}
	b.lifecycle = append(b.lifecycle, a)
	return &a, nil
}

// recordLifecycleActionHeartbeat gives the instance another heartbeat timeout.
func (b *Box) recordLifecycleActionHeartbeat(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	g, m, err := b.actionFor(form)
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, validation("AutoScalingGroup name not found - no such group: %s", form.Get("AutoScalingGroupName"))
	}
	m.wait.Deadline = time.Now().Add(b.seconds(m.wait.Hook.HeartbeatTimeout))
	return nil, nil
}
