package ec2box

import (
	"net/url"
	"strings"
)

func (b *Box) createSecurityGroup(form url.Values) (any, error) {
	name := form.Get("GroupName")
	if name == "" {
		return nil, missingParameter("GroupName")
	}
	vpc := form.Get("VpcId")
	if vpc != "" && vpc != defaultVpcID {
		return nil, notFound("InvalidVpcID.NotFound", "The vpc ID '%s' does not exist", vpc)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, g := range b.groups {
		if g.Name == name {
			return nil, invalidParameter("The security group '%s' already exists for VPC '%s'", name, defaultVpcID).withCode("InvalidGroup.Duplicate")
		}
	}
	g := &SecurityGroup{ID: newID("sg"), Name: name, Description: form.Get("GroupDescription"), VpcID: defaultVpcID}
	b.groups[g.ID] = g
	b.setTags(g.ID, tagSpecs(form, "TagSpecification")["security-group"])
	return struct {
		Return  bool   `xml:"return"`
		GroupID string `xml:"groupId"`
	}{true, g.ID}, nil
}

// authorizeSecurityGroupIngress records the rules; the box does not filter traffic.
func (b *Box) authorizeSecurityGroupIngress(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	g := b.groups[form.Get("GroupId")]
	if g == nil {
		return nil, notFound("InvalidGroup.NotFound", "The security group '%s' does not exist", form.Get("GroupId"))
	}
	for i := 1; i <= count(form, "IpPermissions"); i++ {
		p := item("IpPermissions", i)
		g.Ingress = append(g.Ingress, form.Get(p+".IpProtocol")+" "+form.Get(p+".FromPort")+"-"+form.Get(p+".ToPort")+" "+strings.Join(list(form, p+".IpRanges"), ","))
	}
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

func (b *Box) deleteSecurityGroup(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := form.Get("GroupId")
	g := b.groups[id]
	if g == nil {
		return nil, notFound("InvalidGroup.NotFound", "The security group '%s' does not exist", id)
	}
	for _, in := range b.instances {
		if in.State != stateTerminated && contains(in.GroupIDs, id) {
			return nil, incorrectState("DependencyViolation", "resource %s has a dependent object", id)
		}
	}
	delete(b.groups, id)
	delete(b.tags, id)
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

func (b *Box) describeSecurityGroups(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids, names := list(form, "GroupId"), list(form, "GroupName")
	for _, id := range ids {
		if b.groups[id] == nil {
			return nil, notFound("InvalidGroup.NotFound", "The security group '%s' does not exist", id)
		}
	}
	type group struct {
		OwnerID     string   `xml:"ownerId"`
		GroupID     string   `xml:"groupId"`
		GroupName   string   `xml:"groupName"`
		Description string   `xml:"groupDescription"`
		VpcID       string   `xml:"vpcId"`
		Tags        []xmlTag `xml:"tagSet>item"`
	}
	var out struct {
		Groups []group `xml:"securityGroupInfo>item"`
	}
	fs := filters(form)
	for _, id := range sortedKeys(b.groups) {
		g := b.groups[id]
		if (len(ids) > 0 && !contains(ids, id)) || (len(names) > 0 && !contains(names, g.Name)) {
			continue
		}
		if !fieldsMatch(fs, b.tags[id], map[string]string{"group-id": g.ID, "group-name": g.Name, "vpc-id": g.VpcID}) {
			continue
		}
		out.Groups = append(out.Groups, group{b.cfg.AccountID, g.ID, g.Name, g.Description, g.VpcID, xmlTags(b.tags[id])})
	}
	return out, nil
}

// fieldsMatch applies filters to a resource's named fields and its tags.
func fieldsMatch(fs []filter, tags map[string]string, fields map[string]string) bool {
	for _, f := range fs {
		if v, ok := fields[f.Name]; ok {
			if !matchAny(f.Values, v) {
				return false
			}
			continue
		}
		if ok, known := tagFilter(tags, f); !known || !ok {
			return false
		}
	}
	return true
}

func (b *Box) describeVpcs(form url.Values) (any, error) {
	for _, id := range list(form, "VpcId") {
		if id != defaultVpcID {
			return nil, notFound("InvalidVpcID.NotFound", "The vpc ID '%s' does not exist", id)
		}
	}
	type vpc struct {
		ID        string `xml:"vpcId"`
		State     string `xml:"state"`
		CIDR      string `xml:"cidrBlock"`
		IsDefault bool   `xml:"isDefault"`
		OwnerID   string `xml:"ownerId"`
	}
	var out struct {
		Vpcs []vpc `xml:"vpcSet>item"`
	}
	if fieldsMatch(filters(form), b.tags[defaultVpcID], map[string]string{"vpc-id": defaultVpcID, "is-default": "true", "state": "available", "cidr": b.cfg.Subnet.String()}) {
		out.Vpcs = append(out.Vpcs, vpc{defaultVpcID, "available", b.cfg.Subnet.String(), true, b.cfg.AccountID})
	}
	return out, nil
}

func (b *Box) describeSubnets(form url.Values) (any, error) {
	for _, id := range list(form, "SubnetId") {
		if id != defaultSubnetID {
			return nil, notFound("InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist", id)
		}
	}
	type subnet struct {
		ID        string `xml:"subnetId"`
		State     string `xml:"state"`
		VpcID     string `xml:"vpcId"`
		CIDR      string `xml:"cidrBlock"`
		Available int    `xml:"availableIpAddressCount"`
		Zone      string `xml:"availabilityZone"`
		IsDefault bool   `xml:"defaultForAz"`
		PublicIP  bool   `xml:"mapPublicIpOnLaunch"`
	}
	var out struct {
		Subnets []subnet `xml:"subnetSet>item"`
	}
	b.mu.Lock()
	free := len(b.freeIPs(256))
	b.mu.Unlock()
	fields := map[string]string{"subnet-id": defaultSubnetID, "vpc-id": defaultVpcID, "state": "available",
		"availability-zone": b.AvailabilityZone(), "default-for-az": "true", "cidr-block": b.cfg.Subnet.String()}
	if fieldsMatch(filters(form), b.tags[defaultSubnetID], fields) {
		out.Subnets = append(out.Subnets, subnet{defaultSubnetID, "available", defaultVpcID, b.cfg.Subnet.String(), free, b.AvailabilityZone(), true, false})
	}
	return out, nil
}

func (b *Box) describeRegions(form url.Values) (any, error) {
	type region struct {
		Name     string `xml:"regionName"`
		Endpoint string `xml:"regionEndpoint"`
		Status   string `xml:"optInStatus"`
	}
	var out struct {
		Regions []region `xml:"regionInfo>item"`
	}
	out.Regions = append(out.Regions, region{b.cfg.Region, "ec2." + b.cfg.Region + ".amazonaws.com", "opt-in-not-required"})
	return out, nil
}

func (b *Box) describeAvailabilityZones(form url.Values) (any, error) {
	type zone struct {
		Name   string `xml:"zoneName"`
		State  string `xml:"zoneState"`
		Region string `xml:"regionName"`
		ID     string `xml:"zoneId"`
	}
	var out struct {
		Zones []zone `xml:"availabilityZoneInfo>item"`
	}
	out.Zones = append(out.Zones, zone{b.AvailabilityZone(), "available", b.cfg.Region, b.cfg.Region + "-az1"})
	return out, nil
}

// describeInstanceTypeOfferings offers every instance type asked for in the box's zone: the
// box runs any type, as one size of machine.
func (b *Box) describeInstanceTypeOfferings(form url.Values) (any, error) {
	type offering struct {
		Type         string `xml:"instanceType"`
		LocationType string `xml:"locationType"`
		Location     string `xml:"location"`
	}
	var out struct {
		Offerings []offering `xml:"instanceTypeOfferingSet>item"`
	}
	locType := form.Get("LocationType")
	if locType == "" {
		locType = "region"
	}
	loc := map[string]string{"region": b.cfg.Region, "availability-zone": b.AvailabilityZone(), "availability-zone-id": b.cfg.Region + "-az1"}[locType]
	for _, f := range filters(form) {
		if f.Name == "instance-type" {
			for _, t := range f.Values {
				out.Offerings = append(out.Offerings, offering{t, locType, loc})
			}
		}
	}
	return out, nil
}
