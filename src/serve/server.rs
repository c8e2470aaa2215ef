//! The preview's HTTP server: hyper (HTTP/1.1 only) on a small tokio
//! runtime, with a limit on everything a client controls. Building stays
//! synchronous on its own threads; this module only answers requests from
//! the published snapshot.
//!
//! Every limit below is a named constant. A client that breaks one gets a
//! status (413, 405, 431, 503) or a closed connection, and the server goes
//! on answering everyone else: nothing a request says is ever allocated up
//! front, and no client can hold more than one connection's worth of memory.

use std::convert::Infallible;
use std::future::Future as _;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt as _, Empty, Full};
use hyper::body::{Body as _, Bytes, Frame, Incoming};
use hyper::header::{self, HeaderName, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use super::http::{self, Target};
use super::{Snapshot, State};
use crate::error::{Diagnostic, Error, Result};
use crate::fs::SiteRoot;
use crate::output::Data;

/// Connections served at once. A browser opens at most six per host plus
/// one live-reload stream per tab, so this is twenty-odd tabs; further
/// connections wait in the kernel's accept queue (they cost no thread and
/// no memory of ours) until one closes. Idle ones close after
/// [`HEADER_READ_TIMEOUT`], so waiting never lasts longer than that.
pub const MAX_CONNECTIONS: usize = 128;

/// Largest request head (request line and headers) in bytes; beyond it the
/// answer is 431 and the connection closes. Browsers send 1–2 KiB; 16 KiB
/// leaves room for the cookies other local servers leave on `localhost`
/// (the same as Node's default).
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// Largest number of request headers (431 beyond it).
pub const MAX_HEADERS: usize = 64;

/// Read buffer of one connection: a request head that fits in
/// [`MAX_HEADER_BYTES`] is read whole, so a 431 never leaves unread bytes
/// that would make the kernel reset the connection before the client
/// reads the answer.
const MAX_BUF_BYTES: usize = 4 * MAX_HEADER_BYTES;

/// Time a client has to send a complete request head, counted from when the
/// server starts waiting for it (a new connection, or the end of the
/// previous response on a kept-alive one). A slow-loris client trickling
/// headers, or an idle kept-alive connection, is closed after it. A real
/// browser sends its head in one packet.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// Time a response may wait for the client to accept more bytes (a client
/// that stopped reading); then the connection is closed.
pub const WRITE_STALL_TIMEOUT: Duration = Duration::from_secs(15);

/// Requests served on one kept-alive connection; the last response says
/// `Connection: close`. With HTTP/1.1 only (no HTTP/2 streams) a connection
/// handles one request at a time, so this bounds one connection's work.
pub const MAX_REQUESTS_PER_CONNECTION: usize = 1000;

/// Live-reload streams (server-sent events) open at once; one more gets
/// 503. Each holds a connection, so this keeps most of
/// [`MAX_CONNECTIONS`] for pages.
pub const MAX_SUBSCRIBERS: usize = 32;

/// Chunk in which copied files (images, PDFs…) are streamed from disk, so a
/// large file never sits whole in memory.
const FILE_CHUNK: usize = 64 * 1024;

/// Threads answering requests. Building has its own threads.
const WORKER_THREADS: usize = 2;

/// Threads for file-system calls (opening and reading copied files).
const BLOCKING_THREADS: usize = 4;

/// A comment line on each live-reload stream this often, so a closed tab is
/// noticed and proxies keep the stream open.
const PING_INTERVAL: Duration = Duration::from_secs(15);

type Body = BoxBody<Bytes, io::Error>;

/// Serves `listener` until the process is stopped.
///
/// # Errors
/// When the runtime or the listener cannot be set up.
pub(super) fn run(listener: std::net::TcpListener, state: Arc<State>) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKER_THREADS)
        .max_blocking_threads(BLOCKING_THREADS)
        .thread_name("tolk-serve")
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the preview server: {e}")))?;
    runtime.block_on(async move {
        listener
            .set_nonblocking(true)
            .map_err(|e| Error::Usage(format!("cannot listen: {e}")))?;
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(|e| Error::Usage(format!("cannot listen: {e}")))?;
        let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let subscribers = Arc::new(Semaphore::new(MAX_SUBSCRIBERS));
        loop {
            // A free place first, then accept: extra connections wait in the
            // kernel's queue instead of in our memory.
            let Ok(place) = connections.clone().acquire_owned().await else {
                return Ok(());
            };
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait, go on.
                    eprintln!("Could not accept a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(connection(stream, state.clone(), subscribers.clone(), place));
        }
    })
}

/// Serves one connection, holding its place until it closes.
async fn connection(
    stream: tokio::net::TcpStream,
    state: Arc<State>,
    subscribers: Arc<Semaphore>,
    _place: OwnedSemaphorePermit,
) {
    let served = Arc::new(AtomicUsize::new(0));
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let (state, subscribers) = (state.clone(), subscribers.clone());
        let nth = served.fetch_add(1, Ordering::Relaxed) + 1;
        async move {
            let mut response = respond(&state, &subscribers, &request).await;
            if nth >= MAX_REQUESTS_PER_CONNECTION {
                set(&mut response, header::CONNECTION, "close");
            }
            Ok::<_, Infallible>(response)
        }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_header_size(MAX_HEADER_BYTES)
        .max_headers(MAX_HEADERS)
        .max_buf_size(MAX_BUF_BYTES)
        .title_case_headers(true)
        .serve_connection(Stall::new(TokioIo::new(stream)), service)
        .await;
}

async fn respond(state: &State, subscribers: &Arc<Semaphore>, request: &Request<Incoming>) -> Response<Body> {
    let head = request.method() == Method::HEAD;
    let has_body = !request.body().is_end_stream()
        || request.headers().contains_key(header::TRANSFER_ENCODING)
        || request
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed", false);
        set(&mut response, header::ALLOW, "GET, HEAD");
        // The body, if any, is never read: close instead of draining it.
        set(&mut response, header::CONNECTION, "close");
        return response;
    }
    if has_body {
        let mut response = plain(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Requests with a body are not accepted",
            head,
        );
        set(&mut response, header::CONNECTION, "close");
        return response;
    }
    if !trusted_host(request.headers().get(header::HOST).and_then(|h| h.to_str().ok())) {
        // DNS rebinding: a web page on another site could otherwise point its
        // own name at this address and read the preview, drafts included.
        return plain(
            StatusCode::MISDIRECTED_REQUEST,
            "This preview answers only to localhost, an IP address or a .local name",
            head,
        );
    }
    match http::target(request.uri().path()) {
        None => plain(StatusCode::BAD_REQUEST, "Bad request", head),
        Some(Target::Events) => events(state, subscribers, head),
        Some(Target::Folder(path)) => {
            let snapshot = state.current();
            if snapshot.files.contains_key(&format!("{path}/index.html")) {
                let mut response = plain(StatusCode::MOVED_PERMANENTLY, "", head);
                match HeaderValue::from_str(&format!("/{path}/")) {
                    Ok(location) => {
                        response.headers_mut().insert(header::LOCATION, location);
                    }
                    Err(_) => return plain(StatusCode::BAD_REQUEST, "Bad request", head),
                }
                response
            } else {
                not_found(state, &snapshot, head).await
            }
        }
        Some(Target::File(path)) => {
            let snapshot = state.current();
            match snapshot.files.get(&path).filter(|_| !http::is_hidden(&path)) {
                Some(data) => send(state, &path, data, &snapshot, StatusCode::OK, head).await,
                None if path == "index.html" || snapshot.files.is_empty() => {
                    // Nothing built yet: show the errors.
                    let page = b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>tolk</title></head><body><h1>Waiting for a successful build</h1></body></html>";
                    let data = Data::Bytes(page.to_vec());
                    send(
                        state,
                        "index.html",
                        &data,
                        &snapshot,
                        StatusCode::SERVICE_UNAVAILABLE,
                        head,
                    )
                    .await
                }
                None => not_found(state, &snapshot, head).await,
            }
        }
    }
}

/// True for a `Host` header naming this machine the way a person would:
/// an IP address, `localhost` (or a name below it) or a `.local` name. Other
/// names are refused, which is what stops DNS-rebinding attacks.
pub fn trusted_host(host: Option<&str>) -> bool {
    let Some(host) = host else { return true };
    let name = if let Some(rest) = host.strip_prefix('[') {
        return rest
            .split_once(']')
            .is_some_and(|(ip, _)| ip.parse::<std::net::Ipv6Addr>().is_ok());
    } else {
        host.rsplit_once(':').map_or(host, |(h, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                host
            }
        })
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name.parse::<std::net::Ipv4Addr>().is_ok()
        || name == "localhost"
        || name.ends_with(".localhost")
        || (name.ends_with(".local") && name.len() > ".local".len())
}

async fn not_found(state: &State, snapshot: &Snapshot, head: bool) -> Response<Body> {
    match snapshot.files.get("404.html") {
        Some(data) => send(state, "404.html", data, snapshot, StatusCode::NOT_FOUND, head).await,
        None => plain(StatusCode::NOT_FOUND, "Not found", head),
    }
}

/// One file of the snapshot. HTML gets the reload script (and the error
/// overlay); copied files are opened through the site's one rule at
/// request time and streamed.
async fn send(
    state: &State,
    path: &str,
    data: &Data,
    snapshot: &Snapshot,
    status: StatusCode,
    head: bool,
) -> Response<Body> {
    let content_type = http::content_type(path);
    let html = content_type.starts_with("text/html");
    let (length, body) = match data {
        Data::Bytes(bytes) if html => {
            let bytes = http::inject(bytes, &http::injection(&snapshot.errors, snapshot.edit_url.as_deref()));
            (bytes.len() as u64, full(bytes))
        }
        Data::Bytes(bytes) if head => (bytes.len() as u64, empty()),
        Data::Bytes(bytes) => (bytes.len() as u64, full(bytes.clone())),
        Data::Copy(source) => {
            let (root, source) = (state.root.clone(), source.clone());
            let opened = tokio::task::spawn_blocking(move || open_inside(&root, &source)).await;
            let (file, length) = match opened {
                Ok(Ok(opened)) => opened,
                Ok(Err(Refused::Outside(d))) => {
                    eprintln!("Not serving /{path}: {d}");
                    return plain(
                        StatusCode::FORBIDDEN,
                        "This file now leads outside the site folder; tolk does not serve it.",
                        head,
                    );
                }
                Ok(Err(Refused::Missing)) | Err(_) => return plain(StatusCode::NOT_FOUND, "Not found", head),
            };
            if html {
                let read = tokio::task::spawn_blocking(move || {
                    let mut bytes = Vec::new();
                    std::io::Read::read_to_end(&mut &file, &mut bytes).map(|_| bytes)
                })
                .await;
                match read {
                    Ok(Ok(bytes)) => {
                        let bytes =
                            http::inject(&bytes, &http::injection(&snapshot.errors, snapshot.edit_url.as_deref()));
                        (bytes.len() as u64, full(bytes))
                    }
                    _ => return plain(StatusCode::NOT_FOUND, "Not found", head),
                }
            } else if head {
                (length, empty())
            } else {
                let body = FileBody {
                    file: tokio::fs::File::from_std(file),
                    left: length,
                    buf: Vec::new(),
                };
                (length, body.boxed())
            }
        }
    };
    let mut response = Response::new(if head { empty() } else { body });
    *response.status_mut() = status;
    set(&mut response, header::CONTENT_TYPE, content_type);
    set(&mut response, header::CACHE_CONTROL, "no-store");
    set(&mut response, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// Why a copied file is not served.
enum Refused {
    /// It is, or passes through, a link leading outside the site.
    Outside(Diagnostic),
    /// It is gone, or not a file.
    Missing,
}

/// Opens a copied file of the snapshot, refusing it when it now leads
/// outside the site (a file swapped for a link since the build). Returns
/// the file and its length.
fn open_inside(root: &SiteRoot, path: &Path) -> std::result::Result<(std::fs::File, u64), Refused> {
    let resolved = root.resolve(path).map_err(Refused::Outside)?;
    let file = std::fs::File::open(&resolved).map_err(|_| Refused::Missing)?;
    if let Some(opened) = opened_path(&file)
        && !opened.starts_with(root.canonical())
    {
        // Swapped between the check and the open.
        return Err(Refused::Outside(Diagnostic::error(
            root.relative(path),
            format!("this path now points outside the site, to {}", opened.display()),
        )));
    }
    let meta = file.metadata().map_err(|_| Refused::Missing)?;
    if !meta.is_file() {
        return Err(Refused::Missing);
    }
    Ok((file, meta.len()))
}

/// The path of the file actually opened, where the system tells it.
fn opened_path(file: &std::fs::File) -> Option<PathBuf> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd as _;
        std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        None
    }
}

/// A live-reload stream: `: connected`, then `data: reload` after every
/// published snapshot and a ping comment every [`PING_INTERVAL`]. Holds one
/// of [`MAX_SUBSCRIBERS`] places until the client goes away.
fn events(state: &State, subscribers: &Arc<Semaphore>, head: bool) -> Response<Body> {
    let Ok(place) = subscribers.clone().try_acquire_owned() else {
        let mut response = plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "Too many live-reload streams are open; close some preview tabs.",
            head,
        );
        set(&mut response, header::RETRY_AFTER, "5");
        return response;
    };
    let body = if head {
        empty()
    } else {
        let (tx, rx) = mpsc::channel::<Bytes>(4);
        let mut reload = state.reload.subscribe();
        tokio::spawn(async move {
            let mut message: &'static [u8] = b": connected\n\n";
            loop {
                if tx.send(Bytes::from_static(message)).await.is_err() {
                    return;
                }
                message = tokio::select! {
                    changed = reload.changed() => match changed {
                        Ok(()) => b"data: reload\n\n",
                        Err(_) => return,
                    },
                    () = tokio::time::sleep(PING_INTERVAL) => b": ping\n\n",
                    () = tx.closed() => return,
                };
            }
        });
        StreamBody { rx, _place: place }.boxed()
    };
    let mut response = Response::new(body);
    set(&mut response, header::CONTENT_TYPE, "text/event-stream");
    set(&mut response, header::CACHE_CONTROL, "no-store");
    response
}

/// A short text answer.
fn plain(status: StatusCode, text: &'static str, head: bool) -> Response<Body> {
    let mut response = Response::new(if head { empty() } else { full(text) });
    *response.status_mut() = status;
    set(&mut response, header::CONTENT_TYPE, "text/plain; charset=utf-8");
    set(&mut response, header::CACHE_CONTROL, "no-store");
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(text.len()));
    response
}

fn set(response: &mut Response<Body>, name: HeaderName, value: &'static str) {
    response.headers_mut().insert(name, HeaderValue::from_static(value));
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).map_err(|never| match never {}).boxed()
}

fn empty() -> Body {
    Empty::new().map_err(|never| match never {}).boxed()
}

/// A copied file read from disk chunk by chunk as the client takes it.
struct FileBody {
    file: tokio::fs::File,
    left: u64,
    buf: Vec<u8>,
}

impl hyper::body::Body for FileBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<io::Result<Frame<Bytes>>>> {
        let this = self.get_mut();
        if this.left == 0 {
            return Poll::Ready(None);
        }
        let want = usize::try_from(this.left).map_or(FILE_CHUNK, |left| left.min(FILE_CHUNK));
        this.buf.resize(want, 0);
        let mut read = tokio::io::ReadBuf::new(&mut this.buf);
        match tokio::io::AsyncRead::poll_read(Pin::new(&mut this.file), cx, &mut read) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e))),
            Poll::Ready(Ok(())) if read.filled().is_empty() => Poll::Ready(Some(Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the file got shorter while it was sent",
            )))),
            Poll::Ready(Ok(())) => {
                let chunk = Bytes::copy_from_slice(read.filled());
                this.left = this.left.saturating_sub(chunk.len() as u64);
                Poll::Ready(Some(Ok(Frame::data(chunk))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        hyper::body::SizeHint::with_exact(self.left)
    }
}

/// The body of a live-reload stream. Dropping it (the client went away)
/// closes the channel, which ends the task feeding it, and frees its place.
struct StreamBody {
    rx: mpsc::Receiver<Bytes>,
    _place: OwnedSemaphorePermit,
}

impl hyper::body::Body for StreamBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<io::Result<Frame<Bytes>>>> {
        self.get_mut()
            .rx
            .poll_recv(cx)
            .map(|message| message.map(|bytes| Ok(Frame::data(bytes))))
    }
}

/// A connection whose writes fail once the client has accepted no byte for
/// [`WRITE_STALL_TIMEOUT`], so a client that stops reading cannot hold its
/// place (and the response it stalled) forever.
struct Stall<T> {
    io: T,
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> Stall<T> {
    fn new(io: T) -> Stall<T> {
        Stall { io, deadline: None }
    }

    /// After a write that could not go on: pending until the deadline, then
    /// an error.
    fn stalled<R>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<R>> {
        let deadline = self
            .deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(WRITE_STALL_TIMEOUT)));
        match deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client stopped reading",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn progress<R>(&mut self, result: Poll<io::Result<R>>, cx: &mut Context<'_>) -> Poll<io::Result<R>> {
        match result {
            Poll::Pending => self.stalled(cx),
            ready => {
                self.deadline = None;
                ready
            }
        }
    }
}

impl<T: hyper::rt::Read + Unpin> hyper::rt::Read for Stall<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl<T: hyper::rt::Write + Unpin> hyper::rt::Write for Stall<T> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_write(cx, buf);
        this.progress(result, cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        this.progress(result, cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_flush(cx);
        this.progress(result, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}
