package ec2box

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
)

func (f *fixture) ssm() *ssm.Client {
	return ssm.New(ssm.Options{Region: "eu-west-1", BaseEndpoint: aws.String(f.url), RetryMaxAttempts: 1,
		Credentials: credentials.NewStaticCredentialsProvider("AKIDBOX", "box-secret", "")})
}

func TestSSMParameters(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c := f.ssm()
	const value = "line one\nünïcødé $x '\"\\\n"
	f.box.PutParameter("/app/key", "SecureString", value)
	got, err := c.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/app/key"), WithDecryption: aws.Bool(true)})
	if err != nil || aws.ToString(got.Parameter.Value) != value {
		t.Fatalf("GetParameter = %v, %v", got, err)
	}
	many, err := c.GetParameters(ctx, &ssm.GetParametersInput{Names: []string{"/app/key", "/app/missing"}, WithDecryption: aws.Bool(true)})
	if err != nil || len(many.Parameters) != 1 || len(many.InvalidParameters) != 1 || many.InvalidParameters[0] != "/app/missing" {
		t.Fatalf("GetParameters = %+v, %v", many, err)
	}
	_, err = c.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/app/missing")})
	var nf *ssmtypes.ParameterNotFound
	if !errors.As(err, &nf) {
		t.Errorf("a missing parameter: %v, want ParameterNotFound", err)
	}
	// An AMI id as aws:ec2:image must name an image the box has.
	if _, err := c.PutParameter(ctx, &ssm.PutParameterInput{Name: aws.String("/images/web"), Value: aws.String("ami-0000000000000000f"),
		Type: ssmtypes.ParameterTypeString, DataType: aws.String("aws:ec2:image")}); apiCode(err) != "ValidationException" {
		t.Errorf("an unknown AMI as aws:ec2:image: %v", err)
	}
	if _, err := c.PutParameter(ctx, &ssm.PutParameterInput{Name: aws.String("/images/web"), Value: &f.source,
		Type: ssmtypes.ParameterTypeString, DataType: aws.String("aws:ec2:image")}); err != nil {
		t.Fatal(err)
	}
	if p, ok := f.box.Parameter("/images/web"); !ok || p.Value != f.source || p.DataType != "aws:ec2:image" {
		t.Errorf("the parameter is %+v", p)
	}
}

func TestSSMThrottles(t *testing.T) {
	f := newFixture(t)
	f.box.PutParameter("/a", "String", "a")
	f.box.ThrottleSSM(5, 2)
	c := f.ssm()
	throttled := 0
	for i := 0; i < 6; i++ {
		_, err := c.GetParameter(context.Background(), &ssm.GetParameterInput{Name: aws.String("/a")})
		if apiCode(err) == "ThrottlingException" {
			throttled++
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if throttled < 3 {
		t.Errorf("%d of 6 calls at once were throttled, want at least 3 past a burst of 2", throttled)
	}
	time.Sleep(450 * time.Millisecond) // two tokens at 5 a second
	if _, err := c.GetParameter(context.Background(), &ssm.GetParameterInput{Name: aws.String("/a")}); err != nil {
		t.Errorf("after the bucket refilled: %v", err)
	}
}
