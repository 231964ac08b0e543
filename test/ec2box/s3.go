package ec2box

import (
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// serveS3 answers S3's REST GetObject and HeadObject, path-style (GET /bucket/key), from
// files under Config.S3Root: RUN_DIR/s3/BUCKET/KEY is object KEY of BUCKET. Objects are
// streamed, never held in memory.
func (b *Box) serveS3(w http.ResponseWriter, r *http.Request) (action string, status int, code string) {
	action = "GetObject"
	if r.Method == http.MethodHead {
		action = "HeadObject"
	}
	bucket, key, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return r.Method, writeS3Error(w, http.StatusNotImplemented, "NotImplemented", "the box's S3 serves objects only"), "NotImplemented"
	}
	if b.cfg.S3Root == "" || bucket == "" || key == "" || strings.Contains(key, "..") {
		return action, writeS3Error(w, http.StatusNotFound, "NoSuchKey", "The specified key does not exist."), "NoSuchKey"
	}
	if _, err := os.Stat(filepath.Join(b.cfg.S3Root, bucket)); err != nil {
		return action, writeS3Error(w, http.StatusNotFound, "NoSuchBucket", "The specified bucket does not exist"), "NoSuchBucket"
	}
	f, err := os.Open(filepath.Join(b.cfg.S3Root, bucket, filepath.FromSlash(key)))
	if err != nil {
		return action, writeS3Error(w, http.StatusNotFound, "NoSuchKey", "The specified key does not exist."), "NoSuchKey"
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		return action, writeS3Error(w, http.StatusNotFound, "NoSuchKey", "The specified key does not exist."), "NoSuchKey"
	}
	w.Header().Set("Content-Type", "binary/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.Header().Set("Last-Modified", st.ModTime().UTC().Format(http.TimeFormat))
	w.Header().Set("ETag", `"`+strconv.FormatInt(st.ModTime().UnixNano(), 16)+`"`)
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		if _, err := io.Copy(w, f); err != nil && !errors.Is(err, io.ErrClosedPipe) {
			return action, http.StatusOK, "Truncated"
		}
	}
	return action, http.StatusOK, ""
}

func writeS3Error(w http.ResponseWriter, status int, code, message string) int {
	body, _ := xml.Marshal(struct {
		XMLName   xml.Name `xml:"Error"`
		Code      string   `xml:"Code"`
		Message   string   `xml:"Message"`
		RequestID string   `xml:"RequestId"`
	}{Code: code, Message: message, RequestID: newRequestID()})
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	w.Write([]byte(xml.Header))
	w.Write(body)
	return status
}
