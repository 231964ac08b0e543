package ec2box

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"time"
)

const ec2Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/"

// writeQueryResponse writes v's fields inside <ActionResponse xmlns=…>, after a requestId, as
// EC2 answers. v is a struct whose fields carry EC2's element names.
func writeQueryResponse(w http.ResponseWriter, action, namespace string, v any) error {
	var el bytes.Buffer
	// EncodeElement names the element itself: results are often anonymous structs.
	if err := xml.NewEncoder(&el).EncodeElement(v, xml.StartElement{Name: xml.Name{Local: "result"}}); err != nil {
		return fmt.Errorf("marshalling %s's response: %w", action, err)
	}
	inner := el.Bytes()
	// Drop v's own element: only its fields belong inside the response element.
	start, end := bytes.IndexByte(inner, '>'), bytes.LastIndex(inner, []byte("</"))
	if start < 0 || end < start {
		return fmt.Errorf("response for %s did not marshal as an element", action)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	fmt.Fprintf(&buf, "<%sResponse xmlns=\"%s\"><requestId>%s</requestId>", action, namespace, newRequestID())
	buf.Write(inner[start+1 : end])
	fmt.Fprintf(&buf, "</%sResponse>", action)
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	_, err := w.Write(buf.Bytes())
	return err
}

type queryError struct {
	XMLName   xml.Name `xml:"Response"`
	Code      string   `xml:"Errors>Error>Code"`
	Message   string   `xml:"Errors>Error>Message"`
	RequestID string   `xml:"RequestID"`
}

// writeQueryError writes EC2's error document.
func writeQueryError(w http.ResponseWriter, e *APIError) {
	out, _ := xml.Marshal(queryError{Code: e.Code, Message: e.Message, RequestID: newRequestID()})
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(e.Status)
	w.Write([]byte(xml.Header))
	w.Write(out)
}

func newRequestID() string {
	id := newID("r")[2:]
	return id[:8] + "-" + id[8:12] + "-4" + id[12:15] + "-a" + id[15:17] + "0-000000000000"
}

func ec2Time(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// xmlTag is EC2's <item><key/><value/></item>.
type xmlTag struct {
	Key   string `xml:"key"`
	Value string `xml:"value"`
}

func xmlTags(tags map[string]string) []xmlTag {
	out := make([]xmlTag, 0, len(tags))
	for _, k := range sortedKeys(tags) {
		out = append(out, xmlTag{Key: k, Value: tags[k]})
	}
	return out
}
