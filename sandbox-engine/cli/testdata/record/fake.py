import socketserver, http.server, os, sys
SOCK = os.environ.get('FAKE_SOCK', '/tmp/fake/docker.sock')
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def _hdr(self):
        self.send_header('Api-Version', '1.51')
        self.send_header('Docker-Experimental', 'false')
        self.send_header('Ostype', 'linux')
        self.send_header('Builder-Version', '2')
        self.send_header('Swarm', 'inactive')
        self.send_header('Server', 'Docker/28.5.2 (linux)')
    def do_HEAD(self):
        self.send_response(200); self._hdr(); self.send_header('Content-Length', '2'); self.end_headers()
    def do_GET(self):
        if self.path.endswith('/_ping'):
            self.send_response(200); self._hdr(); self.send_header('Content-Type','text/plain'); self.send_header('Content-Length','2'); self.end_headers(); self.wfile.write(b'OK')
        else:
            body = b'{"message":"not implemented in fake"}'
            self.send_response(404); self._hdr(); self.send_header('Content-Type','application/json'); self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    do_POST = do_GET
    def log_message(self, *a): pass
    def address_string(self): return 'unix'
class S(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
if os.path.exists(SOCK): os.unlink(SOCK)
S(SOCK, H).serve_forever()
