package ec2box

import (
	"net/url"
	"sort"
	"strings"
)

// clientToken is what one RunInstances ClientToken launched, and the request it came with
// ("Ensuring idempotency in Amazon EC2 API requests": the same token with the same parameters
// returns the same instances; with other parameters it is IdempotentParameterMismatch).
type clientToken struct {
	request     string // the request's parameters, ClientToken aside, canonical
	reservation string
	instances   []string
}

// requestKey is a request's parameters in one canonical string, without ClientToken.
func requestKey(form url.Values) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		if k != "ClientToken" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(strings.Join(form[k], ",")) + "&")
	}
	return b.String()
}

// replay answers a RunInstances whose token was seen before: the same reservation, as its
// instances are now. Called with b.mu held.
func (b *Box) replay(form url.Values) (xmlReservation, bool, error) {
	token := form.Get("ClientToken")
	if token == "" {
		return xmlReservation{}, false, nil
	}
	if len(token) > 64 {
		return xmlReservation{}, false, invalidParameter("ClientToken must be at most 64 ASCII characters")
	}
	seen, ok := b.tokens[token]
	if !ok {
		return xmlReservation{}, false, nil
	}
	if seen.request != requestKey(form) {
		return xmlReservation{}, false, apiError(400, "IdempotentParameterMismatch",
			"Arguments on this idempotent request are inconsistent with arguments used in previous request(s).")
	}
	res := xmlReservation{ReservationID: seen.reservation, OwnerID: b.cfg.AccountID}
	for _, id := range seen.instances {
		if in := b.instances[id]; in != nil {
			res.Instances = append(res.Instances, b.instanceXML(in))
		}
	}
	return res, true, nil
}

// remember records what a RunInstances with a token launched. Called with b.mu held.
func (b *Box) remember(form url.Values, res xmlReservation, ids []string) {
	if token := form.Get("ClientToken"); token != "" {
		b.tokens[token] = clientToken{request: requestKey(form), reservation: res.ReservationID, instances: ids}
	}
}

// LoseRunInstancesResponses makes the next n successful RunInstances calls launch their
// instances and then drop the connection, as a response lost on the network.
func (b *Box) LoseRunInstancesResponses(n int) { b.LoseResponses("RunInstances", n) }

// LoseResponses makes the next n successful calls of an EC2 action do what they do and then drop
// the connection, as a response lost on the network: the client retries what already happened.
func (b *Box) LoseResponses(action string, n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.dropped == nil {
		b.dropped = map[string]int{}
	}
	b.dropped[action] = n
}

func (b *Box) loseResponse(action string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.dropped[action] > 0 {
		b.dropped[action]--
		return true
	}
	return false
}

// versionToken is what one CreateLaunchTemplateVersion ClientToken made.
type versionToken struct {
	request string
	number  int
}

// replayVersion answers a CreateLaunchTemplateVersion whose token was seen for this template
// before: the version it made, or IdempotentParameterMismatch. Called with b.mu held.
func (b *Box) replayVersion(t *LaunchTemplate, form url.Values) (launchVersion, bool, error) {
	token := form.Get("ClientToken")
	if token == "" {
		return launchVersion{}, false, nil
	}
	if len(token) > 64 {
		return launchVersion{}, false, invalidParameter("ClientToken must be at most 64 ASCII characters")
	}
	seen, ok := b.versionTokens[t.ID+"\x00"+token]
	if !ok {
		return launchVersion{}, false, nil
	}
	if seen.request != requestKey(form) {
		return launchVersion{}, false, apiError(400, "IdempotentParameterMismatch",
			"Arguments on this idempotent request are inconsistent with arguments used in previous request(s).")
	}
	return t.Versions[seen.number-1], true, nil
}

// rememberVersion records the version a token made. Called with b.mu held.
func (b *Box) rememberVersion(t *LaunchTemplate, form url.Values, number int) {
	if token := form.Get("ClientToken"); token != "" {
		if b.versionTokens == nil {
			b.versionTokens = map[string]versionToken{}
		}
		b.versionTokens[t.ID+"\x00"+token] = versionToken{request: requestKey(form), number: number}
	}
}
