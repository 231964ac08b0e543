package ec2box

import (
	"net/url"
	"strconv"
	"strings"
)

// EC2's Query protocol flattens lists as Name.1, Name.2, … and structures as Name.1.Field. These
// helpers read them back; every client (the SDKs, the CLI) writes the same shape.

// list returns prefix.1, prefix.2, … until the first gap.
func list(form url.Values, prefix string) []string {
	var out []string
	for i := 1; ; i++ {
		k := prefix + "." + strconv.Itoa(i)
		if _, ok := form[k]; !ok {
			return out
		}
		out = append(out, form.Get(k))
	}
}

// count returns how many prefix.N.* structures the form holds, counted from 1 until a gap.
func count(form url.Values, prefix string) int {
	n := 0
	for i := 1; ; i++ {
		p := prefix + "." + strconv.Itoa(i) + "."
		found := false
		for k := range form {
			if strings.HasPrefix(k, p) {
				found = true
				break
			}
		}
		if !found {
			return n
		}
		n++
	}
}

func item(prefix string, i int) string { return prefix + "." + strconv.Itoa(i) }

// filter is one Filter.N: a name and the values any of which may match.
type filter struct {
	Name   string
	Values []string
}

func filters(form url.Values) []filter {
	var out []filter
	for i := 1; i <= count(form, "Filter"); i++ {
		p := item("Filter", i)
		out = append(out, filter{Name: form.Get(p + ".Name"), Values: list(form, p+".Value")})
	}
	return out
}

// tagSpecs reads TagSpecification.N into resource type → tags.
func tagSpecs(form url.Values, prefix string) map[string]map[string]string {
	out := map[string]map[string]string{}
	for i := 1; i <= count(form, prefix); i++ {
		p := item(prefix, i)
		rt := form.Get(p + ".ResourceType")
		if out[rt] == nil {
			out[rt] = map[string]string{}
		}
		for k, v := range tagList(form, p+".Tag") {
			out[rt][k] = v
		}
	}
	return out
}

// tagList reads prefix.N.Key / prefix.N.Value pairs.
func tagList(form url.Values, prefix string) map[string]string {
	out := map[string]string{}
	for i := 1; i <= count(form, prefix); i++ {
		p := item(prefix, i)
		out[form.Get(p+".Key")] = form.Get(p + ".Value")
	}
	return out
}

func intParam(form url.Values, key string, def int) (int, error) {
	v := form.Get(key)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, invalidParameter("%s must be a number, not %q", key, v)
	}
	return n, nil
}

// matchAny reports whether value matches one of EC2's filter patterns (* and ? wildcards).
func matchAny(patterns []string, value string) bool {
	for _, p := range patterns {
		if wildcard(p, value) {
			return true
		}
	}
	return false
}

// wildcard matches EC2's filter syntax: * any run, ? one character, \ escapes.
func wildcard(p, s string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for i := len(s); i >= 0; i-- {
				if wildcard(p[1:], s[i:]) {
					return true
				}
			}
			return false
		case '?':
			if s == "" {
				return false
			}
			p, s = p[1:], s[1:]
			continue
		case '\\':
			if len(p) > 1 {
				p = p[1:]
			}
		}
		if s == "" || s[0] != p[0] {
			return false
		}
		p, s = p[1:], s[1:]
	}
	return s == ""
}
