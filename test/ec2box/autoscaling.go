package ec2box

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
)

const autoscalingNamespace = "http://autoscaling.amazonaws.com/doc/2011-01-01/"

// LifecycleAction is one CompleteLifecycleAction the box received: what an instance told its
// Auto Scaling group about its launch.
type LifecycleAction struct {
	Group      string `json:"group"`
	Hook       string `json:"hook"`
	InstanceID string `json:"instance_id"`
	Result     string `json:"result"`
	Token      string `json:"token,omitempty"`
}

// LifecycleActions returns the CompleteLifecycleAction calls so far, in order.
func (b *Box) LifecycleActions() []LifecycleAction {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]LifecycleAction(nil), b.lifecycle...)
}

// serveAutoscaling answers Auto Scaling's Query API as far as an instance's boot part calls it:
// CompleteLifecycleAction, recorded, its parameters checked as Auto Scaling checks them.
func (b *Box) serveAutoscaling(w http.ResponseWriter, body []byte) (action string, status int, code string, taken *LifecycleAction) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		e := apiError(http.StatusBadRequest, "MalformedQueryString", "%v", err)
		writeAutoscalingError(w, e)
		return "?", e.Status, e.Code, nil
	}
	action = form.Get("Action")
	if action != "CompleteLifecycleAction" {
		e := apiError(http.StatusBadRequest, "InvalidAction", "The action %s is not valid for the box's Auto Scaling.", action)
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	a := LifecycleAction{Group: form.Get("AutoScalingGroupName"), Hook: form.Get("LifecycleHookName"),
		InstanceID: form.Get("InstanceId"), Result: form.Get("LifecycleActionResult"), Token: form.Get("LifecycleActionToken")}
	for name, v := range map[string]string{"AutoScalingGroupName": a.Group, "LifecycleHookName": a.Hook, "LifecycleActionResult": a.Result} {
		if v == "" {
			e := apiError(http.StatusBadRequest, "ValidationError", "1 validation error detected: Value null at '%s' failed to satisfy constraint: Member must not be null", name)
			writeAutoscalingError(w, e)
			return action, e.Status, e.Code, nil
		}
	}
	if a.InstanceID == "" && a.Token == "" {
		e := apiError(http.StatusBadRequest, "ValidationError", "Either InstanceId or LifecycleActionToken must be given")
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	if a.Result != "CONTINUE" && a.Result != "ABANDON" {
		e := apiError(http.StatusBadRequest, "ValidationError", "LifecycleActionResult must be CONTINUE or ABANDON, not %q", a.Result)
		writeAutoscalingError(w, e)
		return action, e.Status, e.Code, nil
	}
	b.mu.Lock()
	b.lifecycle = append(b.lifecycle, a)
	b.mu.Unlock()
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprintf(w, "%s<CompleteLifecycleActionResponse xmlns=%q><CompleteLifecycleActionResult/><ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata></CompleteLifecycleActionResponse>",
		xml.Header, autoscalingNamespace, newRequestID())
	return action, http.StatusOK, "", &a
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
