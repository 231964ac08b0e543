package boot

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateOptions(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string // "" for valid
	}{
		{"defaults", Options{}, ""},
		{"unknown format", Options{Format: "yaml"}, `format: "yaml" is not one of "mime", "shell" or "cloud-config"`},
		{"unknown gzip", Options{Gzip: "maybe"}, `gzip: "maybe" is not one of "auto", "true" or "false"`},
		{"unknown on_mismatch", Options{OnMismatch: "ignore"}, `on_mismatch: "ignore" is not one of "error" or "boot-all"`},
		{"endpoint with a path", Options{IMDSEndpoint: "http://169.254.169.254/latest"}, "imds_endpoint"},
		{"parts without mime", Options{Format: FormatShell, Parts: []Part{{ContentType: "text/x", Content: "x"}}}, `extra parts need format = "mime"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := Validate(tt.o)
			if tt.want == "" {
				if len(errs) > 0 {
					t.Fatalf("errors %v", errs)
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], ErrInvalidOption) || !strings.Contains(errs[0].Error(), tt.want) {
				t.Errorf("errors %v, want one saying %q", errs, tt.want)
			}
		})
	}
}

// Render refuses an unknown gzip value rather than treating it as "false".
func TestRenderRefusesUnknownGzip(t *testing.T) {
	_, err := Render(mustPlan(t, cloudConfigRecipe, nil, nil), Options{Gzip: "maybe"})
	if !errors.Is(err, ErrInvalidOption) {
		t.Errorf("error %v, want ErrInvalidOption", err)
	}
}
