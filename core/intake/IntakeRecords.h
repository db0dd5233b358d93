#pragma once
// intake: what intake stored about an order — the last result of each verification check, its holds
// and its allocation — as read back for screens and the CLI.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace saypro {

/// The stored result of one verification check (VerificationCheck ids).
struct StoredCheck
{
    QString id;
    bool passed = false;
    QString message; ///< translated when it was checked
    QString detail;  ///< untranslated
    qint64 orderVersion = 0;
    QDateTime checkedAt;
};

/// One reason an order is held.
struct HoldReason
{
    QString check;   ///< a check id, or "stock" for a shortfall, or "supervisor"
    QString message; ///< translated when the hold was placed
    QString detail;  ///< untranslated
};

/// A hold placed on an order, open until released.
struct Hold
{
    static constexpr QLatin1String Verification{"verification"}; ///< a check failed; released by intake
    static constexpr QLatin1String Backorder{"backorder"};       ///< not enough stock; released by intake
    static constexpr QLatin1String Supervisor{"supervisor"};     ///< placed by a person; released by a person

    // Why intake released a hold (release_reason); screens show them in words.
    static constexpr QLatin1String ReleasedChecksPassed{"checks_passed"};     ///< every check passes now
    static constexpr QLatin1String ReleasedStockAvailable{"stock_available"}; ///< the stock is there now
    static constexpr QLatin1String ReleasedReplaced{"replaced"};      ///< a hold of the other kind took its place
    static constexpr QLatin1String ReleasedLeftIntake{"left_intake"}; ///< cancelled or claimed by another station

    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString kind;
    QList<HoldReason> reasons;
    QDateTime placedAt;
    QString placedBy;
    QDateTime releasedAt; ///< invalid while open
    QString releasedBy;
    QString releaseReason;

    bool isOpen() const { return !releasedAt.isValid(); }
    /// The reasons' messages joined for one line of a table.
    QString summary() const
    {
        QStringList parts;
        for (const HoldReason& r : reasons)
            parts << r.message;
        return parts.join(QStringLiteral("; "));
    }
};

/// The warehouse decision stored for an order.
struct StoredAllocation
{
    QString outcome;        ///< "whole", "split" or "backorder"
    QStringList warehouses; ///< shipments, nearest first
    QString destinationKey; ///< distance-table row used, e.g. "ZA-KZN"
    QString message;        ///< translated when decided
    QString detail;         ///< untranslated
    QDateTime decidedAt;
};

/// What intake did to one order.
struct IntakeOutcome
{
    enum class Kind {
        Ready,       ///< verified, allocated and reserved
        Held,        ///< a verification check failed: on hold
        Backordered, ///< verified but not enough stock: on hold (backorder)
        StillHeld,   ///< was on hold and the cause has not cleared
        Skipped,     ///< past intake (picking or later, cancelled, supervisor hold): only marked as seen
    };
    qint64 orderId = 0;
    QString orderNumber;
    Kind kind = Kind::Skipped;
    bool released = false;     ///< an intake hold was released on this pass
    bool noticeQueued = false; ///< the customer's "pending" notice was queued on this pass
    QStringList failedChecks;  ///< ids, for Held / StillHeld
    QString allocationOutcome; ///< for Ready / Backordered
    QStringList warehouses;

    static QString kindKey(Kind kind);
};

/// What one intake pass did.
struct IntakeReport
{
    int examined = 0;
    int ready = 0;
    int held = 0;
    int backordered = 0;
    int released = 0;
    int stillHeld = 0;
    int skipped = 0;
    int reservationsReleased = 0; ///< units given back for cancelled orders and by rebalancing
    int notificationsQueued = 0;
    QList<IntakeOutcome> outcomes; ///< one per examined order, in the order examined
};

} // namespace saypro
