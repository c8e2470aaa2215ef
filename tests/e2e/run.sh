#!/usr/bin/env bash
# Browser and validator tests for the site tolk builds (see README.md here).
# Installs what it needs (Debian packages, npm packages), builds the site and
# a copy with test content into a temp folder, serves both with nginx on
# 127.0.0.1 and runs suite.js. Ends with "N passed, M failed".
# With CI=true a missing browser, validator or server is a failure.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
NOW="2026-11-29T12:00:00Z"
IS_CI=false
if [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; then IS_CI=true; fi
E2E_STARTED="$(date +%s%3N)"
export E2E_STARTED

say() { printf '\n== %s\n' "$*"; }
die() {
  echo "error: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# ------------------------------------------------------------ temp folder
TMPD="$(mktemp -d "${TMPDIR:-/tmp}/tolk-e2e.XXXXXX")"
chmod 755 "$TMPD" # nginx workers run as another user
SERVER_PID=""
NGINX_PID_FILE=""
cleanup() {
  if [[ -n "$NGINX_PID_FILE" && -s "$NGINX_PID_FILE" ]]; then
    local pid
    pid="$(cat "$NGINX_PID_FILE")"
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [[ "${E2E_KEEP:-}" == "1" ]]; then echo "kept $TMPD" >&2; else rm -rf "$TMPD"; fi
}
trap cleanup EXIT

# ------------------------------------------------------------ Debian packages
find_nginx() { command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }
missing_pkgs=()
[[ -x /usr/bin/chromium ]] || missing_pkgs+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q 'ok installed' || missing_pkgs+=(fonts-noto-core)
[[ -n "$(find_nginx)" ]] || missing_pkgs+=(nginx)
command -v java >/dev/null || missing_pkgs+=(default-jre-headless) # the Nu Html Checker; Java 17+
if ((${#missing_pkgs[@]})); then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${missing_pkgs[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >"$TMPD/apt.log" 2>&1 || { sleep 5; apt-get update -qq >>"$TMPD/apt.log" 2>&1; } || { tail -30 "$TMPD/apt.log"; die "apt-get update failed"; }
    apt-get install -y -qq "${missing_pkgs[@]}" >>"$TMPD/apt.log" 2>&1 || { tail -30 "$TMPD/apt.log"; die "apt-get install ${missing_pkgs[*]} failed"; }
  elif $IS_CI; then
    die "missing ${missing_pkgs[*]} and not root, so cannot install them"
  else
    echo "note: missing ${missing_pkgs[*]}; not root, so not installing: the checks that need them are skipped"
  fi
fi
NGINX="$(find_nginx)"

# ------------------------------------------------------------ npm packages
say "npm packages (playwright-core, axe-core, vnu-jar)"
bash "$HERE/npm.sh" || die "could not install the npm packages"

# ------------------------------------------------------------ build
OUT="$TMPD/site"
COPY_SRC="$TMPD/copy-src"
COPY_OUT="$TMPD/copy-site"
say "build the site (--now $NOW)"
cd "$REPO"
cargo run --release --quiet -- build --now "$NOW" --output "$OUT" || die "the site did not build"
say "build a copy with an e-mail address and an all-day event"
node "$HERE/prepare-copy.js" "$REPO" "$COPY_SRC" || die "could not prepare the copy"
# Parts of 20 kB: the copy's search index comes in several parts per
# language, which the results page merges (suite.js checks a later part).
TOLK_SEARCH_SHARD_BYTES=20000 cargo run --release --quiet -- build --root "$COPY_SRC" --now "$NOW" --output "$COPY_OUT" || die "the copy did not build"
chmod -R a+rX "$OUT" "$COPY_OUT"
export E2E_TOLK="$REPO/target/release/tolk" E2E_COPY_SRC="$COPY_SRC"

# ------------------------------------------------------------ serve
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_port() {
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}
PORT_ROOT="$(free_port)"
PORT_SUB="$(free_port)"
while [[ "$PORT_SUB" == "$PORT_ROOT" ]]; do PORT_SUB="$(free_port)"; done
export E2E_ROOT_URL="" E2E_COPY_URL="" E2E_SUB_URL=""
if [[ -n "$NGINX" && "${E2E_SERVER:-}" != "node" ]]; then
  say "nginx on 127.0.0.1:$PORT_ROOT (site at /, copy at /copy/) and 127.0.0.1:$PORT_SUB (site at /site/ only)"
  NG="$TMPD/nginx"
  mkdir -p "$NG"
  user_line=""
  if [[ "$(id -u)" == 0 ]]; then
    if id www-data >/dev/null 2>&1; then user_line="user www-data;"; else user_line="user nobody nogroup;"; fi
  fi
  mime="include /etc/nginx/mime.types;"
  [[ -f /etc/nginx/mime.types ]] || mime="types { text/html html; text/css css; text/javascript js; image/svg+xml svg; image/png png; }"
  cat >"$NG/nginx.conf" <<EOF
$user_line
worker_processes 1;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 256; }
http {
  $mime
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript application/javascript image/svg+xml;
  access_log off;
  sendfile on;
  client_body_temp_path $NG/client_body;
  proxy_temp_path $NG/proxy;
  fastcgi_temp_path $NG/fastcgi;
  uwsgi_temp_path $NG/uwsgi;
  scgi_temp_path $NG/scgi;
  server {
    listen 127.0.0.1:$PORT_ROOT;
    root $OUT;
    index index.html;
    location /copy/ { alias $COPY_OUT/; }
  }
  server {
    listen 127.0.0.1:$PORT_SUB;
    location /site/ { alias $OUT/; index index.html; }
    location / { return 404; }
  }
}
EOF
  NGINX_PID_FILE="$NG/nginx.pid"
  "$NGINX" -p "$NG" -c "$NG/nginx.conf" -e "$NG/error.log" || { cat "$NG/error.log" 2>/dev/null; die "nginx did not start"; }
  wait_port "$PORT_ROOT" && wait_port "$PORT_SUB" || { cat "$NG/error.log"; die "nginx is not listening"; }
  E2E_SUB_URL="http://127.0.0.1:$PORT_SUB/site/"
elif $IS_CI; then
  die "nginx is missing"
else
  say "nginx is missing (or E2E_SERVER=node): serving with a small Node server instead (the /site/ check runs against it)"
  node "$HERE/static-server.js" "$PORT_ROOT" "/=$OUT" "/copy/=$COPY_OUT" -- "$PORT_SUB" "/site/=$OUT" &
  SERVER_PID=$!
  wait_port "$PORT_ROOT" && wait_port "$PORT_SUB" || die "the Node server did not start"
  E2E_SUB_URL="http://127.0.0.1:$PORT_SUB/site/"
fi
E2E_ROOT_URL="http://127.0.0.1:$PORT_ROOT/"
E2E_COPY_URL="http://127.0.0.1:$PORT_ROOT/copy/"

# ------------------------------------------------------------ test
mkdir -p "$TMPD/scratch"
rc=0
E2E_OUT="$OUT" E2E_COPY_OUT="$COPY_OUT" E2E_TMP="$TMPD/scratch" CI="${CI:-}" \
  node "$HERE/suite.js" || rc=$?
say "video facade and components (facade.js)"
E2E_TOLK="$REPO/target/release/tolk" CI="${CI:-}" node "$HERE/facade.js" || rc=1
say "browser CMS admin (cms.js)"
E2E_TOLK="$REPO/target/release/tolk" CI="${CI:-}" node "$HERE/cms.js" || rc=1
exit "$rc"
