package ec2box

import (
	"net/http"
	"net/url"
	"time"
)

// Instance refresh statuses (API reference: InstanceRefresh).
const (
	refreshPending            = "Pending"
	refreshInProgress         = "InProgress"
	refreshSuccessful         = "Successful"
	refreshFailed             = "Failed"
	refreshCancelling         = "Cancelling"
	refreshCancelled          = "Cancelled"
	refreshRollbackInProgress = "RollbackInProgress"
	refreshRollbackSuccessful = "RollbackSuccessful"
	refreshRollbackFailed     = "RollbackFailed"
)

// InstanceRefresh replaces a group's instances with ones from a new launch template version, a
// batch at a time, keeping MinHealthyPercentage of the group in service.
type InstanceRefresh struct {
	ID, Status, Reason string
	Started, Ended     time.Time
	Desired, Previous  templateRef
	MinHealthy         int
	MaxHealthy         int
	Warmup             int // seconds
	SkipMatching       bool
	AutoRollback       bool
	// toReplace holds the instances this pass still has to take out; total is how many it began
	// with.
	toReplace map[string]bool
	total     int
	// Rollback's own figures.
	RollbackReason  string
	RollbackStarted time.Time
}

func (r *InstanceRefresh) active() bool {
	switch r.Status {
	case refreshPending, refreshInProgress, refreshCancelling, refreshRollbackInProgress:
		return true
	}
	return false
}

// activeRefresh is g's refresh under way, or nil.
func (g *AutoScalingGroup) activeRefresh() *InstanceRefresh {
	if n := len(g.Refreshes); n > 0 && g.Refreshes[n-1].active() {
		return g.Refreshes[n-1]
	}
	return nil
}

// launchTemplate is what g launches from now: the refresh's target while one runs.
func (g *AutoScalingGroup) launchTemplate() templateRef {
	if r := g.activeRefresh(); r != nil {
		switch r.Status {
		case refreshInProgress:
			return r.Desired
		case refreshRollbackInProgress:
			return r.Previous
		}
	}
	return g.Template
}

func (b *Box) startInstanceRefresh(form url.Values) (any, error) {
	var err error
	if s := form.Get("Strategy"); s != "" && s != "Rolling" {
		return nil, validation("Strategy must be Rolling, not %s", s)
	}
	r := &InstanceRefresh{ID: randomUUID(), Status: refreshPending, Started: time.Now().UTC(), MaxHealthy: 100}
	p := "Preferences."
	if r.MinHealthy, err = optionalInt(form, p+"MinHealthyPercentage", 90); err != nil {
		return nil, err
	}
	if r.MaxHealthy, err = optionalInt(form, p+"MaxHealthyPercentage", 100); err != nil {
		return nil, err
	}
	if r.MinHealthy < 0 || r.MinHealthy > 100 || r.MaxHealthy < 100 || r.MaxHealthy > 200 || r.MaxHealthy-r.MinHealthy > 100 {
		return nil, validation("MinHealthyPercentage must be 0 to 100 and MaxHealthyPercentage 100 to 200, at most 100 apart")
	}
	if r.Warmup, err = optionalInt(form, p+"InstanceWarmup", 0); err != nil {
		return nil, err
	}
	if r.SkipMatching, err = optionalBool(form, p+"SkipMatching", false); err != nil {
		return nil, err
	}
	if r.AutoRollback, err = optionalBool(form, p+"AutoRollback", false); err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if g.activeRefresh() != nil {
		return nil, apiError(http.StatusBadRequest, "InstanceRefreshInProgress", "An Instance Refresh is already in progress and blocks the execution of this Instance Refresh.")
	}
	r.Previous, r.Desired = g.Template, g.Template
	if form.Get("DesiredConfiguration.LaunchTemplate.LaunchTemplateId") != "" || form.Get("DesiredConfiguration.LaunchTemplate.LaunchTemplateName") != "" {
		if r.Desired, err = b.groupTemplate(form, "DesiredConfiguration.LaunchTemplate."); err != nil {
			return nil, err
		}
	}
	if r.AutoRollback && r.Desired == r.Previous {
		return nil, validation("AutoRollback needs a DesiredConfiguration: without one there is nothing to roll back to")
	}
	if r.AutoRollback && !numbered(r.Previous.Version) {
		// As AWS: a rollback returns the group to a fixed version, never to whatever $Default or
		// $Latest means by then.
		return nil, validation("AutoRollback is not supported when the group uses the launch template's %s version", versionOrDefault(r.Previous.Version))
	}
	if r.SkipMatching && r.Desired.Version == "$Latest" || r.SkipMatching && r.Desired.Version == "$Default" {
		// As AWS: SkipMatching compares against a fixed version.
		return nil, validation("SkipMatching requires the desired launch template version to be a number, not %s", r.Desired.Version)
	}
	g.Refreshes = append(g.Refreshes, r)
	b.kickAutoscaling()
	return struct {
		ID string `xml:"InstanceRefreshId"`
	}{r.ID}, nil
}

type xmlRefresh struct {
	ID          string `xml:"InstanceRefreshId"`
	Group       string `xml:"AutoScalingGroupName"`
	Status      string `xml:"Status"`
	Reason      string `xml:"StatusReason,omitempty"`
	Start       string `xml:"StartTime"`
	End         string `xml:"EndTime,omitempty"`
	Percentage  int    `xml:"PercentageComplete"`
	ToUpdate    int    `xml:"InstancesToUpdate"`
	LivePercent int    `xml:"ProgressDetails>LivePoolProgress>PercentageComplete"`
	LiveUpdate  int    `xml:"ProgressDetails>LivePoolProgress>InstancesToUpdate"`
	Preferences struct {
		MinHealthy   int  `xml:"MinHealthyPercentage"`
		MaxHealthy   int  `xml:"MaxHealthyPercentage"`
		Warmup       int  `xml:"InstanceWarmup"`
		SkipMatching bool `xml:"SkipMatching"`
		AutoRollback bool `xml:"AutoRollback"`
	} `xml:"Preferences"`
	Desired  xmlASGTemplate `xml:"DesiredConfiguration>LaunchTemplate"`
	Rollback *struct {
		Reason  string `xml:"RollbackReason,omitempty"`
		Start   string `xml:"RollbackStartTime,omitempty"`
		Percent int    `xml:"PercentageCompleteOnRollback"`
	} `xml:"RollbackDetails,omitempty"`
}

func (r *InstanceRefresh) xml(g *AutoScalingGroup) xmlRefresh {
	x := xmlRefresh{ID: r.ID, Group: g.Name, Status: r.Status, Reason: r.Reason, Start: asgTime(r.Started), End: asgTime(r.Ended),
		Desired: refXML(r.Desired)}
	left := len(r.toReplace)
	x.ToUpdate, x.LiveUpdate = left, left
	switch {
	case r.Status == refreshSuccessful:
		x.Percentage = 100
	case r.total > 0:
		x.Percentage = (r.total - left) * 100 / r.total
	}
	x.LivePercent = x.Percentage
	x.Preferences.MinHealthy, x.Preferences.MaxHealthy, x.Preferences.Warmup = r.MinHealthy, r.MaxHealthy, r.Warmup
	x.Preferences.SkipMatching, x.Preferences.AutoRollback = r.SkipMatching, r.AutoRollback
	if r.RollbackReason != "" {
		x.Rollback = &struct {
			Reason  string `xml:"RollbackReason,omitempty"`
			Start   string `xml:"RollbackStartTime,omitempty"`
			Percent int    `xml:"PercentageCompleteOnRollback"`
		}{r.RollbackReason, asgTime(r.RollbackStarted), x.Percentage}
	}
	return x
}

func (b *Box) describeInstanceRefreshes(form url.Values) (any, error) {
	ids := members(form, "InstanceRefreshIds")
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out struct {
		Refreshes []xmlRefresh `xml:"InstanceRefreshes>member"`
	}
	for i := len(g.Refreshes) - 1; i >= 0; i-- {
		if r := g.Refreshes[i]; len(ids) == 0 || contains(ids, r.ID) {
			out.Refreshes = append(out.Refreshes, r.xml(g))
		}
	}
	return out, nil
}

func (b *Box) cancelInstanceRefresh(form url.Values) (any, error) {
	return b.changeRefresh(form, "cancel", func(b *Box, g *AutoScalingGroup, r *InstanceRefresh) {
		r.Status = refreshCancelling
	})
}

func (b *Box) rollbackInstanceRefresh(form url.Values) (any, error) {
	if g, unlock, err := b.lockGroup(form); err == nil {
		r := g.activeRefresh()
		unlock()
		if r != nil && (r.Desired == r.Previous || !numbered(r.Previous.Version)) {
			return nil, validation("A rollback is not supported: the refresh has no desired configuration, or the group uses the launch template's %s version", versionOrDefault(r.Previous.Version))
		}
	}
	return b.changeRefresh(form, "roll back", func(b *Box, g *AutoScalingGroup, r *InstanceRefresh) {
		b.beginRollback(g, r, "Rollback requested by user")
	})
}

// changeRefresh applies change to the group's refresh under way, or answers
// ActiveInstanceRefreshNotFound.
func (b *Box) changeRefresh(form url.Values, verb string, change func(*Box, *AutoScalingGroup, *InstanceRefresh)) (any, error) {
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	r := g.activeRefresh()
	if r == nil || r.Status == refreshCancelling || (verb == "roll back" && r.Status == refreshRollbackInProgress) {
		return nil, apiError(http.StatusBadRequest, "ActiveInstanceRefreshNotFound", "No in progress or pending Instance Refresh found for Auto Scaling group %s to %s", g.Name, verb)
	}
	change(b, g, r)
	b.kickAutoscaling()
	return struct {
		ID string `xml:"InstanceRefreshId"`
	}{r.ID}, nil
}

// beginRollback turns r around: the instances it launched are replaced with the previous
// configuration. Called with b.mu held.
func (b *Box) beginRollback(g *AutoScalingGroup, r *InstanceRefresh, reason string) {
	r.Status, r.RollbackReason, r.RollbackStarted = refreshRollbackInProgress, reason, time.Now().UTC()
	r.toReplace = map[string]bool{}
	for _, m := range g.Members {
		if !m.terminating() && b.matches(m, r.Desired) && !b.matches(m, r.Previous) {
			r.toReplace[m.ID] = true
		}
	}
	r.total = len(r.toReplace)
}

// matches reports whether m was launched from what ref means now. Called with b.mu held.
func (b *Box) matches(m *asgMember, ref templateRef) bool {
	want, err := b.resolveTemplate(ref)
	return err == nil && want == m.Template
}

// stepRefresh moves g's refresh on by one tick: it takes out as many outdated instances as the
// healthy percentage allows (the reconciler launches their replacements), and ends the refresh
// when the group is whole again on the target configuration. Called with b.mu held.
func (b *Box) stepRefresh(g *AutoScalingGroup, now time.Time) {
	r := g.activeRefresh()
	if r == nil {
		return
	}
	switch r.Status {
	case refreshCancelling:
		r.Status, r.Ended, r.toReplace = refreshCancelled, now, nil
		return
	case refreshPending:
		r.Status = refreshInProgress
		r.toReplace = map[string]bool{}
		for _, m := range g.Members {
			if !m.terminating() && (!r.SkipMatching || !b.matches(m, r.Desired)) {
				r.toReplace[m.ID] = true
			}
		}
		r.total = len(r.toReplace)
	}
	target := g.launchTemplate()
	for id := range r.toReplace {
		if m := g.Members[id]; m == nil || m.terminating() {
			delete(r.toReplace, id)
		}
	}
	// Warm instances are outdated stock: they go at once, and the pool refills from the target.
	for id := range r.toReplace {
		if m := g.Members[id]; m.Warm {
			b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+id, "instance refresh "+r.ID+" replaces the warm pool's instances"))
			delete(r.toReplace, id)
		}
	}
	healthy, settling := 0, 0
	for _, m := range g.Members {
		if m.Warm || m.terminating() {
			continue
		}
		if m.State == lcInService && m.Health == "Healthy" {
			if b.matches(m, target) && now.Sub(m.InService) < b.seconds(r.Warmup) {
				settling++
			} else {
				healthy++
			}
		} else {
			settling++
		}
	}
	floor := (g.Desired*r.MinHealthy + 99) / 100
	room := healthy - floor
	if room < 1 && settling == 0 {
		room = 1 // a batch of one at least, as Auto Scaling replaces one at a time then
	}
	took := false
	for _, id := range sortedKeys(r.toReplace) {
		if room < 1 {
			break
		}
		m := g.Members[id]
		b.beginTermination(g, m, g.activity("Terminating EC2 instance: "+id, "At "+asgTime(now)+" an instance was taken out of service in response to an instance refresh. "+r.ID))
		delete(r.toReplace, id)
		room--
		took = true
	}
	if took || len(r.toReplace) > 0 || settling > 0 {
		return
	}
	// Done when the group is whole again: every instance in it on the target, in service, warm.
	done := 0
	for _, m := range g.Members {
		switch {
		case m.Warm || m.terminating():
		case !b.matches(m, target) || m.State != lcInService:
			return
		default:
			done++
		}
	}
	if done != g.Desired {
		return
	}
	r.Ended = now
	if r.Status == refreshRollbackInProgress {
		r.Status = refreshRollbackSuccessful
		return
	}
	r.Status = refreshSuccessful
	g.Template = r.Desired
}

// refreshLost tells g's refresh that an instance launched for it failed (its launching hook
// abandoned it, or it never ran): the refresh fails, or rolls back with AutoRollback. Called with
// b.mu held.
func (b *Box) refreshLost(g *AutoScalingGroup, m *asgMember, why string) {
	r := g.activeRefresh()
	if r == nil || !b.matches(m, g.launchTemplate()) {
		return
	}
	reason := "Instance " + m.ID + " failed to launch: " + why
	switch {
	case r.Status == refreshInProgress && r.AutoRollback:
		b.beginRollback(g, r, reason)
	case r.Status == refreshInProgress:
		r.Status, r.Reason, r.Ended, r.toReplace = refreshFailed, reason, time.Now().UTC(), nil
	case r.Status == refreshRollbackInProgress:
		r.Status, r.Reason, r.Ended, r.toReplace = refreshRollbackFailed, reason, time.Now().UTC(), nil
	}
}

// numbered reports whether a launch-template version is a number, not $Default or $Latest.
func numbered(v string) bool {
	if v == "" {
		return false
	}
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func versionOrDefault(v string) string {
	if v == "" {
		return "$Default"
	}
	return v
}
