package ec2box

import (
	"errors"
	"net/http"
	"net/url"
	"time"
)

type ec2Action func(b *Box, form url.Values) (any, error)

// ec2Actions is every EC2 action the box implements. Anything else is EC2's InvalidAction,
// logged, so a client that needs more shows up in the request log.
var ec2Actions = map[string]ec2Action{
	"RunInstances":                   (*Box).runInstances,
	"DescribeInstances":              (*Box).describeInstances,
	"DescribeInstanceStatus":         (*Box).describeInstanceStatus,
	"StopInstances":                  (*Box).stopInstances,
	"StartInstances":                 (*Box).startInstances,
	"TerminateInstances":             (*Box).terminateInstances,
	"GetConsoleOutput":               (*Box).getConsoleOutput,
	"ModifyInstanceAttribute":        (*Box).modifyInstanceAttribute,
	"DescribeImages":                 (*Box).describeImages,
	"CreateImage":                    (*Box).createImage,
	"DeregisterImage":                (*Box).deregisterImage,
	"DescribeImageAttribute":         (*Box).describeImageAttribute,
	"EnableImageDeprecation":         (*Box).enableImageDeprecation,
	"DisableImageDeprecation":        (*Box).disableImageDeprecation,
	"DisableImage":                   (*Box).disableImage,
	"EnableImage":                    (*Box).enableImage,
	"ModifyImageAttribute":           (*Box).modifyImageAttribute,
	"DescribeSnapshots":              (*Box).describeSnapshots,
	"DeleteSnapshot":                 (*Box).deleteSnapshot,
	"DescribeVolumes":                (*Box).describeVolumes,
	"DeleteVolume":                   (*Box).deleteVolume,
	"CreateKeyPair":                  (*Box).createKeyPair,
	"ImportKeyPair":                  (*Box).importKeyPair,
	"DeleteKeyPair":                  (*Box).deleteKeyPair,
	"DescribeKeyPairs":               (*Box).describeKeyPairs,
	"CreateSecurityGroup":            (*Box).createSecurityGroup,
	"AuthorizeSecurityGroupIngress":  (*Box).authorizeSecurityGroupIngress,
	"DeleteSecurityGroup":            (*Box).deleteSecurityGroup,
	"DescribeSecurityGroups":         (*Box).describeSecurityGroups,
	"DescribeVpcs":                   (*Box).describeVpcs,
	"DescribeSubnets":                (*Box).describeSubnets,
	"DescribeRegions":                (*Box).describeRegions,
	"DescribeAvailabilityZones":      (*Box).describeAvailabilityZones,
	"DescribeInstanceTypeOfferings":  (*Box).describeInstanceTypeOfferings,
	"CreateTags":                     (*Box).createTags,
	"DeleteTags":                     (*Box).deleteTags,
	"DescribeTags":                   (*Box).describeTags,
	"CreateLaunchTemplate":           (*Box).createLaunchTemplate,
	"CreateLaunchTemplateVersion":    (*Box).createLaunchTemplateVersion,
	"ModifyLaunchTemplate":           (*Box).modifyLaunchTemplate,
	"DescribeLaunchTemplates":        (*Box).describeLaunchTemplates,
	"DescribeLaunchTemplateVersions": (*Box).describeLaunchTemplateVersions,
	"DeleteLaunchTemplate":           (*Box).deleteLaunchTemplate,
}

func (b *Box) serveEC2(w http.ResponseWriter, body []byte) (action string, status int, code string) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		e := apiError(http.StatusBadRequest, "MalformedQueryString", "%v", err)
		writeQueryError(w, e)
		return "?", e.Status, e.Code
	}
	action = form.Get("Action")
	handler, ok := ec2Actions[action]
	if !ok {
		e := apiError(http.StatusBadRequest, "InvalidAction", "The action %s is not valid for this web service.", action)
		writeQueryError(w, e)
		return action, e.Status, e.Code
	}
	if b.manners.throttled("ec2", action, time.Now()) {
		e := throttleError("ec2")
		writeQueryError(w, e)
		return action, e.Status, e.Code
	}
	if e := b.refused(action); e != nil {
		writeQueryError(w, e)
		return action, e.Status, e.Code
	}
	out, err := handler(b, form)
	if err == nil && b.loseResponse(action) {
		// The instances exist; the client never hears of them, as when a connection drops.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, herr := hj.Hijack(); herr == nil {
				conn.Close()
				return action, 0, "ResponseLost"
			}
		}
	}
	if err != nil {
		var e *APIError
		if !errors.As(err, &e) {
			e = apiError(http.StatusInternalServerError, "InternalError", "%v", err)
		}
		writeQueryError(w, e)
		return action, e.Status, e.Code
	}
	if err := writeQueryResponse(w, action, ec2Namespace, out); err != nil {
		return action, http.StatusInternalServerError, "InternalError"
	}
	return action, http.StatusOK, ""
}
