#!/bin/bash
# The key the build signs its jars with when studio IT gives none: made once per checkout, under target/, never
# committed, valid for 30 days, trusted by nothing but the tests that install what it signed. With IT's own keystore
# (-Dlr.sign.keystore=FILE) this only checks that the file is there.
#   throwaway-key.sh KEYSTORE ALIAS STOREPASS THROWAWAY-KEYSTORE KEYTOOL
set -euo pipefail
keystore=$1 alias=$2 storepass=$3 throwaway=$4 keytool=$5
if [ -f "$keystore" ]; then
    exit 0
fi
if [ "$keystore" != "$throwaway" ]; then
    echo "signing: no keystore at $keystore (-Dlr.sign.keystore); the build signs the jars with it" >&2
    exit 1
fi
mkdir -p "$(dirname "$keystore")"
tmp="$keystore.part"
rm -f "$tmp"
"$keytool" -genkeypair -keystore "$tmp" -storetype PKCS12 -storepass "$storepass" -alias "$alias" -keyalg RSA -keysize 2048 \
    -validity 30 -dname "CN=Latent Retouch throwaway build key, O=Latent Retouch" >/dev/null 2>&1
"$keytool" -exportcert -rfc -keystore "$tmp" -storepass "$storepass" -alias "$alias" -file "${keystore%.p12}.pem" >/dev/null 2>&1
mv "$tmp" "$keystore"
echo "signing: made a throwaway key, $keystore (its certificate: ${keystore%.p12}.pem)"
