package ec2box

import (
	"net/url"
	"strings"
)

// WarmPool keeps instances initialized and stopped (or running, or hibernated) beside a group,
// so that a scale-out starts one instead of booting a new one.
type WarmPool struct {
	MinSize        int
	MaxPrepared    int    // MaxGroupPreparedCapacity; -1: the group's MaxSize
	PoolState      string // Stopped, Running, Hibernated
	ReuseOnScaleIn bool
	Deleting       bool
}

type xmlWarmPoolCfg struct {
	MaxPrepared *int   `xml:"MaxGroupPreparedCapacity,omitempty"`
	MinSize     int    `xml:"MinSize"`
	PoolState   string `xml:"PoolState"`
	Status      string `xml:"Status,omitempty"`
	Reuse       bool   `xml:"InstanceReusePolicy>ReuseOnScaleIn"`
}

func (p *WarmPool) xml() xmlWarmPoolCfg {
	x := xmlWarmPoolCfg{MinSize: p.MinSize, PoolState: p.PoolState, Reuse: p.ReuseOnScaleIn}
	if p.MaxPrepared >= 0 {
		n := p.MaxPrepared
		x.MaxPrepared = &n
	}
	if p.Deleting {
		x.Status = "PendingDelete"
	}
	return x
}

// warmTarget is how many instances the pool should hold: what the group may grow to (the
// prepared capacity) less what it runs, and at least MinSize.
func (g *AutoScalingGroup) warmTarget() int {
	p := g.Warm
	if p == nil || p.Deleting || g.Deleting {
		return 0
	}
	prepared := p.MaxPrepared
	if prepared < 0 {
		prepared = g.Max
	}
	return max(p.MinSize, prepared-g.Desired)
}

// warmCount is how many instances the pool holds, those warming included.
func (g *AutoScalingGroup) warmCount() int {
	n := 0
	for _, m := range g.Members {
		if m.Warm && !m.terminating() {
			n++
		}
	}
	return n
}

// warmed reports whether m has finished warming and can be taken into service.
func (m *asgMember) warmed() bool {
	return m.Warm && strings.HasPrefix(m.State, "Warmed:") && !strings.HasPrefix(m.State, "Warmed:Pending") && m.State != lcWarmedTerminating
}

func (b *Box) putWarmPool(form url.Values) (any, error) {
	minSize, err := optionalInt(form, "MinSize", 0)
	if err != nil {
		return nil, err
	}
	prepared, err := optionalInt(form, "MaxGroupPreparedCapacity", -1)
	if err != nil {
		return nil, err
	}
	if minSize < 0 || prepared < -1 {
		return nil, validation("MinSize must be 0 or more and MaxGroupPreparedCapacity -1 or more")
	}
	state := form.Get("PoolState")
	if state == "" {
		state = "Stopped"
	}
	if state != "Stopped" && state != "Running" && state != "Hibernated" {
		return nil, validation("Invalid PoolState %s: Stopped, Running or Hibernated", state)
	}
	reuse, err := optionalBool(form, "InstanceReusePolicy.ReuseOnScaleIn", false)
	if err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if g.Mixed {
		return nil, validation("You can't add a warm pool to an Auto Scaling group that has a mixed instances policy.")
	}
	if b.requestsSpot(g.launchTemplate()) {
		return nil, validation("You can't add a warm pool to an Auto Scaling group that requests Spot Instances in its launch template.")
	}
	if prepared >= 0 && prepared < g.Min {
		return nil, validation("MaxGroupPreparedCapacity (%d) must not be less than the group's MinSize (%d)", prepared, g.Min)
	}
	if g.Warm != nil && g.Warm.Deleting {
		return nil, validation("The warm pool of %s is being deleted", g.Name)
	}
	g.Warm = &WarmPool{MinSize: minSize, MaxPrepared: prepared, PoolState: state, ReuseOnScaleIn: reuse}
	b.kickAutoscaling()
	return nil, nil
}

func (b *Box) describeWarmPool(form url.Values) (any, error) {
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out struct {
		Cfg       *xmlWarmPoolCfg  `xml:"WarmPoolConfiguration,omitempty"`
		Instances []xmlASGInstance `xml:"Instances>member"`
	}
	if g.Warm != nil {
		cfg := g.Warm.xml()
		out.Cfg = &cfg
	}
	for _, m := range g.sortedMembers() {
		if m.Warm {
			out.Instances = append(out.Instances, b.memberXML(g, m, false))
		}
	}
	return out, nil
}

func (b *Box) deleteWarmPool(form url.Values) (any, error) {
	// ForceDelete skips the pool's terminating hooks on AWS; the box runs none for warm instances.
	if _, err := optionalBool(form, "ForceDelete", false); err != nil {
		return nil, err
	}
	g, unlock, err := b.lockGroup(form)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if g.Warm == nil {
		return nil, validation("No warm pool found for %s", g.Name)
	}
	if g.warmCount() == 0 {
		g.Warm = nil
		return nil, nil
	}
	g.Warm.Deleting = true
	b.kickAutoscaling()
	return nil, nil
}
