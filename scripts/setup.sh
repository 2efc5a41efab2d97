#!/usr/bin/env bash
# Install what Land Release needs on Debian 12 or 13 (as root, or with sudo): QGIS and its Python
# bindings from apt, Qt build tools, Xvfb and fonts; then a venv that sees the system packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-gdal python3-numpy python3-pyproj
  pyqt5-dev-tools qttools5-dev-tools xvfb xauth xdotool fonts-dejavu-core
  poppler-utils)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# Keep pip away from the numpy that QGIS was built against.
/usr/bin/python3 -c 'import numpy; print("numpy==" + numpy.__version__)' > "$VENV/constraints.txt"
stamp="$VENV/.requirements-$(md5sum requirements-dev.txt "$VENV/constraints.txt" | md5sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$VENV/constraints.txt" -r requirements-dev.txt
  rm -f "$VENV"/.requirements-*
  touch "$stamp"
fi
"$VENV/bin/python" - <<'PY'
import numpy, shapely
from qgis.core import Qgis
print(f"setup: QGIS {Qgis.QGIS_VERSION}, shapely {shapely.__version__}, numpy {numpy.__version__}")
PY
