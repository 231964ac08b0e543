package ec2box

import (
	"net/url"
	"time"
)

// An image's later life, as EC2 has it: deprecated (still launchable, hidden from other
// accounts' listings), disabled (not launchable, hidden from every listing unless asked for),
// enabled again, and the time it was last launched.

// ImageSpec is an image a test puts in the box's account as if an earlier build had made it: its
// age, tags and last launch are the test's to choose.
type ImageSpec struct {
	Name         string
	Created      time.Time
	Tags         map[string]string
	LastLaunched time.Time // zero: never launched
}

// RegisterImage adds an available image of the box's own account, on the layers of the first
// source image, with a snapshot of its own; it returns the image's and the snapshot's ids.
func (b *Box) RegisterImage(s ImageSpec) (imageID, snapshotID string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var layers []string
	for _, id := range sortedKeys(b.images) {
		if img := b.images[id]; img.Own == "" {
			layers = img.Layers
			break
		}
	}
	img := &Image{ID: newID("ami"), Name: s.Name, OwnerID: b.cfg.AccountID, Layers: layers, State: "available",
		Created: s.Created.UTC(), SnapshotID: newID("snap"), RootDevice: "/dev/xvda", Architecture: "x86_64",
		LastLaunched: s.LastLaunched.UTC()}
	b.images[img.ID] = img
	b.snapshots[img.SnapshotID] = &Snapshot{ID: img.SnapshotID, State: "completed", Started: img.Created, SizeGiB: 8}
	if len(s.Tags) > 0 {
		b.tags[img.ID] = map[string]string{}
		for k, v := range s.Tags {
			b.tags[img.ID][k] = v
		}
	}
	return img.ID, img.SnapshotID
}

// ImageState returns an image's state and deprecation time, for a test to check what a client did.
func (b *Box) ImageState(id string) (state string, deprecateAt time.Time, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	img := b.images[id]
	if img == nil {
		return "", time.Time{}, false
	}
	return img.State, img.DeprecateAt, true
}

// ownImage finds an image the box's account owns, as the calls only its owner may make require.
// Called with b.mu held.
func (b *Box) ownImage(form url.Values) (*Image, error) {
	id := form.Get("ImageId")
	if id == "" {
		return nil, missingParameter("ImageId")
	}
	img := b.images[id]
	if img == nil || b.manners.hidden(id, time.Now()) {
		return nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", id)
	}
	if img.OwnerID != b.cfg.AccountID {
		return nil, apiError(403, "AuthFailure", "Not authorized for image:%s", id)
	}
	return img, nil
}

// maxDeprecation is how far ahead EC2 lets a private image's deprecation be set.
const maxDeprecation = 10 * 365 * 24 * time.Hour

func (b *Box) enableImageDeprecation(form url.Values) (any, error) {
	at := form.Get("DeprecateAt")
	if at == "" {
		return nil, missingParameter("DeprecateAt")
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return nil, invalidParameter("DeprecateAt: %q is not a date and time", at)
	}
	// EC2 rounds seconds up to the next minute and refuses a time in the past.
	if r := t.Truncate(time.Minute); !r.Equal(t) {
		t = r.Add(time.Minute)
	}
	now := time.Now()
	if t.Before(now.Truncate(time.Minute)) {
		return nil, invalidParameter("DeprecateAt: %s is in the past", ec2Time(t))
	}
	if t.After(now.Add(maxDeprecation)) {
		return nil, invalidParameter("DeprecateAt: %s is more than 10 years away", ec2Time(t))
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	img, err := b.ownImage(form)
	if err != nil {
		return nil, err
	}
	img.DeprecateAt = t.UTC()
	return returnTrue, nil
}

func (b *Box) disableImageDeprecation(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	img, err := b.ownImage(form)
	if err != nil {
		return nil, err
	}
	img.DeprecateAt = time.Time{}
	return returnTrue, nil
}

// disableImage makes an image unlaunchable and private; a disabled image may still be
// deregistered, and enabled again.
func (b *Box) disableImage(form url.Values) (any, error) {
	return b.turnImage(form, "available", "disabled", "disabled")
}

func (b *Box) enableImage(form url.Values) (any, error) {
	return b.turnImage(form, "disabled", "available", "enabled")
}

// turnImage moves an own image from one state to the other; one already there is left as it is.
func (b *Box) turnImage(form url.Values, from, to, verb string) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	img, err := b.ownImage(form)
	if err != nil {
		return nil, err
	}
	switch img.State {
	case from:
		img.State = to
		if to == "disabled" {
			img.Public = false
		}
	case to:
	default:
		return nil, incorrectState("IncorrectState", "The image %s is %s; only a %s image can be %s", img.ID, img.State, from, verb)
	}
	return returnTrue, nil
}

// listed reports whether DescribeImages shows img: a disabled image only when asked for with
// IncludeDisabled; a deprecated one to its owner always, to others only with IncludeDeprecated
// or by id. Called with b.mu held.
func (b *Box) listed(img *Image, form url.Values, byID bool, now time.Time) bool {
	if img.State == "disabled" && form.Get("IncludeDisabled") != "true" {
		return false
	}
	deprecated := !img.DeprecateAt.IsZero() && !img.DeprecateAt.After(now)
	if deprecated && !byID && img.OwnerID != b.cfg.AccountID && form.Get("IncludeDeprecated") != "true" {
		return false
	}
	return true
}

var returnTrue = struct {
	Return bool `xml:"return"`
}{true}
