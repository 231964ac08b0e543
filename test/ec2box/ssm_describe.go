package ec2box

import (
	"net/http"
	"strconv"
	"strings"
)

// ssmFilter is one of DescribeParameters' ParameterFilters.
type ssmFilter struct {
	Key, Option string
	Values      []string
}

func (f ssmFilter) matches(p *Parameter) bool {
	var v string
	switch f.Key {
	case "Name":
		v = p.Name
	case "Type":
		v = p.Type
	case "DataType":
		v = p.DataType
	}
	for _, want := range f.Values {
		if f.Option == "BeginsWith" && strings.HasPrefix(v, want) || f.Option != "BeginsWith" && v == want {
			return true
		}
	}
	return false
}

// ssmDescribeParameters lists parameters' metadata (not their values), a page at a time, as
// Parameter Store does: MaxResults up to 50, the rest behind NextToken.
func (b *Box) ssmDescribeParameters(body []byte) (any, *APIError) {
	var in struct {
		ParameterFilters []ssmFilter
		MaxResults       int
		NextToken        string
	}
	if err := decodeSSM(body, &in); err != nil {
		return nil, err
	}
	for _, f := range in.ParameterFilters {
		switch {
		case f.Key != "Name" && f.Key != "Type" && f.Key != "DataType":
			return nil, apiError(http.StatusBadRequest, "InvalidFilterKey", "The filter key %s is not valid here.", f.Key)
		case f.Option != "" && f.Option != "Equals" && !(f.Option == "BeginsWith" && f.Key == "Name"):
			return nil, apiError(http.StatusBadRequest, "InvalidFilterOption", "The filter option %s is not valid for key %s.", f.Option, f.Key)
		case len(f.Values) == 0:
			return nil, apiError(http.StatusBadRequest, "InvalidFilterValue", "The filter %s needs a value.", f.Key)
		}
	}
	if in.MaxResults == 0 {
		in.MaxResults = 10
	}
	if in.MaxResults < 1 || in.MaxResults > 50 {
		return nil, apiError(http.StatusBadRequest, "ValidationException", "1 validation error detected: Value '%d' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50", in.MaxResults)
	}
	start := 0
	if in.NextToken != "" {
		n, err := strconv.Atoi(in.NextToken)
		if err != nil || n < 0 {
			return nil, apiError(http.StatusBadRequest, "InvalidNextToken", "The specified token is not valid.")
		}
		start = n
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	type meta struct {
		Name             string
		Type             string
		DataType         string
		Version          int64
		LastModifiedDate float64
		ARN              string
		Tier             string
	}
	out := struct {
		Parameters []meta
		NextToken  string `json:",omitempty"`
	}{Parameters: []meta{}}
	i := 0
	for _, name := range sortedKeys(b.parameters) {
		p := b.parameters[name]
		ok := true
		for _, f := range in.ParameterFilters {
			ok = ok && f.matches(p)
		}
		if !ok {
			continue
		}
		if i >= start && len(out.Parameters) < in.MaxResults {
			j := b.ssmJSON(p)
			out.Parameters = append(out.Parameters, meta{j.Name, j.Type, j.DataType, j.Version, j.LastModifiedDate, j.ARN, "Standard"})
		} else if len(out.Parameters) == in.MaxResults {
			out.NextToken = strconv.Itoa(i)
			break
		}
		i++
	}
	return out, nil
}
