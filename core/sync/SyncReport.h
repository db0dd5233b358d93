#pragma once
// sync: what one sync run did (pages pulled per resource, events pushed) and what a claim came to;
// both travel from the sync thread to the GUI in queued signals.

#include "common/Error.h"
#include "intake/IntakeRecords.h"
#include "storage/SyncPageWriter.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace saypro {

/// One pulled resource.
struct ResourceReport
{
    QString resource; ///< "products", "orders", "inventory", "tracking-events", "returns", "feedback"
    IngestCounts counts;
    QString cursor;        ///< the stored cursor after the run
    bool complete = false; ///< read to the last page available now
};

struct SyncReport
{
    bool completed = false; ///< every resource read to the end, and no event left waiting except rejected ones
    bool firstSync = false; ///< no page had ever been stored when the run started
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime lastSuccess; ///< the end of the last completed run (this one when completed)
    QList<ResourceReport> resources;
    int eventsDelivered = 0; ///< outbox rows the marketplace accepted in this run
    int eventsRejected = 0;  ///< outbox rows refused definitively (each has a sync problem)
    int eventsRetried = 0;   ///< failed attempts that will be retried
    /// What the intake pass after the pull did (orders verified, held, released); per-order outcomes
    /// are left out.
    IntakeReport intake;
    bool intakeRan = false;
    qint64 pendingEvents = 0;
    int openProblems = 0;
    int openTasks = 0;
    bool offline = false;      ///< the marketplace could not be reached
    bool unauthorized = false; ///< the token was refused
    bool hasError = false;
    Error error; ///< the reason the run did not complete, when hasError

    IngestCounts total() const
    {
        IngestCounts sum;
        for (const ResourceReport& r : resources)
            sum += r.counts;
        return sum;
    }
};

/// The answer to "may this station pack the order?".
struct ClaimResult
{
    enum class Outcome {
        Claimed,          ///< the marketplace leased the order to this station
        ClaimedElsewhere, ///< another station holds it (heldBy)
        Queued,           ///< no answer (offline): the claim waits in the outbox; a later refusal becomes a task
        Failed,           ///< refused for another reason (message)
    };
    qint64 orderId = 0;
    QString orderNumber;
    Outcome outcome = Outcome::Failed;
    QString heldBy;
    QDateTime expiresAt;
    QString message; ///< translated, for the packer
};

} // namespace saypro

Q_DECLARE_METATYPE(saypro::SyncReport)
Q_DECLARE_METATYPE(saypro::ClaimResult)
