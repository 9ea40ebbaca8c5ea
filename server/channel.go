package server

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Only "session" channels are served: the ssh package rejects any other
// channel type (direct-tcpip: local port forwarding) and any global request
// it has no handler for (tcpip-forward: remote port forwarding). Inside a
// session, its handler accepts agent forwarding and passes subsystems (SFTP)
// on; the filter below refuses those before they reach it. Commands (exec)
// get through, to be told why they are not run (session.go).

// refusedRequests are the session requests isnad does not serve.
var refusedRequests = map[string]bool{
	"auth-agent-req@openssh.com": true, // agent forwarding
	"x11-req":                    true, // X11 forwarding
	"subsystem":                  true, // SFTP and any other subsystem
}

// sessionChannel is the ssh package's session handler behind the filter.
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{ch}, ctx)
}

// filteredChannel is a new session channel whose requests pass the filter.
type filteredChannel struct{ gossh.NewChannel }

func (c filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			if refusedRequests[r.Type] {
				_ = r.Reply(false, nil)
				continue
			}
			out <- r
		}
	}()
	return ch, out, nil
}
