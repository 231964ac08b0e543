package ec2box

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Parameter is one SSM parameter.
type Parameter struct {
	Name, Type, Value, DataType string
	Version                     int64
	Modified                    time.Time
}

// PutParameter sets a parameter, as a test's set-up does before instances read it.
func (b *Box) PutParameter(name, typ, value string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.putParameter(name, typ, value, "text")
}

func (b *Box) putParameter(name, typ, value, dataType string) *Parameter {
	p := b.parameters[name]
	if p == nil {
		p = &Parameter{Name: name}
		b.parameters[name] = p
	}
	p.Type, p.Value, p.DataType, p.Modified = typ, value, dataType, time.Now().UTC()
	p.Version++
	return p
}

// Parameter returns a parameter's value, for a test to check what a client wrote.
func (b *Box) Parameter(name string) (Parameter, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.parameters[name]
	if p == nil {
		return Parameter{}, false
	}
	return *p, true
}

// tokenBucket throttles SSM as Parameter Store does: rate requests a second, burst at once.
type tokenBucket struct {
	mu     sync.Mutex
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
	first  int // the first requests are throttled whatever the rate: a burst already under way
}

func (t *tokenBucket) take(now time.Time) bool {
	if t == nil {
		return true
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.first > 0 {
		t.first--
		return false
	}
	if t.rate <= 0 {
		return true
	}
	if t.last.IsZero() {
		t.tokens, t.last = t.burst, now
	}
	t.tokens += now.Sub(t.last).Seconds() * t.rate
	if t.tokens > t.burst {
		t.tokens = t.burst
	}
	t.last = now
	if t.tokens < 1 {
		return false
	}
	t.tokens--
	return true
}

// ThrottleSSM makes SSM answer ThrottlingException past rate requests a second (burst at once);
// a rate of 0 lifts the limit.
func (b *Box) ThrottleSSM(rate, burst float64) { b.ThrottleSSMFirst(rate, burst, 0) }

// ThrottleSSMFirst is ThrottleSSM that also throttles the first requests, as a burst of other
// instances already under way would.
func (b *Box) ThrottleSSMFirst(rate, burst float64, first int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ssmLimit = &tokenBucket{rate: rate, burst: burst, first: first}
}

type ssmParameter struct {
	Name             string  `json:"Name"`
	Type             string  `json:"Type"`
	Value            string  `json:"Value"`
	Version          int64   `json:"Version"`
	LastModifiedDate float64 `json:"LastModifiedDate"`
	ARN              string  `json:"ARN"`
	DataType         string  `json:"DataType"`
}

func (b *Box) ssmJSON(p *Parameter) ssmParameter {
	return ssmParameter{p.Name, p.Type, p.Value, p.Version, float64(p.Modified.UnixMilli()) / 1000,
		"arn:aws:ssm:" + b.cfg.Region + ":" + b.cfg.AccountID + ":parameter/" + strings.TrimPrefix(p.Name, "/"), p.DataType}
}

// serveSSM speaks SSM's JSON 1.1 protocol: the operation in X-Amz-Target, JSON in and out.
func (b *Box) serveSSM(w http.ResponseWriter, r *http.Request, body []byte) (action string, status int, code string) {
	action = strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "AmazonSSM.")
	b.mu.Lock()
	limit := b.ssmLimit
	b.mu.Unlock()
	// The reads share one throughput limit, as Parameter Store's GetParameter* do.
	if strings.HasPrefix(action, "GetParameter") && !limit.take(time.Now()) || b.manners.throttled("ssm", action, time.Now()) {
		return action, writeJSONError(w, http.StatusBadRequest, "ThrottlingException", "Rate exceeded"), "ThrottlingException"
	}
	if e := b.refused(action); e != nil {
		return action, writeJSONError(w, e.Status, e.Code, e.Message), e.Code
	}
	var out any
	var err *APIError
	switch action {
	case "GetParameter":
		out, err = b.ssmGetParameter(body)
	case "GetParameters":
		out, err = b.ssmGetParameters(body)
	case "PutParameter":
		out, err = b.ssmPutParameter(body)
	case "DescribeParameters":
		out, err = b.ssmDescribeParameters(body)
	default:
		err = apiError(http.StatusBadRequest, "UnknownOperationException", "the box's SSM does not implement %q", action)
	}
	if err != nil {
		return action, writeJSONError(w, err.Status, err.Code, err.Message), err.Code
	}
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	json.NewEncoder(w).Encode(out)
	return action, http.StatusOK, ""
}

func writeJSONError(w http.ResponseWriter, status int, code, message string) int {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	w.Header().Set("X-Amzn-ErrorType", code)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"__type": code, "message": message})
	return status
}

func decodeSSM(body []byte, v any) *APIError {
	if err := json.Unmarshal(body, v); err != nil {
		return apiError(http.StatusBadRequest, "SerializationException", "%v", err)
	}
	return nil
}

func (b *Box) ssmGetParameter(body []byte) (any, *APIError) {
	var in struct{ Name string }
	if err := decodeSSM(body, &in); err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.parameters[in.Name]
	if p == nil {
		return nil, apiError(http.StatusBadRequest, "ParameterNotFound", "Parameter %s not found.", in.Name)
	}
	return map[string]any{"Parameter": b.ssmJSON(p)}, nil
}

func (b *Box) ssmGetParameters(body []byte) (any, *APIError) {
	var in struct{ Names []string }
	if err := decodeSSM(body, &in); err != nil {
		return nil, err
	}
	if len(in.Names) == 0 || len(in.Names) > 10 {
		return nil, apiError(http.StatusBadRequest, "ValidationException", "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length between 1 and 10 (got %d)", len(in.Names))
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := struct {
		Parameters        []ssmParameter
		InvalidParameters []string
	}{Parameters: []ssmParameter{}, InvalidParameters: []string{}}
	for _, n := range in.Names {
		if p := b.parameters[n]; p != nil {
			out.Parameters = append(out.Parameters, b.ssmJSON(p))
		} else {
			out.InvalidParameters = append(out.InvalidParameters, n)
		}
	}
	return out, nil
}

func (b *Box) ssmPutParameter(body []byte) (any, *APIError) {
	var in struct {
		Name, Value, Type, DataType string
		Overwrite                   bool
	}
	if err := decodeSSM(body, &in); err != nil {
		return nil, err
	}
	if in.Name == "" {
		return nil, apiError(http.StatusBadRequest, "ValidationException", "Name must not be empty")
	}
	if in.DataType == "" {
		in.DataType = "text"
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.parameters[in.Name] != nil && !in.Overwrite {
		return nil, apiError(http.StatusBadRequest, "ParameterAlreadyExists", "The parameter already exists. To overwrite this request value, set the overwrite option in the request to true.")
	}
	if in.DataType == "aws:ec2:image" {
		if img := b.images[in.Value]; img == nil {
			return nil, apiError(http.StatusBadRequest, "ValidationException", "Parameter value %s is not a valid image id (aws:ec2:image)", in.Value)
		}
	}
	if in.Type == "" {
		in.Type = "String"
	}
	p := b.putParameter(in.Name, in.Type, in.Value, in.DataType)
	return map[string]any{"Version": p.Version, "Tier": "Standard"}, nil
}

// ssmNames reads the parameter names and WithDecryption of an SSM request, for the log.
func ssmNames(body []byte) ([]string, bool) {
	var in struct {
		Name           string
		Names          []string
		WithDecryption bool
	}
	if json.Unmarshal(body, &in) != nil {
		return nil, false
	}
	if in.Name != "" {
		in.Names = append([]string{in.Name}, in.Names...)
	}
	return in.Names, in.WithDecryption
}
