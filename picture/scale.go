package picture

import "math"

// niceCeil rounds v up to 1, 2 or 5 times a power of ten, so that axes end on round numbers.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// ticks divides [0, max] into n equal steps, max being nice already.
func ticks(max float64, n int) []float64 {
	out := make([]float64, 0, n+1)
	for i := 0; i <= n; i++ {
		out = append(out, max*float64(i)/float64(n))
	}
	return out
}
