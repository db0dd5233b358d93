#!/usr/bin/env bash
# Quick-start command 1: installs what is needed, builds, and starts SayPro Station in training mode
# against the built-in practice marketplace (orders arrive by sync over HTTPS on loopback).
# Arguments replace --training and go to saypro-station (see saypro-station --help), e.g.
#   bash installer/start-station.sh --db /srv/station.db
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
if [[ $# -gt 0 ]]; then args=("$@"); else args=(--training); fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting SayPro Station on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/station/saypro-station "${args[@]}"
fi
exec build/app/station/saypro-station "${args[@]}"
