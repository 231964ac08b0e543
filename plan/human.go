package plan

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Human writes a duration the way the plan's reasons read best, without losing precision that
// matters: "10ms", "0.2s", "45s", "1m1s", "2h30m", "168h".
func Human(d time.Duration) string {
	switch {
	case d > 0 && d < 100*time.Millisecond:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	case d < time.Minute:
		return strconv.FormatFloat(float64(int64(d.Seconds()*10+0.5))/10, 'f', -1, 64) + "s"
	}
	s := d.Round(time.Second).String()
	for _, zero := range []string{"0s", "0m"} {
		if strings.HasSuffix(s, zero) && len(s) > len(zero) && !isDigit(s[len(s)-len(zero)-1]) {
			s = strings.TrimSuffix(s, zero)
		}
	}
	return s
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// Count writes n with the singular or plural noun: "1 step", "2 steps".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
