package data

import (
	"strings"
	"testing"
)

// TestDataStampFollowsTheBuild: another build of isnad (other rules, other
// embedded lexicons) is another data stamp, so that the search index takes
// its claims again; the same build, the same stamp.
func TestDataStampFollowsTheBuild(t *testing.T) {
	l, err := OpenEmbeddedWith(Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	this := buildStamp()
	if this == "unknown" || !strings.Contains(this, ":") {
		t.Errorf("this build is not named: %q", this)
	}
	before := l.DataStamp()
	if again := l.DataStamp(); again != before {
		t.Errorf("the same build, two stamps: %s, %s", before, again)
	}
	saved := buildStamp
	t.Cleanup(func() { buildStamp = saved })
	buildStamp = func() string { return "buildid:another" }
	if after := l.DataStamp(); after == before {
		t.Errorf("another build, the same stamp %s", after)
	}
}
