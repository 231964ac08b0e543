// Command ec2box serves the EC2 box: EC2 and SSM for the host's clients on loopback and for
// instances on the bridge, and the package mirror's proxy for instances. test/sandbox/ec2.sh
// starts and stops it; it writes DIR/ec2.env when it is ready and, on SIGTERM, terminates every
// instance before it exits.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/parbake/packer-plugin-parbake/test/ec2box"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "imds-front" {
		if err := imdsFront(os.Args[2:]); err != nil {
			log.Fatalf("ec2box imds-front: %v", err)
		}
		return
	}
	dir := flag.String("dir", "", "run directory")
	script := flag.String("machine-script", "", "test/sandbox/ec2-machine.sh")
	bridge := flag.String("bridge", "", "the instances' bridge")
	subnet := flag.String("subnet", "", "the default subnet, e.g. 10.213.1.0/24; its first address is the bridge's")
	layers := flag.String("source-layers", "", "the source AMI's layers, top first, colon-separated")
	sourceName := flag.String("source-name", "", "the source AMI's name")
	region := flag.String("region", "us-east-1", "region")
	accessKey := flag.String("access-key", "", "the access key the box accepts")
	secretKey := flag.String("secret-key", "", "its secret")
	mirrors := flag.String("mirror-hosts", "deb.debian.org", "hosts the proxy reaches, comma-separated")
	proxyPort := flag.Int("proxy-port", 0, "the mirror proxy's port on the bridge")
	ssmRate := flag.Float64("ssm-rate", 0, "SSM requests a second before ThrottlingException (0: no limit)")
	ssmBurst := flag.Float64("ssm-burst", 0, "SSM requests at once (default: the rate)")
	ssmFirst := flag.Int("ssm-throttle-first", 0, "throttle the first SSM requests whatever the rate")
	launchDelay := flag.Duration("launch-delay", 3*time.Second, "how long new instances stay pending before they boot")
	mannersFlag := flag.String("manners", "ideal", "real: EC2's eventual consistency, throttling, capacity and Xen consoles; ideal: none")
	seed := flag.Int64("seed", 0, "the manners' seed (0: a new one, printed)")
	noCapacity := flag.String("no-capacity", "", "instance types without capacity, comma-separated")
	flag.Parse()
	switch *mannersFlag {
	case "real":
		if *seed == 0 {
			*seed = time.Now().UnixNano() % 1_000_000_007
		}
		m := ec2box.RealManners(*seed)
		manners = &m
	case "ideal":
		if *noCapacity != "" {
			manners = &ec2box.Manners{Seed: *seed}
		}
	default:
		log.Fatalf("ec2box: -manners %q: real or ideal", *mannersFlag)
	}
	if manners != nil && *noCapacity != "" {
		manners.NoCapacity = strings.Split(*noCapacity, ",")
	}
	throttle = [3]float64{*ssmRate, *ssmBurst, float64(*ssmFirst)}
	if err := run(*dir, *script, *bridge, *subnet, *layers, *sourceName, *region, *accessKey, *secretKey, *mirrors, *proxyPort, *launchDelay); err != nil {
		log.Fatalf("ec2box: %v", err)
	}
}

// throttle is SSM's limit: rate, burst, the first requests throttled.
var throttle [3]float64

// manners are EC2's, when asked for.
var manners *ec2box.Manners

func run(dir, script, bridge, subnet, layers, sourceName, region, accessKey, secretKey, mirrors string, proxyPort int, launchDelay time.Duration) error {
	prefix, err := netip.ParsePrefix(subnet)
	if err != nil {
		return err
	}
	gateway := prefix.Addr().Next()
	if err := os.MkdirAll(filepath.Join(dir, "s3"), 0o755); err != nil {
		return err
	}
	logFile, err := os.OpenFile(filepath.Join(dir, "requests.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer logFile.Close()
	self, err := os.Executable()
	if err != nil {
		return err
	}
	sandbox := &ec2box.Sandbox{Front: self, Dir: dir, Script: script, Bridge: bridge, Gateway: gateway, Subnet: prefix, Region: region, Account: "123456789012"}
	box := ec2box.New(ec2box.Config{
		Region: region, AccountID: sandbox.Account, AccessKey: accessKey, SecretKey: secretKey, Subnet: prefix,
		Machines: sandbox, LayerDir: filepath.Join(dir, "layers"), S3Root: filepath.Join(dir, "s3"), Log: logFile, LaunchDelay: launchDelay,
		Manners: manners,
	})
	if rate, burst, first := throttle[0], throttle[1], int(throttle[2]); rate > 0 || first > 0 {
		if burst <= 0 {
			burst = rate
		}
		box.ThrottleSSMFirst(rate, burst, first)
	}
	source := box.RegisterSource(sourceName, ec2box.DebianOwner, strings.Split(layers, ":"))

	hostL, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	bridgeL, err := net.Listen("tcp", net.JoinHostPort(gateway.String(), "0"))
	if err != nil {
		return err
	}
	proxyL, err := net.Listen("tcp", net.JoinHostPort(gateway.String(), fmt.Sprint(proxyPort)))
	if err != nil {
		return err
	}
	servers := []*http.Server{{Handler: box}, {Handler: box}, {Handler: ec2box.MirrorProxy(strings.Split(mirrors, ","))}}
	for i, l := range []net.Listener{hostL, bridgeL, proxyL} {
		go servers[i].Serve(l)
	}
	env := fmt.Sprintf("PARBAKE_EC2_ENDPOINT=http://%s\nPARBAKE_EC2_SOURCE_AMI=%s\nPARBAKE_EC2_SSM_ENDPOINT=http://%s\n"+
		"PARBAKE_EC2_INSTANCE_ENDPOINT=http://%s\nPARBAKE_EC2_S3_ENDPOINT=http://%s\nPARBAKE_EC2_S3_ROOT=%s\nPARBAKE_EC2_PROXY=http://%s\n"+
		"AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=%s\n",
		hostL.Addr(), source, bridgeL.Addr(), bridgeL.Addr(), bridgeL.Addr(), filepath.Join(dir, "s3"), proxyL.Addr(), accessKey, secretKey, region)
	if manners != nil {
		env += fmt.Sprintf("PARBAKE_EC2_MANNERS=%s\nPARBAKE_EC2_SEED=%d\n", map[bool]string{true: "real", false: "ideal"}[manners.Invisible > 0], manners.Seed)
		log.Printf("ec2box: manners %+v (PARBAKE_EC2_SEED=%d repeats the windows)", *manners, manners.Seed)
	}
	if err := os.WriteFile(filepath.Join(dir, "ec2.env.tmp"), []byte(env), 0o600); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(dir, "ec2.env.tmp"), filepath.Join(dir, "ec2.env")); err != nil {
		return err
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, s := range servers {
		s.Shutdown(ctx)
	}
	box.Close()
	return box.Shutdown(ctx)
}

// imdsFront serves an instance's IMDSFront: ec2box imds-front -listen ADDR -upstream URL -extra FILE.
func imdsFront(args []string) error {
	fs := flag.NewFlagSet("imds-front", flag.ExitOnError)
	listen := fs.String("listen", "169.254.169.254:80", "where the instance reaches its metadata")
	upstream := fs.String("upstream", "", "amazon-ec2-metadata-mock's URL")
	extra := fs.String("extra", "", "the JSON file of tags and the target lifecycle state")
	fs.Parse(args)
	u, err := url.Parse(*upstream)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-upstream %q is not a URL", *upstream)
	}
	return http.ListenAndServe(*listen, ec2box.NewIMDSFront(u, *extra))
}
