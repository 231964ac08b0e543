package ec2box

import (
	"context"
	"sort"
	"strconv"
	"time"
)

// The reconciler moves every group towards what it was asked for, as Auto Scaling does: it
// launches and replaces instances, takes them in and out of service through their lifecycle
// hooks, keeps the warm pool filled, and steps instance refreshes. Each tick decides under b.mu
// and returns the machine work (boots, stops, starts, terminations, metadata) to run after it,
// so the lock is never held across a machine and is always released by a defer.

// startAutoscaling starts the reconciler, once, when the first group is made. Called with b.mu
// held.
func (b *Box) startAutoscaling() {
	if b.asgStop != nil {
		return
	}
	b.asgStop, b.asgDone = make(chan struct{}), make(chan struct{})
	go b.autoscalingLoop(b.asgStop, b.asgDone)
}

// kickAutoscaling asks for a tick now, without waiting for it. Safe with b.mu held.
func (b *Box) kickAutoscaling() {
	select {
	case b.asgKick <- struct{}{}:
	default:
	}
}

// stopAutoscaling stops the reconciler and waits for it.
func (b *Box) stopAutoscaling() {
	b.mu.Lock()
	stop, done := b.asgStop, b.asgDone
	b.asgStop = nil
	b.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

func (b *Box) autoscalingLoop(stop, done chan struct{}) {
	defer close(done)
	tick := time.NewTicker(min(250*time.Millisecond, max(5*time.Millisecond, b.second()/4)))
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		case <-b.asgKick:
		}
		for _, w := range b.reconcile(time.Now()) {
			b.background(w)
		}
	}
}

// reconcile is one tick over every group.
func (b *Box) reconcile(now time.Time) []func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	var work []func()
	for _, name := range sortedKeys(b.asgs) {
		g := b.asgs[name]
		for _, m := range g.sortedMembers() {
			b.stepMember(g, m, now, &work)
		}
		if g.Deleting {
			b.drain(g)
			if len(g.Members) == 0 {
				delete(b.asgs, name)
			}
			continue
		}
		b.fill(g, now, &work)
		b.fillWarmPool(g, now, &work)
		b.stepRefresh(g, now)
	}
	b.pushTargets(&work)
	return work
}

// stepMember moves one instance along its lifecycle, as far as its EC2 state and its lifecycle
// action allow.
func (b *Box) stepMember(g *AutoScalingGroup, m *asgMember, now time.Time, work *[]func()) {
	in := b.instances[m.ID]
	ec2 := stateTerminated
	if in != nil {
		ec2 = in.State
	}
	if (ec2 == stateTerminated || ec2 == stateShuttingDown) && !m.terminating() {
		why := "the instance was terminated"
		if in != nil && in.StateReason != "" {
			why += " (" + in.StateReason + ")"
		}
		b.refreshLost(g, m, why)
		m.activity.end("Failed", why)
		g.activity("Terminating EC2 instance: "+m.ID, "At "+asgTime(now)+" an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.").end("Successful", "")
		delete(g.Members, m.ID)
		return
	}
	switch m.State {
	case lcPending, lcWarmedPending:
		warm := m.State == lcWarmedPending
		if h := g.hook(transitionLaunching); h != nil {
			m.State = map[bool]string{false: lcPendingWait, true: lcWarmedPendingWait}[warm]
			b.hold(m, h)
		} else if ec2 == stateRunning && warm {
			m.State = lcWarmedPendingProceed
		} else if ec2 == stateRunning {
			b.inService(m, now)
		}
	case lcPendingWait, lcWarmedPendingWait:
		switch m.waitResult(now) {
		case "CONTINUE":
			m.wait = nil
			m.State = map[bool]string{false: lcPendingProceed, true: lcWarmedPendingProceed}[m.Warm]
		case "ABANDON":
			token := m.wait.Token
			m.wait = nil
			b.refreshLost(g, m, "its launching lifecycle hook abandoned it")
			m.activity.end("Cancelled", "Instance failed to complete user's Lifecycle Action: Lifecycle Action with token "+token+" was abandoned: Lifecycle Action Completed with ABANDON Result")
			m.activity = g.activity("Terminating EC2 instance: "+m.ID, "At "+asgTime(now)+" an instance was taken out of service after its launching lifecycle action was abandoned.")
			m.State = lcTerminatingProceed
			if m.Warm {
				m.State = lcWarmedTerminating
			}
		}
	case lcPendingProceed:
		if ec2 == stateRunning {
			b.inService(m, now)
		}
	case lcWarmedPendingProceed:
		b.settleWarm(g, m, in, work)
	case lcInService:
		if ec2 == stateStopped || ec2 == stateStopping {
			m.Health = "Unhealthy"
			b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+m.ID, "At "+asgTime(now)+" an instance was taken out of service in response to an EC2 instance status check failure."))
		}
	case lcTerminatingWait:
		if m.waitResult(now) != "" {
			m.wait = nil
			m.State = lcTerminatingProceed
		}
	}
	if m.State == lcTerminating || m.State == lcTerminatingProceed || m.State == lcWarmedTerminating {
		if in != nil && in.State != stateTerminated {
			if w := b.begin(in, moveTerminate); w != nil {
				*work = append(*work, w)
			}
			return
		}
		m.activity.end("Successful", "")
		delete(g.Members, m.ID)
	}
}

// inService takes m into service.
func (b *Box) inService(m *asgMember, now time.Time) {
	m.State, m.Health, m.InService = lcInService, "Healthy", now
	m.activity.end("Successful", "")
}

// settleWarm puts a warmed instance in its pool state: stopped (or hibernated) or running.
func (b *Box) settleWarm(g *AutoScalingGroup, m *asgMember, in *Instance, work *[]func()) {
	pool := "Stopped"
	if g.Warm != nil {
		pool = g.Warm.PoolState
	}
	switch {
	case pool == "Running" && in.State == stateRunning:
		m.State = "Warmed:Running"
		m.activity.end("Successful", "")
	case pool != "Running" && in.State == stateRunning && !m.stopAsked:
		if w := b.begin(in, moveStop); w != nil {
			*work = append(*work, w)
		}
		m.stopAsked = true
	case pool != "Running" && in.State == stateStopped:
		m.State, m.stopAsked = "Warmed:"+pool, false
		m.activity.end("Successful", "")
	}
}

// beginTermination takes m out of the group, through the terminating hook when one exists and
// m was in service. Called with b.mu held.
func (b *Box) beginTermination(g *AutoScalingGroup, m *asgMember, a *Activity) {
	if m.terminating() {
		return
	}
	m.activity.end("Cancelled", "the instance was taken out before it finished")
	m.activity, m.wait = a, nil
	switch h := g.hook(transitionTerminating); {
	case m.Warm:
		m.State = lcWarmedTerminating
	case h != nil && m.State == lcInService:
		m.State = lcTerminatingWait
		b.hold(m, h)
	default:
		m.State = lcTerminating
	}
}

// drain takes every instance of a group being deleted out.
func (b *Box) drain(g *AutoScalingGroup) {
	for _, m := range g.sortedMembers() {
		b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+m.ID, "the group is being deleted"))
	}
}

// fill brings the group to its desired capacity: warmed instances first, then new ones; or takes
// the surplus out, the instances of an older configuration first, then the oldest.
func (b *Box) fill(g *AutoScalingGroup, now time.Time, work *[]func()) {
	var live []*asgMember
	var ready []*asgMember
	for _, m := range g.sortedMembers() {
		switch {
		case m.terminating():
		case m.Warm && m.warmed():
			ready = append(ready, m)
		case !m.Warm:
			live = append(live, m)
		}
	}
	need := g.Desired - len(live)
	for _, m := range ready {
		if need <= 0 {
			break
		}
		m.Warm, m.State = false, lcPending
		m.activity = g.activity("Launching a new EC2 instance from warm pool: "+m.ID, "At "+asgTime(now)+" an instance was started from the warm pool in response to a difference between desired and actual capacity.")
		if in := b.instances[m.ID]; in != nil {
			if w := b.begin(in, moveStart); w != nil {
				*work = append(*work, w)
			}
		}
		need--
	}
	if need > 0 {
		b.launchInto(g, need, false, now, work)
	}
	if need < 0 {
		// Auto Scaling's default policy: an older configuration first, then (for the box) the
		// newest instance, which keeps the long-running ones.
		target := g.launchTemplate()
		sort.SliceStable(live, func(i, j int) bool {
			oi, oj := !b.matches(live[i], target), !b.matches(live[j], target)
			if oi != oj {
				return oi
			}
			return live[i].Launched.After(live[j].Launched)
		})
		for _, m := range live[:-need] {
			cause := "At " + asgTime(now) + " an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity to " + strconv.Itoa(g.Desired) + "."
			if g.Warm != nil && g.Warm.ReuseOnScaleIn && !g.Warm.Deleting {
				m.Warm, m.State, m.stopAsked = true, lcWarmedPendingProceed, false
				m.activity.end("Successful", "")
				m.activity = g.activity("Moving EC2 instance to warm pool: "+m.ID, cause)
				continue
			}
			b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+m.ID, cause))
		}
	}
}

// fillWarmPool keeps the pool at its size, and removes it once a deletion has emptied it.
func (b *Box) fillWarmPool(g *AutoScalingGroup, now time.Time, work *[]func()) {
	if g.Warm == nil {
		return
	}
	want, have := g.warmTarget(), g.warmCount()
	if have < want {
		b.launchInto(g, want-have, true, now, work)
	}
	if have > want {
		ms := g.sortedMembers()
		for i := len(ms) - 1; i >= 0 && have > want; i-- {
			if m := ms[i]; m.Warm && !m.terminating() {
				b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+m.ID, "the warm pool is larger than it should be"))
				have--
			}
		}
	}
	if g.Warm.Deleting {
		for _, m := range g.Members {
			if m.Warm {
				return
			}
		}
		g.Warm = nil
	}
}

// launchInto launches n instances into the group (or its warm pool) from the group's launch
// template, with its propagated tags and aws:autoscaling:groupName. A failed launch is an
// activity and is tried again a little later, as Auto Scaling backs off.
func (b *Box) launchInto(g *AutoScalingGroup, n int, warm bool, now time.Time, work *[]func()) {
	if now.Before(g.nextLaunch) {
		return
	}
	what := map[bool]string{false: "Launching a new EC2 instance", true: "Launching a new EC2 instance into warm pool"}[warm]
	cause := "At " + asgTime(now) + " an instance was started in response to a difference between desired and actual capacity."
	rt, err := b.resolveTemplate(g.launchTemplate())
	var req launchRequest
	if err == nil {
		req = b.templates[rt.ID].Versions[rt.Version-1].Data
		req = cloneLaunch(req)
		if req.Tags["instance"] == nil {
			req.Tags["instance"] = map[string]string{}
		}
		for _, t := range g.Tags {
			if t.Propagate {
				req.Tags["instance"][t.Key] = t.Value
			}
		}
		req.Tags["instance"]["aws:autoscaling:groupName"] = g.Name
		req.SubnetID = defaultSubnetID
	}
	for i := 0; i < n; i++ {
		var ids []string
		if err == nil {
			_, ids, err = b.createInstances(req, 1, 1)
		}
		if err != nil {
			g.activity(what, cause).end("Failed", err.Error())
			g.nextLaunch = now.Add(b.seconds(5))
			return
		}
		m := &asgMember{ID: ids[0], State: lcPending, Health: "Healthy", Template: rt, Warm: warm, Launched: now}
		if warm {
			m.State = lcWarmedPending
		}
		m.activity = g.activity(what+": "+m.ID, cause)
		g.Members[m.ID] = m
		b.instances[m.ID].TargetLifecycle = g.targetLifecycleState(m)
		id := m.ID
		*work = append(*work, func() { b.boot(id, b.cfg.LaunchDelay) })
	}
}

// pushTargets gives each running member's metadata service its target lifecycle state when it
// changed, as IMDS follows Auto Scaling's transitions.
func (b *Box) pushTargets(work *[]func()) {
	for _, g := range b.asgs {
		for _, m := range g.Members {
			in := b.instances[m.ID]
			if in == nil {
				continue
			}
			in.TargetLifecycle = g.targetLifecycleState(m)
			if in.State == stateRunning && in.servedTarget != in.TargetLifecycle {
				spec := b.machineSpec(in)
				*work = append(*work, func() {
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					defer cancel()
					defer b.machine(spec.InstanceID)()
					b.cfg.Machines.Metadata(ctx, spec)
				})
			}
		}
	}
}
