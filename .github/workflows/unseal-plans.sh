#!/usr/bin/env bash
# unseal-plans.sh SEALED_DIR PLANS_DIR: unpack the reviewed plans ossiac-diff.yml sealed, decrypting them
# with $PLANS_KEY (the OSSIAC_PLANS_KEY secret) when they were encrypted. PLANS_DIR is made owner-only:
# saved plans hold every variable value in clear text.
set -euo pipefail
sealed=$1 plans=$2
mkdir -p "$plans" && chmod 700 "$plans"
if [ -f "$sealed/plans.tgz.enc" ]; then
  if [ -z "${PLANS_KEY:-}" ]; then
    echo "::error::the reviewed plans are encrypted: set the OSSIAC_PLANS_KEY secret" >&2
    exit 1
  fi
  openssl enc -d -aes-256-cbc -pbkdf2 -pass env:PLANS_KEY -in "$sealed/plans.tgz.enc" | tar -C "$plans" -xzf -
else
  tar -C "$plans" -xzf "$sealed/plans.tgz"
fi
chmod 700 "$plans" && chmod 600 "$plans"/*  # after tar, which restores the archived folder's mode
rm -rf "$sealed"
