package ec2box

import "net/http"

// Refuse makes every call of action (of any service) fail with code until Refuse(action, "")
// lifts it: a test's way to have one lookup fail, as a missing IAM permission
// (AccessDenied, UnauthorizedOperation) does.
func (b *Box) Refuse(action, code string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.refusals == nil {
		b.refusals = map[string]string{}
	}
	if code == "" {
		delete(b.refusals, action)
		return
	}
	b.refusals[action] = code
}

// refused is the error a refused action answers, or nil.
func (b *Box) refused(action string) *APIError {
	b.mu.Lock()
	defer b.mu.Unlock()
	code, ok := b.refusals[action]
	if !ok {
		return nil
	}
	return apiError(http.StatusForbidden, code, "You are not authorized to perform this operation (%s refused by the test)", action)
}
