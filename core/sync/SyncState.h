#pragma once
// sync: what the GUI shows about the link to the marketplace: online or not, the last successful
// sync, events waiting, open problems, the last error and the first sync's progress.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace saypro {

struct SyncState
{
    enum class Status {
        Offline, ///< the marketplace cannot be reached (or sync is stopped); work goes on against the cache
        Online,  ///< the last run completed
        Syncing, ///< a run is under way
        Error,   ///< the marketplace refused the station (token, certificate) or the data could not be stored
    };

    Status status = Status::Offline;
    QDateTime lastSuccess;      ///< invalid until the first completed run
    qint64 pendingEvents = 0;   ///< outbox rows not yet delivered
    int openProblems = 0;       ///< sync problems nobody has resolved
    QString lastError;          ///< translated; empty after a completed run
    int firstSyncProgress = -1; ///< 0-100 while the very first sync runs; -1 otherwise

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

} // namespace saypro

Q_DECLARE_METATYPE(saypro::SyncState)
