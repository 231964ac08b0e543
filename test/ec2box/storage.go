package ec2box

import (
	"net/url"
	"time"
)

func (b *Box) describeSnapshots(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := list(form, "SnapshotId")
	for _, id := range ids {
		if b.snapshots[id] == nil || b.manners.hidden(id, time.Now()) {
			return nil, notFound("InvalidSnapshot.NotFound", "The snapshot '%s' does not exist.", id)
		}
	}
	type snap struct {
		ID          string   `xml:"snapshotId"`
		VolumeID    string   `xml:"volumeId"`
		Status      string   `xml:"status"`
		StartTime   string   `xml:"startTime"`
		Progress    string   `xml:"progress"`
		OwnerID     string   `xml:"ownerId"`
		VolumeSize  int      `xml:"volumeSize"`
		Description string   `xml:"description"`
		Encrypted   bool     `xml:"encrypted"`
		Tags        []xmlTag `xml:"tagSet>item"`
	}
	var out struct {
		Snapshots []snap `xml:"snapshotSet>item"`
	}
	fs := filters(form)
	owners := list(form, "Owner")
	for _, id := range sortedKeys(b.snapshots) {
		s := b.snapshots[id]
		if len(ids) > 0 && !contains(ids, id) || b.manners.hidden(id, time.Now()) {
			continue
		}
		owner := s.OwnerID
		if owner == "" {
			owner = b.cfg.AccountID
		}
		if len(owners) > 0 && !contains(owners, owner) && !(owner == b.cfg.AccountID && contains(owners, "self")) {
			continue
		}
		if !snapshotMatches(s, b.tags[id], fs) {
			continue
		}
		progress := map[bool]string{true: "100%", false: "0%"}[s.State == "completed"]
		out.Snapshots = append(out.Snapshots, snap{s.ID, s.VolumeID, s.State, ec2Time(s.Started), progress, owner, s.SizeGiB, s.Description, false, xmlTags(b.tags[id])})
	}
	return out, nil
}

func snapshotMatches(s *Snapshot, tags map[string]string, fs []filter) bool {
	for _, f := range fs {
		var v string
		switch f.Name {
		case "snapshot-id":
			v = s.ID
		case "status":
			v = s.State
		case "volume-id":
			v = s.VolumeID
		default:
			if ok, known := tagFilter(tags, f); !known || !ok {
				return false
			}
			continue
		}
		if !matchAny(f.Values, v) {
			return false
		}
	}
	return true
}

func (b *Box) deleteSnapshot(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := form.Get("SnapshotId")
	if b.snapshots[id] == nil {
		return nil, notFound("InvalidSnapshot.NotFound", "The snapshot '%s' does not exist.", id)
	}
	for _, img := range b.images {
		if img.SnapshotID == id {
			return nil, incorrectState("InvalidSnapshot.InUse", "The snapshot %s is currently in use by %s", id, img.ID)
		}
	}
	delete(b.snapshots, id)
	delete(b.tags, id)
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

func (b *Box) describeVolumes(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := list(form, "VolumeId")
	for _, id := range ids {
		if b.volumes[id] == nil {
			return nil, notFound("InvalidVolume.NotFound", "The volume '%s' does not exist.", id)
		}
	}
	type attachment struct {
		VolumeID   string `xml:"volumeId"`
		InstanceID string `xml:"instanceId"`
		Device     string `xml:"device"`
		Status     string `xml:"status"`
		DeleteOnT  bool   `xml:"deleteOnTermination"`
	}
	type vol struct {
		ID          string       `xml:"volumeId"`
		Size        int          `xml:"size"`
		SnapshotID  string       `xml:"snapshotId"`
		Zone        string       `xml:"availabilityZone"`
		Status      string       `xml:"status"`
		CreateTime  string       `xml:"createTime"`
		Attachments []attachment `xml:"attachmentSet>item"`
		VolumeType  string       `xml:"volumeType"`
		Tags        []xmlTag     `xml:"tagSet>item"`
	}
	var out struct {
		Volumes []vol `xml:"volumeSet>item"`
	}
	fs := filters(form)
	for _, id := range sortedKeys(b.volumes) {
		v := b.volumes[id]
		if len(ids) > 0 && !contains(ids, id) {
			continue
		}
		match := true
		for _, f := range fs {
			switch f.Name {
			case "attachment.instance-id":
				match = match && matchAny(f.Values, v.InstanceID)
			case "status":
				match = match && matchAny(f.Values, v.State)
			default:
				ok, known := tagFilter(b.tags[id], f)
				match = match && known && ok
			}
		}
		if !match {
			continue
		}
		x := vol{ID: v.ID, Size: v.SizeGiB, SnapshotID: v.SnapshotID, Zone: b.AvailabilityZone(), Status: v.State,
			CreateTime: ec2Time(v.Created), VolumeType: "gp3", Tags: xmlTags(b.tags[id])}
		if v.InstanceID != "" {
			x.Attachments = []attachment{{v.ID, v.InstanceID, "/dev/xvda", "attached", true}}
		}
		out.Volumes = append(out.Volumes, x)
	}
	return out, nil
}

func (b *Box) deleteVolume(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := form.Get("VolumeId")
	v := b.volumes[id]
	if v == nil {
		return nil, notFound("InvalidVolume.NotFound", "The volume '%s' does not exist.", id)
	}
	if v.State == "in-use" {
		return nil, incorrectState("VolumeInUse", "Volume %s is currently attached to %s", id, v.InstanceID)
	}
	delete(b.volumes, id)
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}
