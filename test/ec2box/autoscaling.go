package ec2box

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Auto Scaling speaks the Query protocol, API version 2011-01-01: PascalCase elements, lists as
// <member>, results inside <ActionResult>, and its own error document. Each concept lives in a
// file of its own: asg_groups.go, asg_hooks.go, asg_warmpool.go, asg_refresh.go,
// asg_activities.go, and asg_reconcile.go, which moves every group towards its desired state.

const autoscalingNamespace = "http://autoscaling.amazonaws.com/doc/2011-01-01/"

type asgAction func(b *Box, form url.Values) (any, error)

// asgActions is every Auto Scaling action the box implements; anything else is InvalidAction.
var asgActions = map[string]asgAction{
	"CreateAutoScalingGroup":              (*Box).createAutoScalingGroup,
	"UpdateAutoScalingGroup":              (*Box).updateAutoScalingGroup,
	"SetDesiredCapacity":                  (*Box).setDesiredCapacity,
	"DescribeAutoScalingGroups":           (*Box).describeAutoScalingGroups,
	"DescribeAutoScalingInstances":        (*Box).describeAutoScalingInstances,
	"TerminateInstanceInAutoScalingGroup": (*Box).terminateInstanceInAutoScalingGroup,
	"DeleteAutoScalingGroup":              (*Box).deleteAutoScalingGroup,
	"DescribeScalingActivities":           (*Box).describeScalingActivities,
	"PutLifecycleHook":                    (*Box).putLifecycleHook,
	"DescribeLifecycleHooks":              (*Box).describeLifecycleHooks,
	"DeleteLifecycleHook":                 (*Box).deleteLifecycleHook,
	"CompleteLifecycleAction":             (*Box).completeLifecycleAction,
	"RecordLifecycleActionHeartbeat":      (*Box).recordLifecycleActionHeartbeat,
	"PutWarmPool":                         (*Box).putWarmPool,
	"DescribeWarmPool":                    (*Box).describeWarmPool,
	"DeleteWarmPool":                      (*Box).deleteWarmPool,
	"StartInstanceRefresh":                (*Box).startInstanceRefresh,
	"DescribeInstanceRefreshes":           (*Box).describeInstanceRefreshes,
	"CancelInstanceRefresh":               (*Box).cancelInstanceRefresh,
	"RollbackInstanceRefresh":             (*Box).rollbackInstanceRefresh,
}

// serveAutoscaling answers one Auto Scaling request. A CompleteLifecycleAction that was taken is
// returned too, for the request log.
func (b *Box) serveAutoscaling(w http.ResponseWriter, body []byte) (action string, status int, code string, taken *LifecycleAction) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		e := apiError(http.StatusBadRequest, "MalformedQueryString", "%v", err)
		writeAutoscalingError(w, e)
		return "?", e.Status, e.Code, nil
	}
	action = form.Get("Action")
	handler, ok := asgActions[action]
	if !ok {
		e := apiError(http.StatusBadRequest, "InvalidAction", "The action %s is not valid for this web service.", action)
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	if b.manners.throttled("autoscaling", action, time.Now()) {
		e := throttleError("autoscaling")
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	if e := b.refused(action); e != nil {
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	out, err := handler(b, form)
	if err != nil {
		var e *APIError
		if !errors.As(err, &e) {
			e = apiError(http.StatusInternalServerError, "InternalFailure", "%v", err)
		}
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	if a, ok := out.(*LifecycleAction); ok {
		taken, out = a, nil
	}
	if err := writeAutoscalingResponse(w, action, out); err != nil {
		return action, http.StatusInternalServerError, "InternalFailure", nil
	}
	return action, http.StatusOK, "", taken
}

// writeAutoscalingResponse writes <ActionResponse><ActionResult>v's fields</ActionResult>
// <ResponseMetadata/></ActionResponse>; v nil gives an empty result.
func writeAutoscalingResponse(w http.ResponseWriter, action string, v any) error {
	var result bytes.Buffer
	if v == nil {
		fmt.Fprintf(&result, "<%sResult></%sResult>", action, action)
	} else if err := xml.NewEncoder(&result).EncodeElement(v, xml.StartElement{Name: xml.Name{Local: action + "Result"}}); err != nil {
		return fmt.Errorf("marshalling %s's response: %w", action, err)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	fmt.Fprintf(&buf, "<%sResponse xmlns=%q>", action, autoscalingNamespace)
	buf.Write(result.Bytes())
	fmt.Fprintf(&buf, "<ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata></%sResponse>", newRequestID(), action)
	w.Header().Set("Content-Type", "text/xml")
	_, err := w.Write(buf.Bytes())
	return err
}

// writeAutoscalingError writes Auto Scaling's error document.
func writeAutoscalingError(w http.ResponseWriter, e *APIError) {
	out, _ := xml.Marshal(struct {
		XMLName   xml.Name `xml:"ErrorResponse"`
		Xmlns     string   `xml:"xmlns,attr"`
		Type      string   `xml:"Error>Type"`
		Code      string   `xml:"Error>Code"`
		Message   string   `xml:"Error>Message"`
		RequestID string   `xml:"RequestId"`
	}{Xmlns: autoscalingNamespace, Type: "Sender", Code: e.Code, Message: e.Message, RequestID: newRequestID()})
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(e.Status)
	w.Write([]byte(xml.Header))
	w.Write(out)
}

// validation is Auto Scaling's ValidationError, the answer to most bad requests.
func validation(format string, args ...any) *APIError {
	return apiError(http.StatusBadRequest, "ValidationError", format, args...)
}

// members reads Auto Scaling's lists: prefix.member.1, prefix.member.2, …
func members(form url.Values, prefix string) []string { return list(form, prefix+".member") }

// required returns a parameter Auto Scaling cannot do without, or its ValidationError.
func required(form url.Values, name string) (string, error) {
	v := form.Get(name)
	if v == "" {
		return "", validation("1 validation error detected: Value null at '%s' failed to satisfy constraint: Member must not be null", name)
	}
	return v, nil
}

// optionalInt reads an integer parameter, with def when it is absent.
func optionalInt(form url.Values, name string, def int) (int, error) {
	v := form.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, validation("%s must be an integer, not %q", name, v)
	}
	return n, nil
}

// optionalBool reads a boolean parameter, with def when it is absent.
func optionalBool(form url.Values, name string, def bool) (bool, error) {
	switch form.Get(name) {
	case "":
		return def, nil
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, validation("%s must be true or false, not %q", name, form.Get(name))
}

// asgTime is how Auto Scaling writes times.
func asgTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// seconds is n of Auto Scaling's seconds in the box, where Config.Second may be shorter for tests.
func (b *Box) seconds(n int) time.Duration { return time.Duration(n) * b.second() }

func (b *Box) second() time.Duration {
	if b.cfg.Second > 0 {
		return b.cfg.Second
	}
	return time.Second
}
