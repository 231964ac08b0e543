package boot

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/recipe"
)

// Result is rendered user data.
type Result struct {
	UserData      []byte // exactly what to hand to EC2 (before base64)
	Gzipped       bool
	EstimatedBoot time.Duration
}

// Render turns the plan's boot part into user data. Deterministic: the same plan and options
// give the same bytes.
func Render(p *plan.Plan, o Options) (*Result, error) {
	o = WithDefaults(o)
	var raw []byte
	var weights []stepWeight
	switch o.Format {
	case FormatCloudConfig:
		cc, err := cloudConfig(p, o)
		if err != nil {
			return nil, err
		}
		raw = []byte(cc)
	case FormatShell, FormatMIME:
		sh, w, err := script(p, o)
		if err != nil {
			return nil, err
		}
		weights = w
		raw = []byte(sh)
		if o.Format == FormatMIME {
			parts := append([]Part{{ContentType: "text/x-shellscript", Filename: "parbake-boot.sh", Content: sh}}, o.Parts...)
			if raw, err = mimeMessage(parts); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("%w: format: %q is not one of %s", ErrInvalidOption, o.Format, recipe.Words(Formats))
	}
	res := &Result{UserData: raw, EstimatedBoot: estimatedBoot(p)}
	switch o.Gzip {
	case GzipTrue, GzipAuto, GzipFalse:
	default:
		return nil, fmt.Errorf("%w: gzip: %q is not one of %s", ErrInvalidOption, o.Gzip, recipe.Words(GzipModes))
	}
	if o.Gzip == GzipTrue || (o.Gzip == GzipAuto && len(raw) > MaxUserData) {
		res.UserData, res.Gzipped = gzipBytes(raw), true
	}
	if len(res.UserData) > MaxUserData {
		return nil, tooLarge(len(raw), len(res.UserData), res.Gzipped, weights)
	}
	return res, nil
}

// WithDefaults fills the options a caller left empty.
func WithDefaults(o Options) Options {
	if o.Format == "" {
		o.Format = FormatMIME
	}
	if o.Gzip == "" {
		o.Gzip = GzipAuto
	}
	if o.IMDSEndpoint == "" {
		o.IMDSEndpoint = DefaultIMDS
	}
	if o.OnMismatch == "" {
		o.OnMismatch = MismatchError
	}
	return o
}

// estimatedBoot adds up the boot steps' estimates (measured durations where the plan has them).
func estimatedBoot(p *plan.Plan) time.Duration {
	var d time.Duration
	for _, s := range p.Boot() {
		d += s.Estimate
	}
	return d
}

// gzipBytes compresses without a name or time in the header, so output stays deterministic.
func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// tooLarge explains an oversize result: what weighs most, and what to do about it.
func tooLarge(raw, final int, gzipped bool, weights []stepWeight) error {
	sort.SliceStable(weights, func(i, j int) bool { return weights[i].Bytes > weights[j].Bytes })
	var heavy []string
	for i, w := range weights {
		if i == 3 {
			break
		}
		heavy = append(heavy, fmt.Sprintf("%s (%d bytes)", w.Name, w.Bytes))
	}
	state := fmt.Sprintf("%d bytes", final)
	if gzipped {
		state = fmt.Sprintf("%d bytes gzipped (%d raw)", final, raw)
	}
	advice := "bake the heaviest steps (phase = \"bake\"), or fetch large files on the instance with a boot variable's from (s3:// or ssm:) instead of inlining them"
	if len(weights) > 0 && weights[0].Largest != nil && weights[0].Largest.Size() > 1024 {
		w := weights[0]
		advice = fmt.Sprintf("bake the heaviest steps (phase = \"bake\"); for %s's file %s (%d bytes), %s", w.Name, w.Largest.Path, w.Largest.Size(), s3Advice(w.Name, *w.Largest))
	}
	if len(heavy) == 0 {
		return fmt.Errorf("%w: %s; %s", ErrTooLarge, state, advice)
	}
	return fmt.Errorf("%w: %s; the heaviest steps are %s; %s", ErrTooLarge, state, strings.Join(heavy, ", "), advice)
}
