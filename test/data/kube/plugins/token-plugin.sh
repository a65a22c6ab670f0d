#!/bin/sh
# Test exec credential plugin. Records each call and the exec info it was given.
# PLUGIN_TOKEN (default "exec-token-N"), PLUGIN_EXPIRY (RFC 3339) and PLUGIN_LOG_DIR come from the test.
if [ -n "$PLUGIN_LOG_DIR" ]; then
  echo call >> "$PLUGIN_LOG_DIR/calls"
  printf '%s' "$KUBERNETES_EXEC_INFO" > "$PLUGIN_LOG_DIR/exec-info.json"
  printf '%s\n' "$*" > "$PLUGIN_LOG_DIR/args"
  n=$(wc -l < "$PLUGIN_LOG_DIR/calls" | tr -d ' ')
else
  n=1
fi
token=${PLUGIN_TOKEN:-exec-token-$n}
if [ -n "$PLUGIN_EXPIRY" ]; then
  exp=",\"expirationTimestamp\":\"$PLUGIN_EXPIRY\""
fi
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s"%s}}\n' \
  "${PLUGIN_API_VERSION:-client.authentication.k8s.io/v1}" "$token" "$exp"
