package ec2box

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// setTags adds tags to a resource. Called with b.mu held.
func (b *Box) setTags(id string, tags map[string]string) {
	if len(tags) == 0 {
		return
	}
	if b.tags[id] == nil {
		b.tags[id] = map[string]string{}
	}
	for k, v := range tags {
		b.tags[id][k] = v
	}
}

// exists reports whether id names a resource the box has. Called with b.mu held.
func (b *Box) exists(id string) bool {
	if b.manners.hidden(id, time.Now()) {
		return false
	}
	switch {
	case b.instances[id] != nil, b.images[id] != nil, b.snapshots[id] != nil, b.volumes[id] != nil,
		b.groups[id] != nil, b.templates[id] != nil, id == defaultVpcID, id == defaultSubnetID:
		return true
	}
	for _, kp := range b.keyPairs {
		if kp.ID == id {
			return true
		}
	}
	return false
}

// tagFilter applies tag:KEY, tag-key and tag-value filters; known is false for any other name.
func tagFilter(tags map[string]string, f filter) (ok, known bool) {
	switch {
	case strings.HasPrefix(f.Name, "tag:"):
		v, has := tags[strings.TrimPrefix(f.Name, "tag:")]
		return has && matchAny(f.Values, v), true
	case f.Name == "tag-key":
		for k := range tags {
			if matchAny(f.Values, k) {
				return true, true
			}
		}
		return false, true
	case f.Name == "tag-value":
		for _, v := range tags {
			if matchAny(f.Values, v) {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}

func (b *Box) createTags(form url.Values) (any, error) {
	ids := list(form, "ResourceId")
	if len(ids) == 0 {
		return nil, missingParameter("ResourceId")
	}
	tags := tagList(form, "Tag")
	b.mu.Lock()
	for _, id := range ids {
		if !b.exists(id) {
			b.mu.Unlock()
			return nil, notFound(notFoundCode(id), "The ID '%s' does not exist", id)
		}
	}
	var changed []MachineSpec
	for _, id := range ids {
		b.setTags(id, tags)
		if in := b.instances[id]; in != nil && in.MetadataTags && in.State == stateRunning {
			changed = append(changed, b.machineSpec(in))
		}
	}
	b.mu.Unlock()
	return b.tagsChanged(changed)
}

// tagsChanged hands running instances' new tags to their metadata service, as EC2's IMDS
// serves tags as they are now.
func (b *Box) tagsChanged(specs []MachineSpec) (any, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, s := range specs {
		unlock := b.machine(s.InstanceID)
		err := b.cfg.Machines.Metadata(ctx, s)
		unlock()
		if err != nil {
			return nil, err
		}
	}
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

func notFoundCode(id string) string {
	prefix, _, _ := strings.Cut(id, "-")
	switch prefix {
	case "i":
		return "InvalidInstanceID.NotFound"
	case "ami":
		return "InvalidAMIID.NotFound"
	case "snap":
		return "InvalidSnapshot.NotFound"
	case "vol":
		return "InvalidVolume.NotFound"
	case "sg":
		return "InvalidGroup.NotFound"
	case "lt":
		return "InvalidLaunchTemplateId.NotFound"
	}
	return "InvalidID"
}

func (b *Box) deleteTags(form url.Values) (any, error) {
	b.mu.Lock()
	var changed []MachineSpec
	for _, id := range list(form, "ResourceId") {
		tags := tagList(form, "Tag")
		for k := range tags {
			delete(b.tags[id], k)
		}
		if in := b.instances[id]; in != nil && in.MetadataTags && in.State == stateRunning {
			changed = append(changed, b.machineSpec(in))
		}
	}
	b.mu.Unlock()
	return b.tagsChanged(changed)
}

func (b *Box) describeTags(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	type tagDesc struct {
		ResourceID   string `xml:"resourceId"`
		ResourceType string `xml:"resourceType"`
		Key          string `xml:"key"`
		Value        string `xml:"value"`
	}
	var out struct {
		Tags []tagDesc `xml:"tagSet>item"`
	}
	fs := filters(form)
	for _, id := range sortedKeys(b.tags) {
		for _, k := range sortedKeys(b.tags[id]) {
			d := tagDesc{id, resourceType(id), k, b.tags[id][k]}
			if tagDescMatches(d.ResourceID, d.ResourceType, d.Key, d.Value, fs) {
				out.Tags = append(out.Tags, d)
			}
		}
	}
	return out, nil
}

func tagDescMatches(id, rt, key, value string, fs []filter) bool {
	for _, f := range fs {
		var v string
		switch f.Name {
		case "resource-id":
			v = id
		case "resource-type":
			v = rt
		case "key":
			v = key
		case "value":
			v = value
		default:
			return false
		}
		if !matchAny(f.Values, v) {
			return false
		}
	}
	return true
}

func resourceType(id string) string {
	prefix, _, _ := strings.Cut(id, "-")
	return map[string]string{"i": "instance", "ami": "image", "snap": "snapshot", "vol": "volume",
		"sg": "security-group", "lt": "launch-template", "key": "key-pair", "vpc": "vpc", "subnet": "subnet"}[prefix]
}
