#!/usr/bin/env bash
# Install what Land Release needs on Debian 12 or 13 (as root, or with sudo): QGIS and its Python
# bindings from apt, Qt build tools, Xvfb and fonts; then a venv that sees the system packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-gdal python3-numpy python3-pyproj
  python3-pandas pyqt5-dev-tools qttools5-dev-tools xvfb xauth xdotool fonts-dejavu-core
  poppler-utils python3-pip)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=""
apt_update() {
  [ -n "$updated" ] || $SUDO apt-get update -q
  updated=1
}

# PostgreSQL + PostGIS for the test suite's throwaway server (tests/pgcluster.py), in Debian's
# major version (15 on Debian 12, 17 on Debian 13): the highest one already installed with
# PostGIS, else the one the "postgresql" package depends on. Installing it may create and start
# a system cluster "main" on port 5432: the tests don't use it.
pg_major() {
  local control major=""
  for control in /usr/share/postgresql/*/extension/postgis.control; do
    control=${control#/usr/share/postgresql/}
    control=${control%%/*}
    if [[ $control =~ ^[0-9]+$ ]] && [ -x "/usr/lib/postgresql/$control/bin/initdb" ] &&
      { [ -z "$major" ] || [ "$control" -gt "$major" ]; }; then
      major=$control
    fi
  done
  if [ -z "$major" ]; then
    major=$(apt-cache depends postgresql 2>/dev/null |
      sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1) || true
  fi
  echo "$major"
}
PG_MAJOR=$(pg_major)
if [ -z "$PG_MAJOR" ]; then
  apt_update
  PG_MAJOR=$(pg_major)
fi
[ -n "$PG_MAJOR" ] || { echo "setup: cannot tell which PostgreSQL apt would install" >&2; exit 1; }
APT_PACKAGES+=(postgresql "postgresql-$PG_MAJOR-postgis-3" python3-psycopg2)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_update
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# Keep pip away from the numpy that QGIS was built against and from Debian's pandas (ppigrf
# needs pandas: QGIS's own Python has only Debian's).
/usr/bin/python3 -c 'import numpy, pandas
print("numpy==" + numpy.__version__)
print("pandas==" + pandas.__version__)' > "$VENV/constraints.txt"
stamp="$VENV/.requirements-$(md5sum requirements-dev.txt "$VENV/constraints.txt" | md5sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$VENV/constraints.txt" -r requirements-dev.txt
  rm -f "$VENV"/.requirements-*
  touch "$stamp"
fi
"$VENV/bin/python" - <<'PY'
import numpy, pandas, ppigrf, psycopg2, pygeodiff, shapely
from qgis.core import Qgis
print(f"setup: QGIS {Qgis.QGIS_VERSION}, shapely {shapely.__version__}, numpy {numpy.__version__}")
print(f"setup: pandas {pandas.__version__} from {pandas.__file__.rsplit('/', 2)[0]}, ppigrf (IGRF-14)")
print(f"setup: psycopg2 {psycopg2.__version__.split()[0]}")
PY
postgis=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" \
  "/usr/share/postgresql/$PG_MAJOR/extension/postgis.control")
echo "setup: PostgreSQL $PG_MAJOR, PostGIS $postgis (for the tests' own throwaway server)"
