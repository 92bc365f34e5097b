// A stand-in for GitLab's merge-request notes API: GET lists the stored notes, POST adds one,
// PUT replaces one. Every request is recorded with its PRIVATE-TOKEN header.
import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress
import java.net.URLDecoder
import java.nio.charset.StandardCharsets

def notes = [:]  // id -> body
def requests = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 41873), 0)
server.createContext('/api/v4/projects/42/merge_requests/7/notes') { exchange ->
    def method = exchange.requestMethod
    def path = exchange.requestURI.path
    requests << "${method} ${path} token=${exchange.requestHeaders.getFirst('PRIVATE-TOKEN')}"
    def form = URLDecoder.decode(exchange.requestBody.getText('UTF-8'), StandardCharsets.UTF_8)
    def body = form.startsWith('body=') ? form.substring(5) : form
    def json = { id, text -> groovy.json.JsonOutput.toJson([id: id, body: text, system: false]) }
    String answer
    int code = 200
    if (method == 'GET') {
        answer = '[' + notes.collect { id, text -> json(id, text) }.join(',') + ']'
    } else if (method == 'POST') {
        long id = 900 + notes.size()
        notes[id] = body
        answer = json(id, body)
        code = 201
    } else {
        long id = path.tokenize('/').last() as long
        notes[id] = body
        answer = json(id, body)
    }
    def bytes = answer.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(code, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
}
server.start()
System.getProperties().put('schemagate.it.gitlab', [server: server, notes: notes, requests: requests])
