//! `tolk serve` end to end: a real server on a free port against a temp copy
//! of a fixture site; live reload events, rebuilds, the error overlay, HTTP
//! details, path traversal, and served output equal to a fresh build.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Fixture, snapshot};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(f: &Fixture) -> Server {
    let log = std::fs::File::create(f.root().join("serve.log")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["serve", "--port", "0", "--now", "2026-11-29T12:00:00Z", "--root"])
        .arg(f.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = common::served_port(&line);
    Server { child, port }
}

struct Response {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

fn request(port: u16, method: &str, path: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let headers = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = headers.split(' ').nth(1).unwrap().parse().unwrap();
    Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

fn get(port: u16, path: &str) -> Response {
    request(port, "GET", path)
}

/// An open server-sent events stream.
struct Events(BufReader<TcpStream>);

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(stream, "GET /__tolk/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        while !line.starts_with(": connected") {
            line.clear();
            reader.read_line(&mut line).unwrap();
        }
        Events(reader)
    }

    /// Waits for the next `reload` message; returns how long it took.
    fn reload(&mut self) -> Duration {
        let started = Instant::now();
        let mut line = String::new();
        loop {
            line.clear();
            self.0.read_line(&mut line).expect("no reload event within 10 s");
            if line.trim() == "data: reload" {
                return started.elapsed();
            }
        }
    }
}

fn body(r: &Response) -> String {
    String::from_utf8_lossy(&r.body).to_string()
}

#[test]
fn edit_reload_and_new_content() {
    let f = Fixture::new("basic");
    let server = start(&f);
    assert!(body(&get(server.port, "/sv/om-oss/")).contains("<h1>Om oss</h1>"));
    let mut events = Events::open(server.port);
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss i dag\nslug: om-oss\n---\nNy text.\n",
    );
    events.reload();
    let page = body(&get(server.port, "/sv/om-oss/"));
    assert!(page.contains("<h1>Om oss i dag</h1>"), "{page}");
    assert!(
        page.contains("new EventSource(\"/__tolk/events\")"),
        "the reload script is injected when serving"
    );
}

#[test]
fn error_overlay_appears_keeps_last_good_page_and_clears() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let mut events = Events::open(server.port);
    f.write("content/sv/about.md", "---\ntitle: Om oss\ndescripton: typo\n---\n");
    events.reload();
    let page = body(&get(server.port, "/sv/om-oss/"));
    assert!(page.contains("id=\"tolk-error-overlay\""), "{page}");
    assert!(page.contains("content/sv/about.md:3:1"), "{page}");
    assert!(
        page.contains("3 │ descripton: typo"),
        "the overlay shows the line: {page}"
    );
    assert!(page.contains("did you mean `description`"), "{page}");
    assert!(page.contains("<h1>Om oss</h1>"), "the last good page stays underneath");
    f.write("content/sv/about.md", "---\ntitle: Om oss igen\nslug: om-oss\n---\n");
    events.reload();
    let page = body(&get(server.port, "/sv/om-oss/"));
    assert!(!page.contains("tolk-error-overlay"));
    assert!(page.contains("<h1>Om oss igen</h1>"));
}

#[test]
fn http_details() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let r = get(server.port, "/sv/");
    assert_eq!(r.status, 200);
    assert!(
        r.headers.contains("Content-Type: text/html; charset=utf-8"),
        "{}",
        r.headers
    );
    assert!(r.headers.contains("Cache-Control: no-store"));
    let r = get(server.port, "/sv");
    assert_eq!(r.status, 301);
    assert!(r.headers.contains("Location: /sv/"));
    let r = get(server.port, "/css/style.css");
    assert!(r.headers.contains("Content-Type: text/css"));
    let r = get(server.port, "/no/such/page/");
    assert_eq!(r.status, 404);
    let r = request(server.port, "HEAD", "/sv/");
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    assert!(
        get(server.port, "/locales/en/site.ftl").status == 404,
        ".ftl sources are never served"
    );
}

#[test]
fn path_traversal_never_reaches_files_outside() {
    let f = Fixture::new("basic");
    std::fs::write(f.root().join("secret.txt"), "TOP SECRET").unwrap();
    let server = start(&f);
    for path in [
        "/../secret.txt",
        "/sv/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/sv/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "/sv\\..\\..\\secret.txt",
        "/secret.txt%00.html",
        "//etc/passwd",
        "/site.yaml",
        "/content/sv/about.md",
    ] {
        let r = get(server.port, path);
        assert!(r.status == 400 || r.status == 404, "{path}: {}", r.status);
        assert!(
            !body(&r).contains("TOP SECRET") && !body(&r).contains("base_url"),
            "{path} leaked a file"
        );
    }
}

#[test]
fn served_output_equals_a_fresh_build_after_edits() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let mut events = Events::open(server.port);
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om\nslug: om\n---\nA [länk](@/contact.md).\n",
    );
    events.reload();
    f.write("content/en/contact.md", "---\ntitle: Contact\n---\nNow translated.\n");
    events.reload();
    f.remove("content/sv/news/second.md");
    events.reload();
    std::fs::create_dir_all(f.root().join("content/sv/ny")).unwrap();
    f.write("content/sv/ny/_index.md", "---\ntitle: Ny sektion\n---\n");
    events.reload();
    assert_served_equals_built(&f, &server);
}

fn assert_served_equals_built(f: &Fixture, server: &Server) {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("fresh");
    let status = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args([
            "build",
            "--now",
            "2026-11-29T12:00:00Z",
            "--base-url",
            &format!("http://127.0.0.1:{}/", server.port),
            "--root",
        ])
        .arg(f.root())
        .arg("--output")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let mut built = snapshot(&out);
    assert!(built.remove(std::path::Path::new(tolk::output::MARKER)).is_some());
    assert!(built.len() > 20);
    let script = "<script>(function(){var s=new EventSource(\"/__tolk/events\");s.onmessage=function(e){if(e.data===\"reload\")location.reload();};})();</script>";
    for (path, bytes) in built {
        let url = format!("/{}", path.to_string_lossy());
        let served = get(server.port, &url);
        assert_eq!(served.status, 200, "{url}");
        let served = if url.ends_with(".html") {
            body(&served).replace(script, "").into_bytes()
        } else {
            served.body
        };
        assert!(served == bytes, "{url} differs from a fresh build");
    }
}

#[test]
fn text_edits_rerender_only_their_pages_and_equal_a_fresh_build() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/about.md",
        "---\ntitle: About us\nweight: 1\ntranslated_from: 000000000000\n---\nEnglish.\n",
    );
    let server = start(&f);
    let mut events = Events::open(server.port);
    f.write("content/sv/about.md", "---\ntitle: Om oss\nslug: om-oss\nweight: 1\n---\n## Ny rubrik\n\nNy text, se [kontakt](@/contact.md#telefon).\n");
    let took = events.reload();
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\nslug: kontakt\nweight: 3\n---\n## Telefon\n\nRing oss i dag.\n",
    );
    events.reload();
    // A new title for a page that no menu lists: the page and its section's listing.
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Första nyheten, ny rubrik\nslug: forsta\ndate: 2010-04-26\n---\nText.\n",
    );
    events.reload();
    let log = std::fs::read_to_string(f.root().join("serve.log")).unwrap();
    assert_eq!(log.matches("Re-rendered").count(), 3, "{log}");
    let listing = body(&get(server.port, "/sv/nyheter/"));
    assert!(listing.contains("Första nyheten, ny rubrik"), "{listing}");
    assert!(took < Duration::from_secs(5));
    assert_served_equals_built(&f, &server);
}

#[test]
fn a_title_edit_of_an_aliased_page_rerenders_its_redirects_and_equals_a_fresh_build() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Första nyheten\nslug: forsta\ndate: 2010-04-26\naliases: [/gammal/forsta/]\n---\nText.\n",
    );
    let server = start(&f);
    let mut events = Events::open(server.port);
    let before = body(&get(server.port, "/gammal/forsta/index.html"));
    assert!(before.contains("Första nyheten"), "{before}");
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Ny rubrik för nyheten\nslug: forsta\ndate: 2010-04-26\naliases: [/gammal/forsta/]\n---\nText.\n",
    );
    events.reload();
    let log = std::fs::read_to_string(f.root().join("serve.log")).unwrap();
    assert_eq!(log.matches("Re-rendered").count(), 1, "{log}");
    let redirect = body(&get(server.port, "/gammal/forsta/index.html"));
    assert!(redirect.contains("Ny rubrik för nyheten"), "{redirect}");
    assert_served_equals_built(&f, &server);
}

#[test]
fn regression_serve_says_built_first_and_prints_each_warning_once() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let mut events = Events::open(server.port);
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\nNy text.\n",
    );
    events.reload();
    f.write(
        "site.yaml",
        &std::fs::read_to_string(f.root().join("site.yaml")).unwrap(),
    );
    events.reload();
    let log = std::fs::read_to_string(f.root().join("serve.log")).unwrap();
    let first = log.lines().find(|l| l.contains(" pages in ")).unwrap();
    assert!(first.starts_with("Built "), "{log}");
    assert_eq!(
        log.matches("the UI string `home` is missing in `de`").count(),
        1,
        "{log}"
    );
    assert!(log.contains("warnings as before)"), "{log}");
}

// ---------------------------------------------------------------------------
// Limits: nothing a client sends can stop the server or lock others out.
// ---------------------------------------------------------------------------

/// Sends raw bytes on a new connection and reads until the server closes it
/// (or 10 s pass). Returns what came back.
fn raw(port: u16, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(bytes).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).to_string()
}

fn status_of(answer: &str) -> Option<u16> {
    answer.split(' ').nth(1).and_then(|s| s.parse().ok())
}

/// The server still answers an ordinary page.
fn assert_alive(server: &mut Server) {
    assert!(server.child.try_wait().unwrap().is_none(), "the server process stopped");
    let r = get(server.port, "/sv/om-oss/");
    assert_eq!(r.status, 200);
    assert!(body(&r).contains("<h1>Om oss</h1>"));
}

#[test]
fn hostile_content_length_does_not_stop_serve() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    // tiny_http allocated the announced length up front and aborted the process.
    let answer = raw(
        server.port,
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n",
    );
    assert_eq!(status_of(&answer), Some(413), "{answer}");
    assert!(answer.contains("Connection: close"), "{answer}");
    let answer = raw(
        server.port,
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffff\r\n",
    );
    assert_eq!(status_of(&answer), Some(413), "{answer}");
    assert_alive(&mut server);
}

#[test]
fn requests_with_a_body_or_another_method_are_refused_unread() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    let answer = raw(
        server.port,
        b"POST /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\na=1",
    );
    assert_eq!(status_of(&answer), Some(405), "{answer}");
    assert!(answer.contains("Allow: GET, HEAD"), "{answer}");
    for method in ["PUT", "DELETE", "OPTIONS", "PATCH"] {
        assert_eq!(request(server.port, method, "/sv/").status, 405, "{method}");
    }
    let answer = raw(
        server.port,
        b"GET /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello",
    );
    assert_eq!(status_of(&answer), Some(413), "{answer}");
    // An explicit empty body is no body.
    let answer = raw(
        server.port,
        b"GET /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&answer), Some(200), "{answer}");
    assert_alive(&mut server);
}

#[test]
fn oversize_headers_get_431_and_serve_lives_on() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    let big = "a".repeat(tolk::serve::MAX_HEADER_BYTES + 1024);
    let answer = raw(
        server.port,
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {big}\r\n\r\n").as_bytes(),
    );
    assert_eq!(status_of(&answer), Some(431), "{answer}");
    let many: String = (0..tolk::serve::MAX_HEADERS + 10)
        .map(|i| format!("X-H{i}: v\r\n"))
        .collect();
    let answer = raw(
        server.port,
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{many}\r\n").as_bytes(),
    );
    assert_eq!(status_of(&answer), Some(431), "{answer}");
    // Just under the limit is served.
    let cookie = "c".repeat(tolk::serve::MAX_HEADER_BYTES - 200);
    let answer = raw(
        server.port,
        format!("GET /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert_eq!(status_of(&answer), Some(200), "{}", &answer[..answer.len().min(200)]);
    assert_alive(&mut server);
}

#[test]
fn slow_loris_headers_are_cut_off_after_the_header_timeout() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_millis(250))).unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n").unwrap();
    let started = Instant::now();
    let limit = tolk::serve::HEADER_READ_TIMEOUT + Duration::from_secs(5);
    let mut closed = false;
    let mut i = 0;
    while started.elapsed() < limit {
        // One more header line every quarter second, never the blank line.
        if stream.write_all(format!("X-Slow-{i}: x\r\n").as_bytes()).is_err() {
            closed = true;
            break;
        }
        i += 1;
        let mut buf = [0u8; 256];
        match stream.read(&mut buf) {
            Ok(_) => {
                closed = true;
                break;
            }
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
    }
    assert!(
        closed,
        "a client trickling headers held its connection for {:?}",
        started.elapsed()
    );
    assert!(started.elapsed() >= tolk::serve::HEADER_READ_TIMEOUT - Duration::from_millis(500));
    assert_alive(&mut server);
}

#[test]
fn idle_connections_beyond_the_cap_do_not_lock_out_a_browser() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    // More silent connections than the server takes at once: the extra ones
    // wait, and all of them are dropped after the header timeout.
    let idle: Vec<TcpStream> = (0..tolk::serve::MAX_CONNECTIONS + 40)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    let started = Instant::now();
    let r = get(server.port, "/sv/om-oss/");
    assert_eq!(r.status, 200);
    assert!(
        started.elapsed() < tolk::serve::HEADER_READ_TIMEOUT * 2 + Duration::from_secs(3),
        "answered only after {:?}",
        started.elapsed()
    );
    // The idle ones were closed by the server.
    let mut first = &idle[0];
    first.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let mut buf = [0u8; 16];
    assert!(matches!(first.read(&mut buf), Ok(0) | Err(_)));
    drop(idle);
    assert_alive(&mut server);
}

#[test]
fn a_kept_alive_connection_ends_after_its_request_quota() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let quota = tolk::serve::MAX_REQUESTS_PER_CONNECTION;
    let requests = "HEAD /sv/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(quota);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let writer = {
        let mut stream = stream.try_clone().unwrap();
        std::thread::spawn(move || stream.write_all(requests.as_bytes()))
    };
    let started = Instant::now();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    writer.join().unwrap().unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert_eq!(answer.matches("HTTP/1.1 200 OK").count(), quota);
    let last = answer.rsplit("HTTP/1.1 200 OK").next().unwrap();
    assert!(last.contains("Connection: close"), "{last}");
    assert!(
        started.elapsed() < tolk::serve::HEADER_READ_TIMEOUT,
        "the server closed the connection itself after the last request"
    );
}

/// The status line and headers of a live-reload request (a stream that is
/// accepted never ends, so this reads only its head).
fn stream_head(port: u16) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET /__tolk/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("no answer head within 10 s");
        if line.trim().is_empty() {
            return head;
        }
        head.push_str(&line);
    }
}

#[test]
fn live_reload_streams_beyond_the_cap_get_503_and_closed_ones_free_their_place() {
    let f = Fixture::new("basic");
    let mut server = start(&f);
    let mut streams: Vec<Events> = (0..tolk::serve::MAX_SUBSCRIBERS)
        .map(|_| Events::open(server.port))
        .collect();
    let refused = stream_head(server.port);
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    assert!(refused.contains("Retry-After"), "{refused}");
    // Pages are still served, and every open stream still gets reloads.
    assert_alive(&mut server);
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss nu\nslug: om-oss\n---\nText.\n",
    );
    for s in &mut streams {
        s.reload();
    }
    // A tab that closes gives its place back.
    streams.pop();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let line = stream_head(server.port);
        if line.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(line.starts_with("HTTP/1.1 503"), "{line}");
        assert!(Instant::now() < deadline, "the closed stream's place was never freed");
        std::thread::sleep(Duration::from_millis(100));
    }
}

// ---------------------------------------------------------------------------
// Symbolic links swapped in while serving.
// ---------------------------------------------------------------------------

/// Replaces `rel` in the site by a symbolic link to `target`, atomically
/// (a hidden temporary link renamed over the file, as `ln -sf` does not).
#[cfg(unix)]
fn swap_for_link(f: &Fixture, rel: &str, target: &std::path::Path) {
    let path = f.root().join(rel);
    let temp = path.with_file_name(".tolk-test-link");
    std::os::unix::fs::symlink(target, &temp).unwrap();
    std::fs::rename(&temp, &path).unwrap();
}

#[cfg(unix)]
#[test]
fn snapshot_never_serves_a_file_swapped_for_an_outside_symlink() {
    let f = Fixture::new("basic");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.css");
    std::fs::write(&secret, "/* SECRET-7f3a outside the site */").unwrap();
    let server = start(&f);
    assert!(body(&get(server.port, "/css/style.css")).contains("color: #111"));
    let mut events = Events::open(server.port);
    swap_for_link(&f, "themes/plain/static/css/style.css", &secret);
    events.reload();
    let page = body(&get(server.port, "/sv/om-oss/"));
    assert!(page.contains("tolk-error-overlay"), "the rebuild fails: {page}");
    assert!(page.contains("outside the site"), "{page}");
    assert!(page.contains("<h1>Om oss</h1>"), "the last good page stays");
    for method in ["GET", "HEAD"] {
        let r = request(server.port, method, "/css/style.css");
        assert!(!body(&r).contains("SECRET-7f3a"), "{method} served the outside file");
        assert_eq!(r.status, 403, "{method}: {}", r.headers);
        assert!(
            !r.headers.contains(&format!(
                "Content-Length: {}",
                std::fs::metadata(&secret).unwrap().len()
            )),
            "{}",
            r.headers
        );
    }
    // The same through a linked folder.
    std::fs::create_dir_all(outside.path().join("css")).unwrap();
    std::fs::copy(&secret, outside.path().join("css/style.css")).unwrap();
    std::fs::remove_file(f.root().join("themes/plain/static/css/style.css")).unwrap();
    std::fs::remove_dir(f.root().join("themes/plain/static/css")).unwrap();
    swap_for_link(&f, "themes/plain/static/css", &outside.path().join("css"));
    events.reload();
    let r = get(server.port, "/css/style.css");
    assert!(
        !body(&r).contains("SECRET-7f3a"),
        "a linked folder served the outside file"
    );
    // Putting the real file back recovers.
    std::fs::remove_file(f.root().join("themes/plain/static/css")).unwrap();
    f.write("themes/plain/static/css/style.css", "body { color: #222; }");
    events.reload();
    let r = get(server.port, "/css/style.css");
    assert_eq!(r.status, 200);
    assert!(body(&r).contains("color: #222"));
}

#[cfg(unix)]
#[test]
fn a_page_swapped_for_an_outside_symlink_is_never_rendered_by_a_quick_rerender() {
    let f = Fixture::new("basic");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("about.md");
    // Same front matter as the page: only its text differs, the case the
    // quick re-render handles.
    std::fs::write(
        &secret,
        "---\ntitle: Om oss\nslug: om-oss\nweight: 1\n---\nSECRET-91c2 from outside the site.\n",
    )
    .unwrap();
    let server = start(&f);
    let mut events = Events::open(server.port);
    swap_for_link(&f, "content/sv/about.md", &secret);
    events.reload();
    let page = body(&get(server.port, "/sv/om-oss/"));
    assert!(!page.contains("SECRET-91c2"), "the outside file was rendered: {page}");
    assert!(page.contains("tolk-error-overlay"), "{page}");
    assert!(page.contains("<h1>Om oss</h1>"));
}

#[test]
fn a_client_that_stops_reading_is_cut_off_after_the_write_stall_timeout() {
    let f = Fixture::new("basic");
    // Far more than the kernel's socket buffers hold on loopback.
    let size = 64 * 1024 * 1024;
    std::fs::create_dir_all(f.root().join("static")).unwrap();
    std::fs::write(f.root().join("static/big.bin"), vec![7u8; size]).unwrap();
    let mut server = start(&f);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(stream, "GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    // Read nothing for longer than the server waits.
    std::thread::sleep(tolk::serve::WRITE_STALL_TIMEOUT + Duration::from_secs(2));
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut received = 0usize;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => received += n,
        }
    }
    assert!(
        received < size,
        "the server waited for a client that stopped reading ({received} bytes)"
    );
    // A reader that keeps reading gets the whole file.
    let r = get(server.port, "/big.bin");
    assert_eq!(r.status, 200);
    assert_eq!(r.body.len(), size);
    assert_alive(&mut server);
}

#[test]
fn a_taken_port_falls_back_to_the_next_free_one() {
    let f = Fixture::new("basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let log = std::fs::File::create(f.root().join("serve.log")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(f.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let server = Server {
        port: common::served_port(&line),
        child,
    };
    assert!(server.port > port && server.port <= port + 9, "{line}");
    assert_eq!(get(server.port, "/sv/").status, 200);
    let log = std::fs::read_to_string(f.root().join("serve.log")).unwrap();
    assert!(
        log.contains(&format!("Port {port} is in use; using {} instead.", server.port)),
        "{log}"
    );
}

#[test]
fn dns_rebinding_host_names_are_refused() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/utkast.md",
        "---\ntitle: Hemligt utkast\ndraft: true\n---\nHemligt\n",
    );
    let mut server = start(&f);
    for host in ["evil.example", "evil.example:1111", "127.0.0.1.evil.example", "local"] {
        let answer = raw(
            server.port,
            format!("GET /sv/om-oss/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        assert_eq!(status_of(&answer), Some(421), "{host}: {answer}");
        assert!(!answer.contains("Om oss</h1>"), "{host}");
    }
    for host in [
        "127.0.0.1",
        "localhost:1111",
        "[::1]:1111",
        "laptop.local",
        "app.localhost",
    ] {
        let answer = raw(
            server.port,
            format!("GET /sv/om-oss/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        assert_eq!(status_of(&answer), Some(200), "{host}: {answer}");
    }
    assert_alive(&mut server);
}

#[test]
fn the_search_index_catches_up_in_the_background_after_a_text_edit() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let mut events = Events::open(server.port);
    let before = body(&get(server.port, "/pagefind/sv/pagefind-entry.json"));
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\nweight: 1\n---\nEtt alldeles nytt ord: regnbågsforellerna.\n",
    );
    events.reload();
    // The page is re-rendered at once; the index follows without a reload.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let log = loop {
        let log = std::fs::read_to_string(f.root().join("serve.log")).unwrap();
        let after_edit = log.split("Changed:").nth(1).unwrap_or("");
        if after_edit.contains("Updated pagefind/sv/") || std::time::Instant::now() > deadline {
            break log;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(log.contains("Re-rendered"), "{log}");
    let after = body(&get(server.port, "/pagefind/sv/pagefind-entry.json"));
    assert_ne!(before, after, "the Swedish index did not change:\n{log}");
    assert_served_equals_built(&f, &server);
}
