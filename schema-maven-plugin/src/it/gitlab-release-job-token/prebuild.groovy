// A stand-in for GitLab's Releases API: GET/POST/PUT a release, GET/POST/PUT its links. Every request
// is recorded with its JOB-TOKEN and PRIVATE-TOKEN headers.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.net.InetSocketAddress

def releases = [:]   // tag -> [tag_name, name, description, links: [id -> link]]
def requests = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 41874), 0)
server.createContext('/api/v4/projects/42/releases') { exchange ->
    def method = exchange.requestMethod
    def parts = exchange.requestURI.path.tokenize('/').drop(5)   // after api/v4/projects/42/releases
    requests << "${method} /${parts.join('/')} job=${exchange.requestHeaders.getFirst('JOB-TOKEN')} private=${exchange.requestHeaders.getFirst('PRIVATE-TOKEN')}"
    def text = exchange.requestBody.getText('UTF-8')
    def body = text ? new JsonSlurper().parseText(text) : [:]
    def show = { r -> [tag_name: r.tag_name, name: r.name, description: r.description, assets: [count: 0, links: r.links.values() as List]] }
    def answer = null
    int code = 200
    def release = parts ? releases[parts[0]] : null
    if (!parts && method == 'POST') {
        release = [tag_name: body.tag_name, name: body.name, description: body.description, links: [:]]
        releases[body.tag_name] = release
        answer = show(release); code = 201
    } else if (release == null) {
        answer = [message: '404 Not Found']; code = 404
    } else if (parts.size() == 1) {
        if (method == 'PUT') { release.description = body.description }
        answer = show(release)
    } else if (method == 'GET') {
        answer = release.links.values() as List
    } else {
        int id = method == 'POST' ? 100 + release.links.size() : parts.last() as int
        release.links[id] = [id: id, name: body.name, url: body.url, link_type: body.link_type, external: true]
        answer = release.links[id]; code = method == 'POST' ? 201 : 200
    }
    def bytes = JsonOutput.toJson(answer).getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    ['X-Page': '1', 'X-Per-Page': '96', 'X-Total-Pages': '1'].each { k, v -> exchange.responseHeaders.add(k, v) }
    exchange.sendResponseHeaders(code, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
}
server.start()
System.getProperties().put('schemagate.it.gitlab-release', [server: server, releases: releases, requests: requests])
