package ec2box

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// DebianOwner is the account Debian publishes its cloud images from; source AMIs the box
// registers say they come from it, so templates written for EC2 find them unchanged.
const DebianOwner = "136693071363"

// RegisterSource adds an available AMI made of existing layers (top first), owned by owner, as
// Debian's images are: a public AMI another account published.
func (b *Box) RegisterSource(name, owner string, layers []string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	img := &Image{
		ID: newID("ami"), Name: name, Description: "Debian cloud image (the EC2 box's sandbox root file system)",
		OwnerID: owner, Layers: layers, State: "available", Created: time.Now().UTC(),
		SnapshotID: newID("snap"), RootDevice: "/dev/xvda", Architecture: "x86_64", Public: true,
	}
	b.images[img.ID] = img
	b.snapshots[img.SnapshotID] = &Snapshot{ID: img.SnapshotID, State: "completed", Started: img.Created, SizeGiB: 8, OwnerID: owner}
	return img.ID
}

type xmlImageBlockDevice struct {
	DeviceName string `xml:"deviceName"`
	Ebs        struct {
		SnapshotID          string `xml:"snapshotId"`
		VolumeSize          int    `xml:"volumeSize"`
		DeleteOnTermination bool   `xml:"deleteOnTermination"`
		VolumeType          string `xml:"volumeType"`
		Encrypted           bool   `xml:"encrypted"`
	} `xml:"ebs"`
}

type xmlImage struct {
	ImageID            string                `xml:"imageId"`
	Location           string                `xml:"imageLocation"`
	State              string                `xml:"imageState"`
	OwnerID            string                `xml:"imageOwnerId"`
	CreationDate       string                `xml:"creationDate"`
	Public             bool                  `xml:"isPublic"`
	Architecture       string                `xml:"architecture"`
	Type               string                `xml:"imageType"`
	Name               string                `xml:"name"`
	Description        string                `xml:"description,omitempty"`
	RootDeviceType     string                `xml:"rootDeviceType"`
	RootDeviceName     string                `xml:"rootDeviceName"`
	BlockDevices       []xmlImageBlockDevice `xml:"blockDeviceMapping>item"`
	VirtualizationType string                `xml:"virtualizationType"`
	Tags               []xmlTag              `xml:"tagSet>item"`
	Hypervisor         string                `xml:"hypervisor"`
	EnaSupport         bool                  `xml:"enaSupport"`
	PlatformDetails    string                `xml:"platformDetails"`
	UsageOperation     string                `xml:"usageOperation"`
	DeprecationTime    string                `xml:"deprecationTime,omitempty"`
	LastLaunchedTime   string                `xml:"lastLaunchedTime,omitempty"`
}

func (b *Box) imageXML(img *Image) xmlImage {
	x := xmlImage{
		ImageID: img.ID, Location: img.OwnerID + "/" + img.Name, State: img.State, OwnerID: img.OwnerID,
		CreationDate: ec2Time(img.Created), Public: img.Public, Architecture: img.Architecture, Type: "machine",
		Name: img.Name, Description: img.Description, RootDeviceType: "ebs", RootDeviceName: img.RootDevice,
		VirtualizationType: "hvm", Tags: xmlTags(b.tags[img.ID]), Hypervisor: "xen", EnaSupport: true,
		PlatformDetails: "Linux/UNIX", UsageOperation: "RunInstances",
	}
	if !img.DeprecateAt.IsZero() {
		x.DeprecationTime = ec2Time(img.DeprecateAt)
	}
	if !img.LastLaunched.IsZero() {
		x.LastLaunchedTime = ec2Time(img.LastLaunched)
	}
	bd := xmlImageBlockDevice{DeviceName: img.RootDevice}
	bd.Ebs.SnapshotID, bd.Ebs.VolumeSize, bd.Ebs.DeleteOnTermination, bd.Ebs.VolumeType = img.SnapshotID, 8, true, "gp3"
	x.BlockDevices = []xmlImageBlockDevice{bd}
	return x
}

func (b *Box) imageMatches(img *Image, fs []filter) bool {
	for _, f := range fs {
		var v string
		switch f.Name {
		case "name":
			v = img.Name
		case "image-id":
			v = img.ID
		case "state":
			v = img.State
		case "owner-id":
			v = img.OwnerID
		case "virtualization-type":
			v = "hvm"
		case "architecture":
			v = img.Architecture
		case "root-device-type":
			v = "ebs"
		case "image-type":
			v = "machine"
		case "deprecation-time":
			v = ""
			if !img.DeprecateAt.IsZero() {
				v = ec2Time(img.DeprecateAt)
			}
		case "is-public":
			v = fmt.Sprint(img.Public)
		case "description":
			v = img.Description
		case "block-device-mapping.snapshot-id":
			v = img.SnapshotID
		case "hypervisor":
			v = "xen"
		case "ena-support":
			v = "true"
		default:
			if ok, known := tagFilter(b.tags[img.ID], f); !known || !ok {
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

func (b *Box) describeImages(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := list(form, "ImageId")
	for _, id := range ids {
		if b.images[id] == nil || b.manners.hidden(id, time.Now()) {
			return nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", id)
		}
	}
	owners := list(form, "Owner")
	for i, o := range owners {
		if o == "self" {
			owners[i] = b.cfg.AccountID
		}
	}
	fs := filters(form)
	var out struct {
		Images []xmlImage `xml:"imagesSet>item"`
	}
	for _, id := range sortedKeys(b.images) {
		img := b.images[id]
		if len(ids) > 0 && !contains(ids, id) || b.manners.hidden(id, time.Now()) {
			continue
		}
		if len(owners) > 0 && !contains(owners, img.OwnerID) {
			continue
		}
		if len(ids) == 0 && !img.Public && img.OwnerID != b.cfg.AccountID || !b.listed(img, form, len(ids) > 0, time.Now()) {
			continue
		}
		if b.imageMatches(img, fs) {
			out.Images = append(out.Images, b.imageXML(img))
		}
	}
	return out, nil
}

func (b *Box) createImage(form url.Values) (any, error) {
	name := form.Get("Name")
	if name == "" {
		return nil, missingParameter("Name")
	}
	if len(name) < 3 || len(name) > 128 {
		return nil, invalidParameter("AMI names must be between 3 and 128 characters long, not %d", len(name))
	}
	noReboot := form.Get("NoReboot") == "true"
	tags := tagSpecs(form, "TagSpecification")
	b.mu.Lock()
	in, err := b.instance(form.Get("InstanceId"))
	if err != nil {
		b.mu.Unlock()
		return nil, err
	}
	if in.State != stateStopped && in.State != stateRunning {
		b.mu.Unlock()
		return nil, incorrectState("IncorrectInstanceState", "The instance '%s' is not in a state from which it can be imaged (%s)", in.ID, in.State)
	}
	for _, img := range b.images {
		if img.Name == name && img.OwnerID == b.cfg.AccountID {
			b.mu.Unlock()
			return nil, invalidParameter("AMI name %s is already in use by AMI %s", name, img.ID).withCode("InvalidAMIName.Duplicate")
		}
	}
	src := b.images[in.ImageID]
	img := &Image{
		ID: newID("ami"), Name: name, Description: form.Get("Description"), OwnerID: b.cfg.AccountID,
		State: "pending", Created: time.Now().UTC(), SnapshotID: newID("snap"), RootDevice: "/dev/xvda", Architecture: "x86_64",
	}
	img.Own = b.layerPath(img.ID)
	img.Layers = append([]string{img.Own}, src.Layers...)
	snap := &Snapshot{ID: img.SnapshotID, VolumeID: in.RootVolumeID, State: "pending", Started: img.Created, SizeGiB: 8,
		Description: "Created by CreateImage(" + in.ID + ") for " + img.ID}
	b.images[img.ID] = img
	b.snapshots[snap.ID] = snap
	b.manners.born(img.ID, img.Created)
	b.manners.born(snap.ID, img.Created)
	b.setTags(img.ID, tags["image"])
	b.setTags(snap.ID, tags["snapshot"])
	reboot := in.State == stateRunning && !noReboot
	id := in.ID
	b.mu.Unlock()
	b.background(func() { b.freeze(id, img, snap, reboot) })
	return struct {
		ImageID string `xml:"imageId"`
	}{img.ID}, nil
}

// freeze makes an instance's changes the image's own layer. A running instance imaged without
// NoReboot is shut down for it and booted again, as EC2 reboots it.
func (b *Box) freeze(instanceID string, img *Image, snap *Snapshot, reboot bool) {
	ctx, cancel := context.WithTimeout(context.Background(), machineTimeout)
	defer cancel()
	var err error
	unlock := b.machine(instanceID)
	if reboot {
		err = b.cfg.Machines.Shutdown(ctx, instanceID)
	}
	if err == nil {
		err = b.cfg.Machines.Freeze(ctx, instanceID, img.Own)
	}
	unlock()
	if reboot {
		b.mu.Lock()
		in := b.instances[instanceID]
		in.State = statePending
		b.mu.Unlock()
		b.boot(instanceID, 0)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		img.State, snap.State = "failed", "error"
		img.Description = "freezing failed: " + err.Error()
		return
	}
	img.State, snap.State = "available", "completed"
}

func (a *APIError) withCode(code string) *APIError { a.Code = code; return a }

func (b *Box) deregisterImage(form url.Values) (any, error) {
	b.mu.Lock()
	id := form.Get("ImageId")
	img := b.images[id]
	if img == nil || img.OwnerID != b.cfg.AccountID {
		b.mu.Unlock()
		return nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", id)
	}
	delete(b.images, id)
	delete(b.tags, id)
	inUse := b.layerInUse(img.Own)
	b.mu.Unlock()
	// Instances still running from it keep their layers, as EC2 lets them run; the layer goes
	// when the last of them is terminated.
	if !inUse {
		if err := b.removeLayer(img.Own); err != nil {
			return nil, err
		}
	}
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

// layerInUse reports whether a live instance or another image stands on dir. Called with b.mu held.
func (b *Box) layerInUse(dir string) bool {
	if dir == "" {
		return false
	}
	for _, img := range b.images {
		if contains(img.Layers, dir) {
			return true
		}
	}
	for _, in := range b.instances {
		if in.State == stateTerminated {
			continue
		}
		if contains(in.Layers, dir) {
			return true
		}
	}
	return false
}

func (b *Box) describeImageAttribute(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	img := b.images[form.Get("ImageId")]
	if img == nil {
		return nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", form.Get("ImageId"))
	}
	out := struct {
		ImageID      string                `xml:"imageId"`
		Description  string                `xml:"description>value,omitempty"`
		BlockDevices []xmlImageBlockDevice `xml:"blockDeviceMapping>item"`
		BootMode     string                `xml:"bootMode>value,omitempty"`
		LastLaunched string                `xml:"lastLaunchedTime>value,omitempty"`
	}{ImageID: img.ID}
	switch form.Get("Attribute") {
	case "description":
		out.Description = img.Description
	case "blockDeviceMapping":
		out.BlockDevices = b.imageXML(img).BlockDevices
	case "bootMode":
		out.BootMode = "legacy-bios"
	case "lastLaunchedTime":
		if !img.LastLaunched.IsZero() {
			out.LastLaunched = ec2Time(img.LastLaunched)
		}
	}
	return out, nil
}

func (b *Box) modifyImageAttribute(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.images[form.Get("ImageId")] == nil {
		return nil, notFound("InvalidAMIID.NotFound", "The image id '[%s]' does not exist", form.Get("ImageId"))
	}
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

// dropOrphanLayers removes the layers of deregistered images that the terminated instance was
// the last to stand on.
func (b *Box) dropOrphanLayers(in *Instance) error {
	b.mu.Lock()
	var orphans []string
	for _, dir := range in.Layers {
		if strings.HasPrefix(dir, b.cfg.LayerDir+"/") && !b.layerInUse(dir) {
			orphans = append(orphans, dir)
		}
	}
	b.mu.Unlock()
	for _, dir := range orphans {
		if err := b.removeLayer(dir); err != nil {
			return err
		}
	}
	return nil
}
