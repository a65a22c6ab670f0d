#!/bin/sh
echo "error: session expired, run 'cloud login'" >&2
exit 3
