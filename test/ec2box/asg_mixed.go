package ec2box

import "net/url"

// A mixed-instances policy names the group's launch template inside the policy, and may override
// it per instance type with another template. The box launches from the policy's template (it
// has one instance type per launch); it keeps the overrides so that Describe shows them, as a
// retirement's lookup of what uses an image must see them.

const mixedPrefix = "MixedInstancesPolicy.LaunchTemplate."

// mixedPolicy reads a CreateAutoScalingGroup's MixedInstancesPolicy, if it has one: the template
// and the overrides' templates. Called with b.mu held.
func (b *Box) mixedPolicy(form url.Values) (ref templateRef, overrides []mixedOverride, ok bool, err error) {
	spec := mixedPrefix + "LaunchTemplateSpecification."
	if form.Get(spec+"LaunchTemplateName") == "" && form.Get(spec+"LaunchTemplateId") == "" {
		return templateRef{}, nil, false, nil
	}
	if ref, err = b.groupTemplate(form, spec); err != nil {
		return templateRef{}, nil, true, err
	}
	for i := 1; i <= count(form, mixedPrefix+"Overrides.member"); i++ {
		p := item(mixedPrefix+"Overrides.member", i) + "."
		o := mixedOverride{InstanceType: form.Get(p + "InstanceType")}
		if form.Get(p+"LaunchTemplateSpecification.LaunchTemplateName") != "" || form.Get(p+"LaunchTemplateSpecification.LaunchTemplateId") != "" {
			if o.Template, err = b.groupTemplate(form, p+"LaunchTemplateSpecification."); err != nil {
				return templateRef{}, nil, true, err
			}
		}
		overrides = append(overrides, o)
	}
	return ref, overrides, true, nil
}

// mixedOverride is one of a mixed-instances policy's overrides.
type mixedOverride struct {
	InstanceType string
	Template     templateRef // zero: the policy's own
}

type xmlMixedOverride struct {
	InstanceType string          `xml:"InstanceType,omitempty"`
	Template     *xmlASGTemplate `xml:"LaunchTemplateSpecification,omitempty"`
}

type xmlMixed struct {
	Template  xmlASGTemplate     `xml:"LaunchTemplate>LaunchTemplateSpecification"`
	Overrides []xmlMixedOverride `xml:"LaunchTemplate>Overrides>member"`
}

func mixedXML(g *AutoScalingGroup) *xmlMixed {
	x := &xmlMixed{Template: refXML(g.Template)}
	for _, o := range g.Overrides {
		xo := xmlMixedOverride{InstanceType: o.InstanceType}
		if o.Template != (templateRef{}) {
			t := refXML(o.Template)
			xo.Template = &t
		}
		x.Overrides = append(x.Overrides, xo)
	}
	return x
}
