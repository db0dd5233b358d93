#pragma once
// sandbox: writes the training marketplace applied, for one order or one Idempotency-Key.

#include <QtGlobal>

namespace saypro {

/// What SandboxServer::countsForOrder / countsForKey report. A replayed request adds nothing.
struct SandboxCounts
{
    qint64 events = 0;        ///< status_changed events recorded
    qint64 shipments = 0;     ///< parcels recorded
    qint64 notifications = 0; ///< customer messages accepted
    qint64 claims = 0;        ///< claims and renewals
    qint64 releases = 0;      ///< claims given up
    qint64 adjustments = 0;   ///< stock movements
    qint64 inspections = 0;   ///< return inspections

    qint64 total() const { return events + shipments + notifications + claims + releases + adjustments + inspections; }
    friend bool operator==(const SandboxCounts&, const SandboxCounts&) = default;
};

} // namespace saypro
