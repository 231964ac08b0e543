package awsimage

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// Image tag keys a retirement selects by: the recipe and the role an image was baked from.
const (
	TagRecipe = "parbake:recipe"
	TagRole   = "parbake:role"
	// TagWarmPool marks an image whose plan has a warm pool (plan.TagWarmPool).
	TagWarmPool = "parbake:warm-pool"
)

// Never is an age a retirement stage never reaches.
const Never time.Duration = -1

// RetirePolicy says which earlier images of a recipe and role go, and how far.
type RetirePolicy struct {
	// Keep is how many of the newest images stay whatever their age, this build's among them.
	Keep int
	// The ages at which an unused image is deprecated, disabled and deregistered; Never skips
	// a stage.
	DeprecateAfter, DisableAfter, DeregisterAfter time.Duration
	DeleteSnapshots                               bool
	DryRun                                        bool
}

// recentLaunch is how recently a launch keeps an image: within the age it would be
// deregistered at, or, with no deregistration, its last stage's.
func (p RetirePolicy) recentLaunch() time.Duration {
	for _, d := range []time.Duration{p.DeregisterAfter, p.DisableAfter, p.DeprecateAfter} {
		if d != Never {
			return d
		}
	}
	return Never
}

// Candidate is an earlier image of the recipe and role.
type Candidate struct {
	ID, Name     string
	Created      time.Time
	Deprecated   bool // its deprecation time has come, or is set
	Disabled     bool
	LastLaunched time.Time // zero: never, or not read
	Snapshots    []string
}

// Action is what a retirement does to one image.
type Action string

const (
	ActKeep       Action = "kept"
	ActDeprecate  Action = "deprecated"
	ActDisable    Action = "disabled"
	ActEnable     Action = "enabled"
	ActDeregister Action = "deregistered"
)

// Decision is one image's row of the table: what was (or, in a dry run, would be) done and why.
type Decision struct {
	Region  string
	Image   Candidate
	Age     time.Duration
	UsedBy  []string
	Actions []Action // in order; empty: kept as it is
	Why     string
	Err     error // an action that failed
}

// Decide places each candidate (this build's images excluded) under the policy: the newest
// Keep-1 stay (this build's image is the first kept), then anything in use stays, then anything
// launched recently, then each image's age says how far it goes. Pure: the same inputs give the
// same decisions.
func Decide(p RetirePolicy, cands []Candidate, uses Uses, now time.Time) []Decision {
	sorted := append([]Candidate(nil), cands...)
	sort.Slice(sorted, func(i, j int) bool {
		if !sorted[i].Created.Equal(sorted[j].Created) {
			return sorted[i].Created.After(sorted[j].Created)
		}
		return sorted[i].ID > sorted[j].ID
	})
	var out []Decision
	for i, c := range sorted {
		d := Decision{Image: c, Age: now.Sub(c.Created), UsedBy: uses[c.ID]}
		switch {
		case i+1 < p.Keep:
			d.Why = fmt.Sprintf("among the newest %d", p.Keep)
		case len(d.UsedBy) > 0:
			d.Why = "in use"
			if c.Disabled {
				d.Actions, d.Why = []Action{ActEnable}, "in use, so enabled again: what uses it must be able to launch it"
			}
		case !c.LastLaunched.IsZero() && p.recentLaunch() != Never && now.Sub(c.LastLaunched) < p.recentLaunch():
			d.Why = fmt.Sprintf("launched %s ago, within %s", Round(now.Sub(c.LastLaunched)), Round(p.recentLaunch()))
		default:
			d.Actions, d.Why = byAge(p, c, d.Age)
		}
		out = append(out, d)
	}
	return out
}

// byAge is how far an unused image of this age goes: each stage it has reached and not yet had.
func byAge(p RetirePolicy, c Candidate, age time.Duration) ([]Action, string) {
	reached := func(d time.Duration) bool { return d != Never && age >= d }
	switch {
	case reached(p.DeregisterAfter):
		return []Action{ActDeregister}, fmt.Sprintf("unused, older than deregister_after (%s)", Round(p.DeregisterAfter))
	case reached(p.DisableAfter):
		var a []Action
		if !c.Deprecated && p.DeprecateAfter != Never {
			a = append(a, ActDeprecate)
		}
		if !c.Disabled {
			a = append(a, ActDisable)
		}
		return a, fmt.Sprintf("unused, older than disable_after (%s)", Round(p.DisableAfter))
	case reached(p.DeprecateAfter):
		if c.Deprecated {
			return nil, fmt.Sprintf("unused, older than deprecate_after (%s)", Round(p.DeprecateAfter))
		}
		return []Action{ActDeprecate}, fmt.Sprintf("unused, older than deprecate_after (%s)", Round(p.DeprecateAfter))
	}
	next := p.DeprecateAfter
	for _, d := range []time.Duration{p.DisableAfter, p.DeregisterAfter} {
		if next == Never {
			next = d
		}
	}
	if next == Never {
		return nil, "unused; the policy has no stage for it"
	}
	return nil, fmt.Sprintf("unused, younger than %s", Round(next))
}

// Round shows a duration as a person reads an image's age: days and hours past a day ("40d",
// "1d12h"), whole seconds below.
func Round(d time.Duration) string {
	if d < 24*time.Hour {
		return d.Round(time.Second).String()
	}
	h := int64(d.Round(time.Hour) / time.Hour)
	if h%24 == 0 {
		return fmt.Sprintf("%dd", h/24)
	}
	return fmt.Sprintf("%dd%dh", h/24, h%24)
}

// RetireAPI is what a retirement does to images in EC2.
type RetireAPI interface {
	EnableImageDeprecation(ctx context.Context, in *ec2.EnableImageDeprecationInput, opts ...func(*ec2.Options)) (*ec2.EnableImageDeprecationOutput, error)
	DisableImage(ctx context.Context, in *ec2.DisableImageInput, opts ...func(*ec2.Options)) (*ec2.DisableImageOutput, error)
	EnableImage(ctx context.Context, in *ec2.EnableImageInput, opts ...func(*ec2.Options)) (*ec2.EnableImageOutput, error)
	DeregisterImage(ctx context.Context, in *ec2.DeregisterImageInput, opts ...func(*ec2.Options)) (*ec2.DeregisterImageOutput, error)
	DeleteSnapshot(ctx context.Context, in *ec2.DeleteSnapshotInput, opts ...func(*ec2.Options)) (*ec2.DeleteSnapshotOutput, error)
}

// Apply carries out each decision's actions, in order; a failed action stops that image's
// others and is recorded on its decision. It returns the decisions with their errors.
func Apply(ctx context.Context, api RetireAPI, p RetirePolicy, ds []Decision, now time.Time) []Decision {
	if p.DryRun {
		return ds
	}
	for i := range ds {
		d := &ds[i]
		id := aws.String(d.Image.ID)
		for _, a := range d.Actions {
			var err error
			switch a {
			case ActDeprecate:
				// EC2 refuses a time in the past and rounds up to the minute: the next minute is
				// the soonest it takes.
				at := now.Truncate(time.Minute).Add(time.Minute)
				_, err = api.EnableImageDeprecation(ctx, &ec2.EnableImageDeprecationInput{ImageId: id, DeprecateAt: &at})
			case ActDisable:
				_, err = api.DisableImage(ctx, &ec2.DisableImageInput{ImageId: id})
			case ActEnable:
				_, err = api.EnableImage(ctx, &ec2.EnableImageInput{ImageId: id})
			case ActDeregister:
				if _, err = api.DeregisterImage(ctx, &ec2.DeregisterImageInput{ImageId: id}); err == nil && p.DeleteSnapshots {
					for _, s := range d.Image.Snapshots {
						if _, serr := api.DeleteSnapshot(ctx, &ec2.DeleteSnapshotInput{SnapshotId: aws.String(s)}); serr != nil {
							err = fmt.Errorf("deleting snapshot %s: %w", s, serr)
							break
						}
					}
				}
			}
			if err != nil {
				d.Err = fmt.Errorf("%s %s: %w", strings.TrimSuffix(string(a), "d"), d.Image.ID, err)
				break
			}
		}
	}
	return ds
}

// Candidates lists the images of the account tagged with recipe and role, deprecated and
// disabled ones included, except those in skip (this build's), with their snapshots and last
// launch.
func Candidates(ctx context.Context, api ec2.DescribeImagesAPIClient, attr ImageAttributeAPI, recipe, role string, skip []string) ([]Candidate, error) {
	p := ec2.NewDescribeImagesPaginator(api, &ec2.DescribeImagesInput{Owners: []string{"self"},
		Filters:           []types.Filter{{Name: aws.String("tag:" + TagRecipe), Values: []string{recipe}}},
		IncludeDeprecated: aws.Bool(true), IncludeDisabled: aws.Bool(true)})
	var out []Candidate
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, &LookupError{"the recipe's images (DescribeImages)", err}
		}
		for _, img := range page.Images {
			id := aws.ToString(img.ImageId)
			if !hasTag(img.Tags, TagRole, role) || slices.Contains(skip, id) {
				continue
			}
			c := Candidate{ID: id, Name: aws.ToString(img.Name), Disabled: img.State == types.ImageStateDisabled}
			c.Created, _ = time.Parse(time.RFC3339, aws.ToString(img.CreationDate))
			c.Deprecated = aws.ToString(img.DeprecationTime) != ""
			for _, m := range img.BlockDeviceMappings {
				if m.Ebs != nil && m.Ebs.SnapshotId != nil {
					c.Snapshots = append(c.Snapshots, *m.Ebs.SnapshotId)
				}
			}
			a, err := attr.DescribeImageAttribute(ctx, &ec2.DescribeImageAttributeInput{ImageId: img.ImageId, Attribute: types.ImageAttributeNameLastLaunchedTime})
			if err != nil {
				return nil, &LookupError{fmt.Sprintf("when %s was last launched (DescribeImageAttribute, lastLaunchedTime)", id), err}
			}
			if a.LastLaunchedTime != nil && a.LastLaunchedTime.Value != nil {
				c.LastLaunched, _ = time.Parse(time.RFC3339, *a.LastLaunchedTime.Value)
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// ImageAttributeAPI reads an image's attributes.
type ImageAttributeAPI interface {
	DescribeImageAttribute(ctx context.Context, in *ec2.DescribeImageAttributeInput, opts ...func(*ec2.Options)) (*ec2.DescribeImageAttributeOutput, error)
}

// Retire finds the earlier images of recipe and role in s's region, reads everything that can
// use them, decides, and acts. A lookup that fails returns its error before anything is done.
func Retire(ctx context.Context, s *Session, p RetirePolicy, recipe, role string, skip []string, now time.Time) ([]Decision, error) {
	cands, err := Candidates(ctx, s.EC2, s.EC2, recipe, role, skip)
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		return nil, nil
	}
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.ID
	}
	uses, err := FindUses(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	ds := Decide(p, cands, uses, now)
	for i := range ds {
		ds[i].Region = s.Region
	}
	return Apply(ctx, s.EC2, p, ds, now), nil
}

// RetireTable shows the decisions, one image a row: its age, what uses it, what was done and why.
func RetireTable(ds []Decision, p RetirePolicy) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "  REGION\tIMAGE\tAGE\tUSED BY\tDONE\tWHY")
	for _, d := range ds {
		used := strings.Join(d.UsedBy, "; ")
		if used == "" {
			used = "-"
		}
		fmt.Fprintf(w, "  %s\t%s\t%s\t%s\t%s\t%s\n", d.Region, d.Image.ID, Round(d.Age), used, done(d, p), d.Why)
	}
	w.Flush()
	return strings.TrimRight(b.String(), "\n")
}

func done(d Decision, p RetirePolicy) string {
	if len(d.Actions) == 0 {
		return string(ActKeep)
	}
	var parts []string
	for _, a := range d.Actions {
		s := string(a)
		if a == ActDeregister && p.DeleteSnapshots && len(d.Image.Snapshots) > 0 {
			s += ", snapshots " + strings.Join(d.Image.Snapshots, ", ") + " deleted"
		}
		parts = append(parts, s)
	}
	s := strings.Join(parts, ", ")
	switch {
	case p.DryRun:
		return "would be " + s
	case d.Err != nil:
		return "FAILED: " + d.Err.Error()
	}
	return s
}

func hasTag(tags []types.Tag, k, v string) bool {
	for _, t := range tags {
		if aws.ToString(t.Key) == k && aws.ToString(t.Value) == v {
			return true
		}
	}
	return false
}
