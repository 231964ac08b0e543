package ec2box

import (
	"context"
	"fmt"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
)

// DescribeParameters filters by data type and pages as Parameter Store does; a filter key it does
// not know is refused.
func TestSSMDescribeParameters(t *testing.T) {
	f := newFixture(t)
	c := f.ssm()
	ctx := context.Background()
	for i := 0; i < 12; i++ {
		in := &ssm.PutParameterInput{Name: aws.String(fmt.Sprintf("/p/%02d", i)), Value: aws.String(f.source), Type: ssmtypes.ParameterTypeString}
		if i%2 == 0 {
			in.DataType = aws.String("aws:ec2:image")
		}
		if _, err := c.PutParameter(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	p := ssm.NewDescribeParametersPaginator(c, &ssm.DescribeParametersInput{MaxResults: aws.Int32(4),
		ParameterFilters: []ssmtypes.ParameterStringFilter{{Key: aws.String("DataType"), Option: aws.String("Equals"), Values: []string{"aws:ec2:image"}}}})
	var names []string
	pages := 0
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, m := range out.Parameters {
			names = append(names, aws.ToString(m.Name))
		}
	}
	if fmt.Sprint(names) != "[/p/00 /p/02 /p/04 /p/06 /p/08 /p/10]" || pages != 2 {
		t.Errorf("%d pages of %v", pages, names)
	}
	_, err := c.DescribeParameters(ctx, &ssm.DescribeParametersInput{ParameterFilters: []ssmtypes.ParameterStringFilter{{Key: aws.String("Colour"), Values: []string{"x"}}}})
	if apiCode(err) != "InvalidFilterKey" {
		t.Errorf("an unknown filter key: %v", err)
	}
}
