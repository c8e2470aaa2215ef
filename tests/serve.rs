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
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
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
    assert!(page.contains("content/sv/about.md, line 3, column 1"), "{page}");
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
