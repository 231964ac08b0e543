package ec2box

// EC2's XML for instances, as far as the clients here read it.

type xmlState struct {
	Code int    `xml:"code"`
	Name string `xml:"name"`
}

type xmlGroup struct {
	GroupID   string `xml:"groupId"`
	GroupName string `xml:"groupName"`
}

type xmlInstanceBlockDevice struct {
	DeviceName string `xml:"deviceName"`
	Ebs        struct {
		VolumeID            string `xml:"volumeId"`
		Status              string `xml:"status"`
		AttachTime          string `xml:"attachTime"`
		DeleteOnTermination bool   `xml:"deleteOnTermination"`
	} `xml:"ebs"`
}

type xmlInstance struct {
	InstanceID         string                   `xml:"instanceId"`
	ImageID            string                   `xml:"imageId"`
	State              xmlState                 `xml:"instanceState"`
	PrivateDNSName     string                   `xml:"privateDnsName"`
	DNSName            string                   `xml:"dnsName"`
	Reason             string                   `xml:"reason"`
	KeyName            string                   `xml:"keyName,omitempty"`
	LaunchIndex        int                      `xml:"amiLaunchIndex"`
	InstanceType       string                   `xml:"instanceType"`
	LaunchTime         string                   `xml:"launchTime"`
	AvailabilityZone   string                   `xml:"placement>availabilityZone"`
	Tenancy            string                   `xml:"placement>tenancy"`
	Monitoring         string                   `xml:"monitoring>state"`
	SubnetID           string                   `xml:"subnetId"`
	VpcID              string                   `xml:"vpcId"`
	PrivateIP          string                   `xml:"privateIpAddress"`
	SourceDestCheck    bool                     `xml:"sourceDestCheck"`
	Groups             []xmlGroup               `xml:"groupSet>item"`
	StateReasonCode    string                   `xml:"stateReason>code,omitempty"`
	StateReasonMessage string                   `xml:"stateReason>message,omitempty"`
	Architecture       string                   `xml:"architecture"`
	RootDeviceType     string                   `xml:"rootDeviceType"`
	RootDeviceName     string                   `xml:"rootDeviceName"`
	BlockDevices       []xmlInstanceBlockDevice `xml:"blockDeviceMapping>item"`
	VirtualizationType string                   `xml:"virtualizationType"`
	Tags               []xmlTag                 `xml:"tagSet>item"`
	IamProfileArn      string                   `xml:"iamInstanceProfile>arn,omitempty"`
	Hypervisor         string                   `xml:"hypervisor"`
	EnaSupport         bool                     `xml:"enaSupport"`
	MetadataState      string                   `xml:"metadataOptions>state"`
	MetadataTokens     string                   `xml:"metadataOptions>httpTokens"`
	MetadataHopLimit   int                      `xml:"metadataOptions>httpPutResponseHopLimit"`
	MetadataEndpoint   string                   `xml:"metadataOptions>httpEndpoint"`
	MetadataTags       string                   `xml:"metadataOptions>instanceMetadataTags"`
	BootMode           string                   `xml:"currentInstanceBootMode"`
}

type xmlReservation struct {
	ReservationID string        `xml:"reservationId"`
	OwnerID       string        `xml:"ownerId"`
	Instances     []xmlInstance `xml:"instancesSet>item"`
}

func (b *Box) instanceXML(in *Instance) xmlInstance {
	x := xmlInstance{
		InstanceID: in.ID, ImageID: in.ImageID, State: xmlState{stateCodes[in.State], in.State},
		KeyName: in.KeyName, LaunchIndex: in.LaunchIndex, InstanceType: in.InstanceType,
		LaunchTime: ec2Time(in.LaunchTime), AvailabilityZone: b.AvailabilityZone(), Tenancy: "default",
		Monitoring: "disabled", Architecture: "x86_64", RootDeviceType: "ebs", RootDeviceName: "/dev/xvda",
		VirtualizationType: "hvm", Tags: xmlTags(b.tags[in.ID]), Hypervisor: "xen", EnaSupport: true,
		MetadataState: "applied", MetadataTokens: in.HTTPTokens, MetadataHopLimit: 2, MetadataEndpoint: "enabled",
		MetadataTags: map[bool]string{true: "enabled", false: "disabled"}[in.MetadataTags], BootMode: "legacy-bios",
		SourceDestCheck: true,
	}
	if in.State != stateTerminated {
		x.PrivateDNSName = privateDNS(in.PrivateIP, b.cfg.Region)
		x.SubnetID, x.VpcID, x.PrivateIP = in.SubnetID, in.VpcID, in.PrivateIP
		for _, g := range in.GroupIDs {
			if sg := b.groups[g]; sg != nil {
				x.Groups = append(x.Groups, xmlGroup{sg.ID, sg.Name})
			}
		}
		bd := xmlInstanceBlockDevice{DeviceName: "/dev/xvda"}
		bd.Ebs.VolumeID, bd.Ebs.Status, bd.Ebs.AttachTime, bd.Ebs.DeleteOnTermination = in.RootVolumeID, "attached", ec2Time(in.LaunchTime), true
		x.BlockDevices = []xmlInstanceBlockDevice{bd}
	}
	if in.StateReason != "" {
		x.StateReasonCode, x.StateReasonMessage = in.StateReason, in.StateReason
		x.Reason = in.StateReason
	}
	if in.InstanceProfile != "" {
		x.IamProfileArn = "arn:aws:iam::" + b.cfg.AccountID + ":instance-profile/" + in.InstanceProfile
	}
	return x
}
