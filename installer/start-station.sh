#!/usr/bin/env bash
# Quick-start command 1: installs what is needed, builds, and starts SayPro Station.
# On first start the station creates its database in the user's data folder and fills it with demo
# orders. Extra arguments go to saypro-station (see saypro-station --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting SayPro Station on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/station/saypro-station "$@"
fi
exec build/app/station/saypro-station "$@"
