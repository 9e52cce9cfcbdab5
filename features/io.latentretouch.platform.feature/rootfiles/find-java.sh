# Finds a Java 21 or newer (POSIX sh, sourced). Sets LR_JAVA_HOME or prints one line saying what to do and exits.
# Order: JAVA_HOME (must be 21+), the java on PATH, the newest under /usr/lib/jvm.
# Shared by the build (./mvnw, which needs a JDK: pass "jdk") and the launchers of the product and the headless runtime.

lr_java_feature() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

lr_java_ok() {
  [ -x "$1/bin/java" ] || return 1
  [ "$2" != jdk ] || [ -x "$1/bin/javac" ] || return 1
  lr_v=$(lr_java_feature "$1")
  [ -n "$lr_v" ] && [ "${lr_v%%.*}" -ge 21 ] 2>/dev/null
}

# $1: "jdk" when a compiler is needed, anything else for a runtime.
lr_find_java() {
  lr_kind=${1:-jre}
  if [ -n "${JAVA_HOME-}" ]; then
    if lr_java_ok "$JAVA_HOME" "$lr_kind"; then LR_JAVA_HOME=$JAVA_HOME; return 0; fi
    printf 'latent-retouch: JAVA_HOME=%s is not a Java 21 or newer %s (found Java %s); point JAVA_HOME at one, or unset it to search PATH and /usr/lib/jvm.\n' \
      "$JAVA_HOME" "$( [ "$lr_kind" = jdk ] && echo JDK || echo runtime)" "$(lr_java_feature "$JAVA_HOME" 2>/dev/null || echo '?')" >&2
    exit 1
  fi
  lr_onpath=$(command -v java 2>/dev/null || true)
  if [ -n "$lr_onpath" ]; then
    lr_home=$(dirname "$(dirname "$(readlink -f "$lr_onpath")")")
    if lr_java_ok "$lr_home" "$lr_kind"; then LR_JAVA_HOME=$lr_home; return 0; fi
  fi
  case $- in *f*) set +f; lr_candidates=$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); set -f ;;
             *) lr_candidates=$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) ;; esac
  for lr_home in $lr_candidates; do
    lr_home=${lr_home%/}
    if lr_java_ok "$lr_home" "$lr_kind"; then LR_JAVA_HOME=$lr_home; return 0; fi
  done
  printf 'latent-retouch: no Java 21 or newer %s found (java on PATH: %s); install one, e.g. a Temurin 21+ JDK, and set JAVA_HOME to it.\n' \
    "$( [ "$lr_kind" = jdk ] && echo JDK || echo runtime)" "$( [ -n "$lr_onpath" ] && "$lr_onpath" -version 2>&1 | head -n 1 || echo none)" >&2
  exit 1
}
