package ec2box

import (
	"net/url"
	"time"
)

// Activity is one scaling activity: an instance launched into or taken out of a group.
type Activity struct {
	ID, Description, Cause string
	Start, End             time.Time
	Status, Message        string // InProgress, Successful, Failed, Cancelled
}

// activity records a new activity of g, in progress. Called with b.mu held.
func (g *AutoScalingGroup) activity(description, cause string) *Activity {
	a := &Activity{ID: randomUUID(), Description: description, Cause: cause, Start: time.Now().UTC(), Status: "InProgress"}
	g.Activities = append(g.Activities, a)
	return a
}

// end closes an activity with its outcome, once.
func (a *Activity) end(status, message string) {
	if a == nil || a.Status != "InProgress" {
		return
	}
	a.Status, a.Message, a.End = status, message, time.Now().UTC()
}

type xmlActivity struct {
	ID          string `xml:"ActivityId"`
	Group       string `xml:"AutoScalingGroupName"`
	GroupARN    string `xml:"AutoScalingGroupARN"`
	Description string `xml:"Description"`
	Cause       string `xml:"Cause"`
	Start       string `xml:"StartTime"`
	End         string `xml:"EndTime,omitempty"`
	Status      string `xml:"StatusCode"`
	Message     string `xml:"StatusMessage,omitempty"`
	Progress    int    `xml:"Progress"`
	Details     string `xml:"Details"`
}

func (a *Activity) xml(g *AutoScalingGroup) xmlActivity {
	progress := 100
	if a.Status == "InProgress" {
		progress = 30
	}
	return xmlActivity{a.ID, g.Name, g.ARN, a.Description, a.Cause, asgTime(a.Start), asgTime(a.End), a.Status, a.Message, progress,
		`{"Subnet ID":"` + defaultSubnetID + `"}`}
}

// describeScalingActivities lists a group's activities, newest first, as Auto Scaling does.
func (b *Box) describeScalingActivities(form url.Values) (any, error) {
	name := form.Get("AutoScalingGroupName")
	ids := members(form, "ActivityIds")
	max, err := optionalInt(form, "MaxRecords", 100)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	var groups []*AutoScalingGroup
	if name != "" {
		g, err := b.group(name)
		if err != nil {
			return nil, err
		}
		groups = []*AutoScalingGroup{g}
	} else {
		for _, n := range sortedKeys(b.asgs) {
			groups = append(groups, b.asgs[n])
		}
	}
	var out struct {
		Activities []xmlActivity `xml:"Activities>member"`
	}
	for _, g := range groups {
		for i := len(g.Activities) - 1; i >= 0 && len(out.Activities) < max; i-- {
			if a := g.Activities[i]; len(ids) == 0 || contains(ids, a.ID) {
				out.Activities = append(out.Activities, a.xml(g))
			}
		}
	}
	return out, nil
}
