#!/usr/bin/env bash
# Proves the production install: `npm ci --omit=dev` in a fresh folder, then `node dist/main.js`
# starts against real-Cognito configuration without any development dependency (the embedded
# Cognito included), answers /health, and refuses to start with a clear message when required
# configuration is missing. Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."

workdir=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$workdir"' EXIT
cp package.json package-lock.json "$workdir/"
cp -r dist "$workdir/dist"
(cd "$workdir" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)

if [ -e "$workdir/node_modules/cognito-local" ] || [ -e "$workdir/node_modules/tsx" ]; then
  echo "FAIL: a development dependency was installed by --omit=dev" >&2
  exit 1
fi

# 1. Missing configuration: exit 1 with a message naming what to set.
set +e
message=$(cd "$workdir" && NODE_ENV=production node dist/main.js 2>&1)
status=$?
set -e
if [ "$status" -ne 1 ] || ! grep -q "COGNITO_USER_POOL_ID" <<<"$message"; then
  echo "FAIL: expected exit 1 naming COGNITO_USER_POOL_ID, got $status: $message" >&2
  exit 1
fi
echo "ok: refuses to start without configuration: $(head -2 <<<"$message" | tail -1)"

# 2. Real-Cognito configuration: starts and answers /health (no Cognito call involved).
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
(cd "$workdir" && NODE_ENV=production PORT="$port" HOST=127.0.0.1 AWS_REGION=us-east-1 \
  COGNITO_USER_POOL_ID=us-east-1_Example1 COGNITO_CLIENT_IDS=exampleclient LOG_LEVEL=warn \
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true node dist/main.js) &
server_pid=$!
for _ in $(seq 1 50); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "ok: production install answers /health on port $port"
    exit 0
  fi
  sleep 0.2
done
echo "FAIL: production install did not answer /health" >&2
exit 1
