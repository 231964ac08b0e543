package ec2box

import (
	"encoding/base64"
	"net/url"
	"strconv"
	"time"
)

// LaunchTemplate keeps its versions' data as RunInstances would read it.
type LaunchTemplate struct {
	ID, Name       string
	DefaultVersion int
	Versions       []launchVersion // Versions[i] is version i+1
	Created        time.Time
}

type launchVersion struct {
	Number      int
	Description string
	Data        launchRequest
	Created     time.Time
}

type xmlTemplate struct {
	ID             string   `xml:"launchTemplateId"`
	Name           string   `xml:"launchTemplateName"`
	CreateTime     string   `xml:"createTime"`
	CreatedBy      string   `xml:"createdBy"`
	DefaultVersion int      `xml:"defaultVersionNumber"`
	LatestVersion  int      `xml:"latestVersionNumber"`
	Tags           []xmlTag `xml:"tagSet>item"`
}

type xmlTagSpec struct {
	ResourceType string   `xml:"resourceType"`
	Tags         []xmlTag `xml:"tagSet>item"`
}

type xmlTemplateData struct {
	ImageID        string       `xml:"imageId,omitempty"`
	InstanceType   string       `xml:"instanceType,omitempty"`
	KeyName        string       `xml:"keyName,omitempty"`
	UserData       string       `xml:"userData,omitempty"`
	SecurityGroups []string     `xml:"securityGroupIdSet>item"`
	ProfileName    string       `xml:"iamInstanceProfile>name,omitempty"`
	HTTPTokens     string       `xml:"metadataOptions>httpTokens,omitempty"`
	MetadataTags   string       `xml:"metadataOptions>instanceMetadataTags,omitempty"`
	MarketType     string       `xml:"instanceMarketOptions>marketType,omitempty"`
	TagSpecs       []xmlTagSpec `xml:"tagSpecificationSet>item"`
}

type xmlTemplateVersion struct {
	ID          string          `xml:"launchTemplateId"`
	Name        string          `xml:"launchTemplateName"`
	Number      int             `xml:"versionNumber"`
	Description string          `xml:"versionDescription,omitempty"`
	CreateTime  string          `xml:"createTime"`
	CreatedBy   string          `xml:"createdBy"`
	Default     bool            `xml:"defaultVersion"`
	Data        xmlTemplateData `xml:"launchTemplateData"`
}

func (b *Box) templateXML(t *LaunchTemplate) xmlTemplate {
	return xmlTemplate{t.ID, t.Name, ec2Time(t.Created), "arn:aws:iam::" + b.cfg.AccountID + ":root", t.DefaultVersion, len(t.Versions), xmlTags(b.tags[t.ID])}
}

func (b *Box) versionXML(t *LaunchTemplate, v launchVersion) xmlTemplateVersion {
	d := v.Data
	x := xmlTemplateVersion{ID: t.ID, Name: t.Name, Number: v.Number, Description: v.Description, CreateTime: ec2Time(v.Created),
		CreatedBy: "arn:aws:iam::" + b.cfg.AccountID + ":root", Default: v.Number == t.DefaultVersion,
		Data: xmlTemplateData{ImageID: d.ImageID, InstanceType: d.InstanceType, KeyName: d.KeyName, SecurityGroups: d.Groups,
			ProfileName: d.Profile, HTTPTokens: d.HTTPTokens, MarketType: d.MarketType}}
	if d.UserData != nil {
		x.Data.UserData = base64.StdEncoding.EncodeToString(d.UserData)
	}
	if d.MetadataTags {
		x.Data.MetadataTags = "enabled"
	}
	for _, rt := range sortedKeys(d.Tags) {
		x.Data.TagSpecs = append(x.Data.TagSpecs, xmlTagSpec{rt, xmlTags(d.Tags[rt])})
	}
	return x
}

// template finds a launch template by LaunchTemplateId or LaunchTemplateName under prefix.
// Called with b.mu held.
func (b *Box) template(form url.Values, prefix string) (*LaunchTemplate, error) {
	id, name := form.Get(prefix+"LaunchTemplateId"), form.Get(prefix+"LaunchTemplateName")
	for _, t := range b.templates {
		if (id != "" && t.ID == id) || (id == "" && name != "" && t.Name == name) {
			return t, nil
		}
	}
	if id != "" {
		return nil, notFound("InvalidLaunchTemplateId.NotFound", "The specified launch template, with template ID %s, does not exist.", id)
	}
	if name == "" {
		return nil, missingParameter("LaunchTemplateId or LaunchTemplateName")
	}
	return nil, notFound("InvalidLaunchTemplateName.NotFoundException", "The specified launch template, with template name %s, does not exist.", name)
}

// version resolves $Latest, $Default or a number. Called with b.mu held.
func (t *LaunchTemplate) version(v string) (launchVersion, error) {
	n := t.DefaultVersion
	switch v {
	case "", "$Default":
	case "$Latest":
		n = len(t.Versions)
	default:
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > len(t.Versions) {
			return launchVersion{}, notFound("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version %s of %s", v, t.ID)
		}
	}
	return t.Versions[n-1], nil
}

// launchFromTemplate starts RunInstances' request from LaunchTemplate.*, when given.
func (b *Box) launchFromTemplate(form url.Values) (launchRequest, error) {
	if form.Get("LaunchTemplate.LaunchTemplateId") == "" && form.Get("LaunchTemplate.LaunchTemplateName") == "" {
		return launchRequest{}, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := b.template(form, "LaunchTemplate.")
	if err != nil {
		return launchRequest{}, err
	}
	v, err := t.version(form.Get("LaunchTemplate.Version"))
	if err == nil && b.manners.hidden(versionID(t, v.Number), time.Now()) {
		err = notFound("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version %s of %s", form.Get("LaunchTemplate.Version"), t.ID)
	}
	if err != nil {
		return launchRequest{}, err
	}
	return cloneLaunch(v.Data), nil
}

func cloneLaunch(d launchRequest) launchRequest {
	out := d
	out.Groups = append([]string(nil), d.Groups...)
	out.Tags = map[string]map[string]string{}
	for rt, tags := range d.Tags {
		out.Tags[rt] = map[string]string{}
		for k, v := range tags {
			out.Tags[rt][k] = v
		}
	}
	return out
}

func (b *Box) createLaunchTemplate(form url.Values) (any, error) {
	name := form.Get("LaunchTemplateName")
	if name == "" {
		return nil, missingParameter("LaunchTemplateName")
	}
	var data launchRequest
	overlayLaunch(&data, form, "LaunchTemplateData.")
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, t := range b.templates {
		if t.Name == name {
			return nil, invalidParameter("Launch template name already in use.").withCode("InvalidLaunchTemplateName.AlreadyExistsException")
		}
	}
	now := time.Now().UTC()
	t := &LaunchTemplate{ID: newID("lt"), Name: name, DefaultVersion: 1, Created: now,
		Versions: []launchVersion{{Number: 1, Description: form.Get("VersionDescription"), Data: data, Created: now}}}
	b.templates[t.ID] = t
	b.setTags(t.ID, tagSpecs(form, "TagSpecification")["launch-template"])
	return struct {
		Template xmlTemplate `xml:"launchTemplate"`
	}{b.templateXML(t)}, nil
}

func (b *Box) createLaunchTemplateVersion(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := b.template(form, "")
	if err != nil {
		return nil, err
	}
	if v, seen, err := b.replayVersion(t, form); err != nil || seen {
		if err != nil {
			return nil, err
		}
		return struct {
			Version xmlTemplateVersion `xml:"launchTemplateVersion"`
		}{b.versionXML(t, v)}, nil
	}
	var data launchRequest
	if src := form.Get("SourceVersion"); src != "" {
		v, err := t.version(src)
		if err != nil {
			return nil, err
		}
		data = cloneLaunch(v.Data)
	}
	overlayLaunch(&data, form, "LaunchTemplateData.")
	v := launchVersion{Number: len(t.Versions) + 1, Description: form.Get("VersionDescription"), Data: data, Created: time.Now().UTC()}
	t.Versions = append(t.Versions, v)
	b.rememberVersion(t, form, v.Number)
	b.manners.born(versionID(t, v.Number), v.Created)
	return struct {
		Version xmlTemplateVersion `xml:"launchTemplateVersion"`
	}{b.versionXML(t, v)}, nil
}

func (b *Box) modifyLaunchTemplate(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := b.template(form, "")
	if err != nil {
		return nil, err
	}
	if d := form.Get("SetDefaultVersion"); d != "" {
		v, err := t.version(d)
		if err == nil && b.manners.hidden(versionID(t, v.Number), time.Now()) {
			err = notFound("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version %s of %s", d, t.ID)
		}
		if err != nil {
			return nil, err
		}
		t.DefaultVersion = v.Number
	}
	return struct {
		Template xmlTemplate `xml:"launchTemplate"`
	}{b.templateXML(t)}, nil
}

func (b *Box) describeLaunchTemplates(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids, names := list(form, "LaunchTemplateId"), list(form, "LaunchTemplateName")
	var out struct {
		Templates []xmlTemplate `xml:"launchTemplates>item"`
	}
	found := 0
	for _, id := range sortedKeys(b.templates) {
		t := b.templates[id]
		if (len(ids) > 0 && !contains(ids, t.ID)) || (len(names) > 0 && !contains(names, t.Name)) {
			continue
		}
		found++
		out.Templates = append(out.Templates, b.templateXML(t))
	}
	if found < len(ids)+len(names) {
		return nil, notFound("InvalidLaunchTemplateName.NotFoundException", "At least one of the launch templates specified in the request does not exist.")
	}
	return out, nil
}

func (b *Box) describeLaunchTemplateVersions(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := b.template(form, "")
	if err != nil {
		return nil, err
	}
	var out struct {
		Versions []xmlTemplateVersion `xml:"launchTemplateVersionSet>item"`
	}
	asked := list(form, "LaunchTemplateVersion")
	if len(asked) == 0 {
		for _, v := range t.Versions {
			out.Versions = append(out.Versions, b.versionXML(t, v))
		}
		return out, nil
	}
	for _, a := range asked {
		v, err := t.version(a)
		if err == nil && b.manners.hidden(versionID(t, v.Number), time.Now()) {
			err = notFound("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version %s of %s", a, t.ID)
		}
		if err != nil {
			return nil, err
		}
		out.Versions = append(out.Versions, b.versionXML(t, v))
	}
	return out, nil
}

func (b *Box) deleteLaunchTemplate(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := b.template(form, "")
	if err != nil {
		return nil, err
	}
	delete(b.templates, t.ID)
	delete(b.tags, t.ID)
	return struct {
		Template xmlTemplate `xml:"launchTemplate"`
	}{b.templateXML(t)}, nil
}

// versionID names a launch-template version for the box's manners.
func versionID(t *LaunchTemplate, n int) string { return t.ID + ":" + strconv.Itoa(n) }
