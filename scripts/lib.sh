# Sourced by the scripts in this folder: puts a `yarn` on the PATH that runs
# the Yarn release committed under .yarn/releases, so that a machine with only
# Node.js and npm needs no global Yarn.
cairn_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${CAIRN_YARN_SHIM:-}" ]; then
  CAIRN_YARN_SHIM=$(mktemp -d)
  cairn_release=$(ls "$cairn_root"/.yarn/releases/yarn-*.cjs | head -n 1)
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$cairn_release" \
    >"$CAIRN_YARN_SHIM/yarn"
  chmod +x "$CAIRN_YARN_SHIM/yarn"
  export CAIRN_YARN_SHIM
  export PATH="$CAIRN_YARN_SHIM:$PATH"
fi

# The scaffolder runs template expressions in isolated-vm, which on Node.js 20
# and later needs V8's startup snapshot off.
case " ${NODE_OPTIONS:-} " in
  *" --no-node-snapshot "*) ;;
  *) export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--no-node-snapshot" ;;
esac
