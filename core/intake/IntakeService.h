#pragma once
// intake: takes each new or changed order through verification, allocation and reservation, holds it
// with its reasons when something is wrong, and releases it when the cause clears. Runs after every
// sync pull (before the push, so what it queues goes out in the same run), after stock changes, and on
// request (`saypro-stationctl orders verify`).

#include "common/Error.h"
#include "intake/Allocator.h"
#include "intake/IntakeRecords.h"
#include "intake/OrderVerifier.h"
#include "inventory/Stock.h"

#include <QJsonObject>

#include <QString>

#include <optional>

namespace saypro {

class Clock;
class Database;

class IntakeService final
{
public:
    IntakeService(Database& db, const Clock& clock, QString station, OrderVerifier verifier = OrderVerifier(),
                  Allocator allocator = Allocator());

    /// One pass: gives back reservations of cancelled orders and where stock fell below what is
    /// reserved, then takes every order due (new or changed since intake last saw it, or on an intake
    /// hold whose cause may have cleared) through intake. Orders are committed in batches; an error
    /// stops the pass with the work before it kept.
    Result<IntakeReport> run(int maxOrders = -1);
    /// Takes one order through intake now, whether due or not (orders verify NUMBER).
    Result<IntakeOutcome> process(qint64 orderId);
    /// Puts an order found short while picking on a backorder hold with `reasons` (check "stock"), placed by
    /// `by`: picking (or ready, verified, new) -> on_hold, audited and the marketplace told, and the customer's
    /// "pending" notice queued once. An order already on hold keeps its status and gets the hold (or its open
    /// backorder hold gets the new reasons). Joins the caller's transaction. The pass releases the hold like
    /// any backorder hold once the stock is there, and the order is allocated again.
    Status holdForBackorder(qint64 orderId, const QList<HoldReason>& reasons, const QString& by);

    // Reading what intake stored.
    Result<QList<StoredCheck>> checks(qint64 orderId) const;
    /// Every hold of the order, newest first.
    Result<QList<Hold>> holds(qint64 orderId) const;
    Result<std::optional<StoredAllocation>> allocation(qint64 orderId) const;
    /// Open holds of every order, oldest first (the supervisor's list); `kind` empty for all kinds.
    Result<QList<Hold>> openHolds(const QString& kind, int limit) const;

    /// A release reason (Hold::Released*) in words, translated; anything else as it is.
    static QString releaseReasonText(const QString& key);

    /// The actor intake writes in the audit log.
    static QString actor() { return QStringLiteral("intake"); }

private:
    Result<IntakeOutcome> processInTransaction(qint64 orderId);
    Result<IntakeOutcome> processOrder(qint64 orderId);
    Result<QString> claimedBy(qint64 orderId) const;
    const OrderVerifier::ProductLookup& productLookup();
    static bool isFullyReserved(const Order& order, const QList<Reservation>& reservations);
    Status markSeen(const Order& order);
    Status storeChecks(const Order& order, const VerificationReport& report);
    Status audit(const Order& order, const QString& action, const QJsonObject& before, const QJsonObject& after,
                 const QString& by = actor());
    /// Puts the order on (or keeps it on) a hold of `kind` with `reasons`, releasing `otherKind` for
    /// `otherReleaseReason`; a newly held order moves to on_hold and the customer's notice is queued. `by`
    /// places the hold and moves the order (intake itself, or the person who found the stock short).
    Status holdOrder(const Order& order, const QString& kind, const Hold* sameKind, const Hold* otherKind,
                     const QString& otherReleaseReason, const QList<HoldReason>& reasons, IntakeOutcome& outcome,
                     const QString& by = actor());
    Status placeHold(const Order& order, const QString& kind, const QList<HoldReason>& reasons,
                     const QString& by = actor());
    Status updateHoldReasons(const Hold& hold, const Order& order, const QList<HoldReason>& reasons);
    Status releaseHold(const Hold& hold, const Order& order, const QString& why);
    Status storeAllocation(const Order& order, const AllocationDecision& decision);
    Status removeAllocation(qint64 orderId);
    Status setWarehouse(qint64 orderId, const QString& warehouse);
    Status queuePendingNotice(const Order& order, const QList<HoldReason>& reasons);
    static QString reasonText(const QList<HoldReason>& reasons);
    static QString reasonMessages(const QList<HoldReason>& reasons);
    Result<QList<Hold>> openHoldsOf(qint64 orderId) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
    OrderVerifier m_verifier;
    Allocator m_allocator;
    OrderVerifier::ProductLookup m_productLookup;
};

} // namespace saypro
