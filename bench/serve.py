#!/usr/bin/env python3
"""Time from saving an edited page to the live-reload event in `tolk serve`.

    bench/serve.py SITE_ROOT [EDITS]

Starts `target/release/tolk serve --port 0` on SITE_ROOT (or the binary
named by $TOLK, to compare builds), listens to the reload stream, edits the
text of one page EDITS times (default 10) and prints the median and each
time from the write to the `reload` message, then restores the page. Then
prints the server's memory (peak and current resident size, from /proc)
and the time of 200 requests for the home page over one kept-alive
connection.
"""
import os, socket, statistics, subprocess, sys, time

root = sys.argv[1]
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 10
tolk = os.environ.get("TOLK") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "tolk")
server = subprocess.Popen([tolk, "serve", "--port", "0", "--root", root], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    line = server.stdout.readline()
    port = int(line.split("127.0.0.1:")[1].split("/")[0])
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET /__tolk/events HTTP/1.1\r\nHost: x\r\n\r\n")
    stream = sock.makefile("rb")
    while not stream.readline().startswith(b": connected"):
        pass
    lang = sorted(d for d in os.listdir(os.path.join(root, "content")))[0]
    page = None
    for dirpath, _, files in sorted(os.walk(os.path.join(root, "content", lang))):
        for f in sorted(files):
            if f.endswith(".md") and f != "_index.md":
                page = os.path.join(dirpath, f)
                break
        if page:
            break
    original = open(page, encoding="utf-8").read()
    times = []
    try:
        for i in range(edits):
            time.sleep(0.3)
            start = time.monotonic()
            with open(page, "w", encoding="utf-8") as fh:
                fh.write(original + f"\nEdit number {i}.\n")
            while stream.readline().strip() != b"data: reload":
                pass
            times.append((time.monotonic() - start) * 1000)
    finally:
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(original)
    print(f"{page}: save → reload event, median of {edits}: {statistics.median(times):.0f} ms ({', '.join(f'{t:.0f}' for t in times)})")
    status = open(f"/proc/{server.pid}/status").read() if os.path.exists(f"/proc/{server.pid}/status") else ""
    memory = {l.split(":")[0]: l.split(":")[1].strip() for l in status.splitlines() if l.startswith(("VmHWM", "VmRSS", "Threads"))}
    if memory:
        print(f"server memory: peak {memory.get('VmHWM')}, now {memory.get('VmRSS')}, {memory.get('Threads')} threads")
    # Requests over one kept-alive connection: the home page, 200 times.
    conn = socket.create_connection(("127.0.0.1", port))
    reader = conn.makefile("rb")
    start = time.monotonic()
    for _ in range(200):
        conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        length = 0
        while True:
            line = reader.readline()
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
            if line in (b"\r\n", b""):
                break
        reader.read(length)
    print(f"200 GET / on one connection: {(time.monotonic() - start) * 1000:.0f} ms")
finally:
    server.kill()
