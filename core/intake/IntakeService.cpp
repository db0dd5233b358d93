#include "IntakeService.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/Gtin.h"
#include "domain/OrderStatus.h"
#include "intake/PendingNotice.h"
#include "inventory/InventoryStore.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace saypro {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IntakeService", text);
}

/// Orders committed per transaction in a pass.
constexpr int kBatch = 100;

QString compactJson(const QJsonValue& value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray reasonsJson(const QList<HoldReason>& reasons)
{
    QJsonArray array;
    for (const HoldReason& r : reasons)
        array.append(QJsonObject{{QStringLiteral("check"), r.check},
                                 {QStringLiteral("message"), r.message},
                                 {QStringLiteral("detail"), r.detail}});
    return array;
}

QList<HoldReason> reasonsFromJson(const QString& text)
{
    QList<HoldReason> reasons;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        reasons.append(HoldReason{o.value(QLatin1String("check")).toString(),
                                  o.value(QLatin1String("message")).toString(),
                                  o.value(QLatin1String("detail")).toString()});
    }
    return reasons;
}

QStringList reasonChecks(const QList<HoldReason>& reasons)
{
    QStringList ids;
    for (const HoldReason& r : reasons)
        ids << r.check + QLatin1Char(':') + r.detail;
    return ids;
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/// Runs `body` inside a savepoint: on error everything it wrote is undone and the error returned.
template <typename T> Result<T> inSavepoint(Database& db, const std::function<Result<T>()>& body)
{
    if (auto r = db.execute(QStringLiteral("SAVEPOINT intake_order")); !r)
        return std::unexpected(r.error());
    Result<T> result = body();
    if (!result) {
        if (auto r = db.execute(QStringLiteral("ROLLBACK TO intake_order")); !r)
            return std::unexpected(r.error());
    }
    if (auto r = db.execute(QStringLiteral("RELEASE intake_order")); !r)
        return std::unexpected(r.error());
    return result;
}

bool isIntakeStatus(OrderStatus s)
{
    return s == OrderStatus::New || s == OrderStatus::Verified || s == OrderStatus::Ready || s == OrderStatus::OnHold;
}

} // namespace

QString IntakeOutcome::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Ready:
        return QStringLiteral("ready");
    case Kind::Held:
        return QStringLiteral("held");
    case Kind::Backordered:
        return QStringLiteral("backordered");
    case Kind::StillHeld:
        return QStringLiteral("still_held");
    case Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

IntakeService::IntakeService(Database& db, const Clock& clock, QString station, OrderVerifier verifier,
                             Allocator allocator)
    : m_db(db), m_clock(clock), m_station(std::move(station)), m_verifier(std::move(verifier)),
      m_allocator(std::move(allocator))
{}

// ---- The pass -----------------------------------------------------------------------------------------

Result<IntakeReport> IntakeService::run(int maxOrders)
{
    IntakeReport report;

    // 1. Cancelled orders give their reservations back; stock that fell below what is reserved gives back
    //    the newest reservations (those orders become due again).
    {
        Transaction tx(m_db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        // Driven from the (small) reservations table; CROSS JOIN keeps SQLite from starting at orders.
        auto cancelled = m_db.prepare(
            QStringLiteral("SELECT DISTINCT r.order_id FROM reservations r CROSS JOIN orders o ON o.id = r.order_id "
                           "WHERE o.status = 'cancelled' OR (o.claimed_by <> '' AND o.claimed_by <> ?)"));
        if (!cancelled)
            return std::unexpected(cancelled.error());
        cancelled->addBindValue(Database::text(m_station));
        if (auto r = Database::exec(*cancelled, QStringLiteral("find reservations of cancelled orders")); !r)
            return std::unexpected(r.error());
        QList<qint64> ids;
        while (cancelled->next())
            ids << cancelled->value(0).toLongLong();
        cancelled->finish();
        InventoryStore inventory(m_db, m_clock, m_station);
        for (qint64 id : std::as_const(ids)) {
            auto released =
                inventory.releaseOrder(id, actor(), QStringLiteral("order cancelled or claimed by another station"));
            if (!released)
                return std::unexpected(released.error());
            report.reservationsReleased += *released;
        }
        auto rebalanced = inventory.rebalance();
        if (!rebalanced)
            return std::unexpected(rebalanced.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
    }

    // 2. Orders due: new or changed since intake saw them, and every order on an intake hold (its cause
    //    may have cleared: stock arrived, the catalogue learnt a product).
    QList<qint64> due;
    {
        auto q =
            m_db.prepare(QStringLiteral("SELECT id FROM orders WHERE verified_version IS NOT version ORDER BY id"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = Database::exec(*q, QStringLiteral("find orders due for intake")); !r)
            return std::unexpected(r.error());
        while (q->next())
            due << q->value(0).toLongLong();
        q->finish();
        auto held = m_db.prepare(QStringLiteral("SELECT DISTINCT order_id FROM holds WHERE released_at IS NULL "
                                                "AND kind IN ('verification', 'backorder') ORDER BY placed_at, id"));
        if (!held)
            return std::unexpected(held.error());
        if (auto r = Database::exec(*held, QStringLiteral("find orders on intake holds")); !r)
            return std::unexpected(r.error());
        QSet<qint64> seen(due.cbegin(), due.cend());
        while (held->next()) {
            const qint64 id = held->value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                due << id;
            }
        }
    }
    if (maxOrders >= 0 && due.size() > maxOrders)
        due.resize(maxOrders);

    for (qsizetype start = 0; start < due.size(); start += kBatch) {
        Transaction tx(m_db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        const qsizetype end = std::min(due.size(), start + kBatch);
        QList<IntakeOutcome> batch;
        for (qsizetype i = start; i < end; ++i) {
            auto outcome = processInTransaction(due.at(i));
            if (!outcome) {
                if (outcome.error().code == Error::Code::Storage)
                    return std::unexpected(outcome.error());
                // A problem with this order only: it stays due and is logged; the pass goes on.
                qCWarning(lcStorage).noquote()
                    << "intake: order" << due.at(i) << "not processed:" << outcome.error().toString();
                continue;
            }
            batch.append(*outcome);
        }
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        for (const IntakeOutcome& o : std::as_const(batch)) {
            ++report.examined;
            switch (o.kind) {
            case IntakeOutcome::Kind::Ready:
                ++report.ready;
                break;
            case IntakeOutcome::Kind::Held:
                ++report.held;
                break;
            case IntakeOutcome::Kind::Backordered:
                ++report.backordered;
                break;
            case IntakeOutcome::Kind::StillHeld:
                ++report.stillHeld;
                break;
            case IntakeOutcome::Kind::Skipped:
                ++report.skipped;
                break;
            }
            if (o.released)
                ++report.released;
            if (o.noticeQueued)
                ++report.notificationsQueued;
            report.outcomes.append(o);
        }
    }
    if (report.examined > 0)
        qCInfo(lcStorage).noquote() << QStringLiteral("intake: %1 examined, %2 ready, %3 held, %4 backordered, "
                                                      "%5 released, %6 still held, %7 skipped")
                                           .arg(report.examined)
                                           .arg(report.ready)
                                           .arg(report.held)
                                           .arg(report.backordered)
                                           .arg(report.released)
                                           .arg(report.stillHeld)
                                           .arg(report.skipped);
    return report;
}

Result<IntakeOutcome> IntakeService::process(qint64 orderId)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto outcome = processInTransaction(orderId);
    if (!outcome)
        return outcome;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return outcome;
}

Status IntakeService::holdForBackorder(qint64 orderId, const QList<HoldReason>& reasons, const QString& by)
{
    if (reasons.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A backorder hold needs a reason."),
                    QStringLiteral("holdForBackorder: order %1 without reasons").arg(orderId));
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    auto loaded = OrderStore(m_db, m_clock, m_station).findById(orderId);
    if (!loaded)
        return std::unexpected(loaded.error());
    const Order& order = *loaded;
    if (order.status != OrderStatus::OnHold)
        if (auto allowed = FulfilmentStateMachine::validate(order.status, OrderStatus::OnHold); !allowed)
            return std::unexpected(allowed.error());
    auto open = openHoldsOf(order.id);
    if (!open)
        return std::unexpected(open.error());
    const Hold* backorderHold = nullptr;
    for (const Hold& h : std::as_const(*open))
        if (h.kind == Hold::Backorder)
            backorderHold = &h;
    IntakeOutcome outcome;
    if (auto r = holdOrder(order, QString(Hold::Backorder), backorderHold, nullptr, QString(), reasons, outcome, by);
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcStorage).noquote() << "intake: order" << order.number << "backordered by" << by << "("
                                << reasonText(reasons) << ")" << (outcome.noticeQueued ? "; customer told" : "");
    return {};
}

// ---- One order ----------------------------------------------------------------------------------------

Result<IntakeOutcome> IntakeService::processInTransaction(qint64 orderId)
{
    return inSavepoint<IntakeOutcome>(m_db, [&]() { return processOrder(orderId); });
}

Result<IntakeOutcome> IntakeService::processOrder(qint64 orderId)
{
    OrderStore orders(m_db, m_clock, m_station);
    auto loaded = orders.findById(orderId);
    if (!loaded)
        return std::unexpected(loaded.error());
    const Order& order = *loaded;

    IntakeOutcome outcome;
    outcome.orderId = order.id;
    outcome.orderNumber = order.number;

    auto open = openHoldsOf(order.id);
    if (!open)
        return std::unexpected(open.error());
    const Hold* supervisorHold = nullptr;
    const Hold* verificationHold = nullptr;
    const Hold* backorderHold = nullptr;
    for (const Hold& h : std::as_const(*open)) {
        if (h.kind == Hold::Supervisor)
            supervisorHold = &h;
        else if (h.kind == Hold::Verification)
            verificationHold = &h;
        else if (h.kind == Hold::Backorder)
            backorderHold = &h;
    }

    // Past intake, on a person's hold (also an order on hold with no intake hold: someone else held it),
    // or claimed by another station, which does its intake: nothing to decide here.
    const bool heldByPerson =
        supervisorHold || (order.status == OrderStatus::OnHold && !verificationHold && !backorderHold);
    auto claim = claimedBy(order.id);
    if (!claim)
        return std::unexpected(claim.error());
    const bool claimedElsewhere = !claim->isEmpty() && *claim != m_station;
    if (!isIntakeStatus(order.status) || heldByPerson || claimedElsewhere) {
        if (!isIntakeStatus(order.status) || claimedElsewhere) {
            // Intake's own holds end with it (a cancelled order is not waiting for payment any more).
            for (const Hold* h : {verificationHold, backorderHold})
                if (h)
                    if (auto r = releaseHold(*h, order, QString(Hold::ReleasedLeftIntake)); !r)
                        return std::unexpected(r.error());
        }
        if (auto r = markSeen(order); !r)
            return std::unexpected(r.error());
        outcome.kind = IntakeOutcome::Kind::Skipped;
        return outcome;
    }

    // Verification.
    const OrderVerifier::ProductLookup& lookup = productLookup();
    const VerificationReport checks = m_verifier.verify(order, lookup);

    if (!checks.passed()) {
        QList<HoldReason> reasons;
        for (const VerificationCheck& c : checks.checks)
            if (!c.passed)
                reasons.append(HoldReason{c.id, c.message, c.detail});
        outcome.failedChecks = checks.failedIds();
        if (order.status == OrderStatus::OnHold && verificationHold && !backorderHold &&
            reasonChecks(verificationHold->reasons) == reasonChecks(reasons)) {
            // The same causes as before: leave everything as it is.
            if (auto r = markSeen(order); !r)
                return std::unexpected(r.error());
            outcome.kind = IntakeOutcome::Kind::StillHeld;
            return outcome;
        }
        if (auto r = storeChecks(order, checks); !r)
            return std::unexpected(r.error());
        auto released = InventoryStore(m_db, m_clock, m_station)
                            .releaseOrder(order.id, actor(), QStringLiteral("verification failed"));
        if (!released)
            return std::unexpected(released.error());
        if (auto r = removeAllocation(order.id); !r)
            return std::unexpected(r.error());
        if (auto r = holdOrder(order, QString(Hold::Verification), verificationHold, backorderHold,
                               QString(Hold::ReleasedReplaced), reasons, outcome);
            !r)
            return std::unexpected(r.error());
        outcome.kind = IntakeOutcome::Kind::Held;
        return outcome;
    }

    if (auto r = storeChecks(order, checks); !r)
        return std::unexpected(r.error());

    // Allocation. A ready order that did not change keeps what it has.
    InventoryStore inventory(m_db, m_clock, m_station);
    auto reserved = inventory.reservationsForOrder(order.id);
    if (!reserved)
        return std::unexpected(reserved.error());
    if (order.status == OrderStatus::Ready && !reserved->isEmpty() && isFullyReserved(order, *reserved)) {
        if (auto r = markSeen(order); !r)
            return std::unexpected(r.error());
        auto stored = allocation(order.id);
        outcome.kind = IntakeOutcome::Kind::Ready;
        if (stored && *stored) {
            outcome.allocationOutcome = (*stored)->outcome;
            outcome.warehouses = (*stored)->warehouses;
        }
        return outcome;
    }
    if (!reserved->isEmpty()) {
        auto released = inventory.releaseOrder(order.id, actor(), QStringLiteral("order re-allocated"));
        if (!released)
            return std::unexpected(released.error());
    }

    QList<AllocationLine> lines;
    QStringList skus;
    for (const OrderLine& l : order.lines) {
        lines.append(AllocationLine{l.id, l.sku, l.quantityToShip()});
        if (!skus.contains(l.sku))
            skus << l.sku;
    }
    auto levels = inventory.availableFor(skus);
    if (!levels)
        return std::unexpected(levels.error());
    QHash<QString, QList<BinStock>> stock;
    for (auto it = levels->cbegin(); it != levels->cend(); ++it)
        for (const StockLevel& s : it.value())
            if (s.available() > 0)
                stock[it.key()].append(BinStock{s.warehouse(), s.location, s.available()});
    const AllocationDecision decision = m_allocator.allocate(order.shipTo, lines, stock);
    outcome.allocationOutcome = AllocationDecision::outcomeKey(decision.outcome);
    outcome.warehouses = decision.warehouses;

    const bool wasHeld = order.status == OrderStatus::OnHold;
    if (decision.outcome == AllocationDecision::Outcome::Backorder) {
        QList<HoldReason> reasons;
        for (const Shortfall& s : decision.shortfalls)
            reasons.append(HoldReason{
                QStringLiteral("stock"), tr("%1: %2 needed, %3 available.").arg(s.sku).arg(s.needed).arg(s.available),
                QStringLiteral("%1 needed %2 available %3").arg(s.sku).arg(s.needed).arg(s.available)});
        if (wasHeld && backorderHold && !verificationHold &&
            reasonChecks(backorderHold->reasons) == reasonChecks(reasons)) {
            // Still short by the same amounts: nothing to write.
            if (auto r = markSeen(order); !r)
                return std::unexpected(r.error());
            outcome.kind = IntakeOutcome::Kind::StillHeld;
            return outcome;
        }
        if (auto r = storeAllocation(order, decision); !r)
            return std::unexpected(r.error());
        if (auto r = holdOrder(order, QString(Hold::Backorder), backorderHold, verificationHold,
                               QString(Hold::ReleasedChecksPassed), reasons, outcome);
            !r)
            return std::unexpected(r.error());
        outcome.kind = IntakeOutcome::Kind::Backordered;
        return outcome;
    }

    if (auto r = storeAllocation(order, decision); !r)
        return std::unexpected(r.error());
    for (const AllocationPick& p : decision.picks)
        if (auto r = inventory.reserve(order.id, p.lineId, p.location, p.quantity); !r)
            return std::unexpected(r.error());
    if (auto r = setWarehouse(order.id, decision.warehouses.value(0)); !r)
        return std::unexpected(r.error());

    // Release intake holds: the cause has cleared.
    if (verificationHold)
        if (auto r = releaseHold(*verificationHold, order, QString(Hold::ReleasedChecksPassed)); !r)
            return std::unexpected(r.error());
    if (backorderHold)
        if (auto r = releaseHold(*backorderHold, order, QString(Hold::ReleasedStockAvailable)); !r)
            return std::unexpected(r.error());
    outcome.released = wasHeld;

    if (order.status == OrderStatus::New || order.status == OrderStatus::OnHold)
        if (auto r = orders.transition(order.id, OrderStatus::Verified, actor(),
                                       wasHeld ? tr("Hold released: the cause has cleared.") : QString());
            !r)
            return std::unexpected(r.error());
    if (order.status != OrderStatus::Ready)
        if (auto r = orders.transition(order.id, OrderStatus::Ready, actor(), decision.message); !r)
            return std::unexpected(r.error());
    if (auto r = markSeen(order); !r)
        return std::unexpected(r.error());
    outcome.kind = IntakeOutcome::Kind::Ready;
    return outcome;
}

// ---- Helpers ------------------------------------------------------------------------------------------

Status IntakeService::holdOrder(const Order& order, const QString& kind, const Hold* sameKind, const Hold* otherKind,
                                const QString& otherReleaseReason, const QList<HoldReason>& reasons,
                                IntakeOutcome& outcome, const QString& by)
{
    if (otherKind)
        if (auto r = releaseHold(*otherKind, order, otherReleaseReason); !r)
            return r;
    if (!sameKind) {
        if (auto r = placeHold(order, kind, reasons, by); !r)
            return r;
    } else if (reasonChecks(sameKind->reasons) != reasonChecks(reasons)) {
        if (auto r = updateHoldReasons(*sameKind, order, reasons); !r)
            return r;
    }
    if (order.status != OrderStatus::OnHold) {
        // Newly held: the marketplace hears of it and the customer is told "pending", once.
        if (auto r = OrderStore(m_db, m_clock, m_station)
                         .transition(order.id, OrderStatus::OnHold, by, reasonMessages(reasons));
            !r)
            return std::unexpected(r.error());
        if (auto r = queuePendingNotice(order, reasons); !r)
            return r;
        outcome.noticeQueued = true;
    }
    return markSeen(order);
}

const OrderVerifier::ProductLookup& IntakeService::productLookup()
{
    // Prepared once per service (a pass), not once per order.
    if (m_productLookup)
        return m_productLookup;
    auto q = std::make_shared<QSqlQuery>(m_db.connection());
    q->setForwardOnly(true);
    const bool prepared = q->prepare(QStringLiteral("SELECT coalesce(gtin, '') FROM products WHERE sku = ?"));
    m_productLookup = [q, prepared](const QString& sku, const QString& gtin) {
        if (!prepared)
            return false;
        q->addBindValue(sku);
        if (!q->exec() || !q->next()) {
            q->finish();
            return false;
        }
        const QString known = q->value(0).toString();
        q->finish();
        // The marketplace may send a GTIN-12 or -13 as a GTIN-14 and the other way round.
        return gtin.isEmpty() || (!known.isEmpty() && Gtin::toGtin14(known) == Gtin::toGtin14(gtin));
    };
    return m_productLookup;
}

bool IntakeService::isFullyReserved(const Order& order, const QList<Reservation>& reservations)
{
    QHash<qint64, int> held;
    QHash<qint64, QString> lineSku;
    for (const OrderLine& l : order.lines)
        lineSku.insert(l.id, l.sku);
    for (const Reservation& r : reservations) {
        // A reservation for a line that no longer exists or now names another SKU is stale.
        if (lineSku.value(r.orderLineId) != r.sku)
            return false;
        held[r.orderLineId] += r.quantity;
    }
    for (const OrderLine& l : order.lines)
        if (held.value(l.id) != l.quantityToShip())
            return false;
    return true;
}

Result<QString> IntakeService::claimedBy(qint64 orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT claimed_by FROM orders WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read claim of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toString() : QString();
}

Status IntakeService::markSeen(const Order& order)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE orders SET verified_version = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(order.version);
    q->addBindValue(order.id);
    return Database::exec(*q, QStringLiteral("mark order %1 seen by intake").arg(order.number));
}

Status IntakeService::storeChecks(const Order& order, const VerificationReport& report)
{
    // Unchanged results of the same order version are left as they are (a held order is looked at on
    // every pass).
    auto stored = checks(order.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->size() == report.checks.size()) {
        bool same = true;
        for (const StoredCheck& c : std::as_const(*stored)) {
            const auto now = report.check(c.id);
            same = same && now && now->passed == c.passed && now->detail == c.detail && c.orderVersion == order.version;
        }
        if (same)
            return {};
    }
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO order_checks(order_id, check_id, passed, message, detail, order_version, checked_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id, check_id) DO UPDATE SET passed = excluded.passed, "
        "message = excluded.message, detail = excluded.detail, order_version = excluded.order_version, "
        "checked_at = excluded.checked_at"));
    if (!q)
        return std::unexpected(q.error());
    const qint64 now = m_clock.nowMs();
    for (const VerificationCheck& c : report.checks) {
        q->addBindValue(order.id);
        q->addBindValue(c.id);
        q->addBindValue(c.passed ? 1 : 0);
        q->addBindValue(Database::text(c.message));
        q->addBindValue(Database::text(c.detail));
        q->addBindValue(order.version);
        q->addBindValue(now);
        if (auto r = Database::exec(*q, QStringLiteral("store check %1 of %2").arg(c.id, order.number)); !r)
            return r;
    }
    return {};
}

Status IntakeService::audit(const Order& order, const QString& action, const QJsonObject& before,
                            const QJsonObject& after, const QString& by)
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.actor = by;
    entry.station = m_station;
    entry.entity = QStringLiteral("order");
    entry.entityId = order.number;
    entry.action = action;
    entry.beforeJson = compactJson(before);
    entry.afterJson = compactJson(after);
    if (auto r = AuditLog(m_db).append(entry); !r)
        return std::unexpected(r.error());
    return {};
}

Status IntakeService::placeHold(const Order& order, const QString& kind, const QList<HoldReason>& reasons,
                                const QString& by)
{
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO holds(order_id, kind, reasons, placed_at, placed_by) VALUES(?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(order.id);
    q->addBindValue(kind);
    q->addBindValue(compactJson(reasonsJson(reasons)));
    q->addBindValue(m_clock.nowMs());
    q->addBindValue(by);
    if (auto r = Database::exec(*q, QStringLiteral("place %1 hold on %2").arg(kind, order.number)); !r)
        return r;
    qCInfo(lcStorage).noquote() << "intake: order" << order.number << kind << "hold by" << by << ":"
                                << reasonText(reasons);
    return audit(order, QStringLiteral("hold_placed"), {},
                 QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("reasons"), reasonsJson(reasons)}}, by);
}

Status IntakeService::updateHoldReasons(const Hold& hold, const Order& order, const QList<HoldReason>& reasons)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE holds SET reasons = ? WHERE id = ? AND released_at IS NULL"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(compactJson(reasonsJson(reasons)));
    q->addBindValue(hold.id);
    if (auto r = Database::exec(*q, QStringLiteral("update hold %1 of %2").arg(hold.id).arg(order.number)); !r)
        return r;
    return audit(
        order, QStringLiteral("hold_reasons_changed"),
        QJsonObject{{QStringLiteral("kind"), hold.kind}, {QStringLiteral("reasons"), reasonsJson(hold.reasons)}},
        QJsonObject{{QStringLiteral("kind"), hold.kind}, {QStringLiteral("reasons"), reasonsJson(reasons)}});
}

Status IntakeService::releaseHold(const Hold& hold, const Order& order, const QString& why)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE holds SET released_at = ?, released_by = ?, release_reason = ? "
                                         "WHERE id = ? AND released_at IS NULL"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(m_clock.nowMs());
    q->addBindValue(actor());
    q->addBindValue(why);
    q->addBindValue(hold.id);
    if (auto r = Database::exec(*q, QStringLiteral("release hold %1 of %2").arg(hold.id).arg(order.number)); !r)
        return r;
    qCInfo(lcStorage).noquote() << "intake: order" << order.number << hold.kind << "hold released:" << why;
    return audit(
        order, QStringLiteral("hold_released"),
        QJsonObject{{QStringLiteral("kind"), hold.kind}, {QStringLiteral("reasons"), reasonsJson(hold.reasons)}},
        QJsonObject{{QStringLiteral("kind"), hold.kind},
                    {QStringLiteral("released_because"), why},
                    {QStringLiteral("reason"), releaseReasonText(why)}});
}

Status IntakeService::storeAllocation(const Order& order, const AllocationDecision& decision)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO allocations(order_id, outcome, warehouses, destination_key, message, detail, decided_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id) DO UPDATE SET outcome = excluded.outcome, "
        "warehouses = excluded.warehouses, destination_key = excluded.destination_key, "
        "message = excluded.message, detail = excluded.detail, decided_at = excluded.decided_at"));
    if (!q)
        return std::unexpected(q.error());
    const QString outcome = AllocationDecision::outcomeKey(decision.outcome);
    q->addBindValue(order.id);
    q->addBindValue(outcome);
    q->addBindValue(Database::text(decision.warehouses.join(QLatin1Char(','))));
    q->addBindValue(Database::text(decision.destinationKey));
    q->addBindValue(Database::text(decision.message));
    q->addBindValue(Database::text(decision.detail));
    q->addBindValue(m_clock.nowMs());
    if (auto r = Database::exec(*q, QStringLiteral("store allocation of %1").arg(order.number)); !r)
        return r;
    QJsonArray picks;
    for (const AllocationPick& p : decision.picks)
        picks.append(QJsonObject{{QStringLiteral("sku"), p.sku},
                                 {QStringLiteral("location"), p.location},
                                 {QStringLiteral("quantity"), p.quantity}});
    return audit(order, QStringLiteral("allocated"), {},
                 QJsonObject{{QStringLiteral("outcome"), outcome},
                             {QStringLiteral("warehouses"), QJsonArray::fromStringList(decision.warehouses)},
                             {QStringLiteral("destination"), decision.destinationKey},
                             {QStringLiteral("picks"), picks},
                             {QStringLiteral("reason"), decision.detail}});
}

Status IntakeService::removeAllocation(qint64 orderId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM allocations WHERE order_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    return Database::exec(*q, QStringLiteral("remove allocation of order %1").arg(orderId));
}

Status IntakeService::setWarehouse(qint64 orderId, const QString& warehouse)
{
    if (warehouse.isEmpty())
        return {};
    if (auto r = CatalogueStore(m_db).recordWarehouseCode(warehouse); !r)
        return r;
    auto q = m_db.prepare(QStringLiteral("UPDATE orders SET warehouse = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(warehouse);
    q->addBindValue(orderId);
    return Database::exec(*q, QStringLiteral("set warehouse of order %1").arg(orderId));
}

Status IntakeService::queuePendingNotice(const Order& order, const QList<HoldReason>& reasons)
{
    QStringList checks;
    for (const HoldReason& r : reasons)
        checks << r.check;
    const QString& mid = order.marketplaceId;
    // The same body and the same key at every station that holds this version of the order for the same
    // kind of cause (the key is a name-based UUID of order, version and cause; the sequence is the order's
    // version): however many stations hold it, the marketplace tells the customer once.
    const QJsonObject payload = PendingNotice::compose(order, checks, int(order.version));
    const QString key = PendingNotice::idempotencyKey(mid, order.version, checks);
    auto known = m_db.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE idempotency_key = ?"));
    if (!known)
        return std::unexpected(known.error());
    known->addBindValue(key);
    if (auto r = Database::exec(*known, QStringLiteral("look up notice %1").arg(key)); !r)
        return r;
    if (known->next())
        return {}; // this station already told the customer about this version and cause
    known->finish();
    if (auto r = Outbox(m_db, m_clock)
                     .enqueueWithKey(order.id, QStringLiteral("notification"),
                                     QStringLiteral("/v1/orders/%1/notifications").arg(mid), payload, key);
        !r)
        return std::unexpected(r.error());
    return {};
}

QString IntakeService::releaseReasonText(const QString& key)
{
    if (key == Hold::ReleasedChecksPassed)
        return tr("Every check passes now");
    if (key == Hold::ReleasedStockAvailable)
        return tr("The stock arrived");
    if (key == Hold::ReleasedReplaced)
        return tr("Replaced by a hold of another kind");
    if (key == Hold::ReleasedLeftIntake)
        return tr("Cancelled, or taken by another station");
    return key;
}

QString IntakeService::reasonMessages(const QList<HoldReason>& reasons)
{
    QStringList parts;
    for (const HoldReason& r : reasons)
        parts << r.message;
    return parts.join(QLatin1Char(' '));
}

QString IntakeService::reasonText(const QList<HoldReason>& reasons)
{
    QStringList parts;
    for (const HoldReason& r : reasons)
        parts << r.detail;
    return parts.join(QStringLiteral("; "));
}

Result<QList<Hold>> IntakeService::openHoldsOf(qint64 orderId) const
{
    auto all = holds(orderId);
    if (!all)
        return all;
    QList<Hold> open;
    for (const Hold& h : std::as_const(*all))
        if (h.isOpen())
            open.append(h);
    return open;
}

// ---- Reading ------------------------------------------------------------------------------------------

Result<QList<StoredCheck>> IntakeService::checks(qint64 orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT check_id, passed, message, detail, order_version, checked_at "
                                         "FROM order_checks WHERE order_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read checks of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    QHash<QString, StoredCheck> byId;
    while (q->next()) {
        StoredCheck c;
        c.id = q->value(0).toString();
        c.passed = q->value(1).toInt() != 0;
        c.message = q->value(2).toString();
        c.detail = q->value(3).toString();
        c.orderVersion = q->value(4).toLongLong();
        c.checkedAt = fromMs(q->value(5));
        byId.insert(c.id, c);
    }
    QList<StoredCheck> ordered;
    for (const QString& id : VerificationCheck::allIds())
        if (byId.contains(id))
            ordered.append(byId.take(id));
    for (const StoredCheck& c : std::as_const(byId))
        ordered.append(c);
    return ordered;
}

namespace {
Hold holdFromQuery(const QSqlQuery& q)
{
    Hold h;
    h.id = q.value(0).toLongLong();
    h.orderId = q.value(1).toLongLong();
    h.orderNumber = q.value(2).toString();
    h.kind = q.value(3).toString();
    h.reasons = reasonsFromJson(q.value(4).toString());
    h.placedAt = fromMs(q.value(5));
    h.placedBy = q.value(6).toString();
    h.releasedAt = fromMs(q.value(7));
    h.releasedBy = q.value(8).toString();
    h.releaseReason = q.value(9).toString();
    return h;
}
const QString kHoldColumns =
    QStringLiteral("h.id, h.order_id, o.number, h.kind, h.reasons, h.placed_at, h.placed_by, h.released_at, "
                   "h.released_by, h.release_reason FROM holds h JOIN orders o ON o.id = h.order_id");
} // namespace

Result<QList<Hold>> IntakeService::holds(qint64 orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 WHERE h.order_id = ? ORDER BY h.id DESC").arg(kHoldColumns));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read holds of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    QList<Hold> list;
    while (q->next())
        list.append(holdFromQuery(*q));
    return list;
}

Result<QList<Hold>> IntakeService::openHolds(const QString& kind, int limit) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE h.released_at IS NULL AND (? = '' OR h.kind = ?) ORDER BY h.placed_at, h.id "
                       "LIMIT ?")
            .arg(kHoldColumns));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(Database::text(kind));
    q->addBindValue(Database::text(kind));
    q->addBindValue(std::max(0, limit));
    if (auto r = Database::exec(*q, QStringLiteral("read open holds")); !r)
        return std::unexpected(r.error());
    QList<Hold> list;
    while (q->next())
        list.append(holdFromQuery(*q));
    return list;
}

Result<std::optional<StoredAllocation>> IntakeService::allocation(qint64 orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT outcome, warehouses, destination_key, message, detail, decided_at "
                                         "FROM allocations WHERE order_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read allocation of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return std::optional<StoredAllocation>();
    StoredAllocation a;
    a.outcome = q->value(0).toString();
    const QString warehouses = q->value(1).toString();
    a.warehouses = warehouses.isEmpty() ? QStringList() : warehouses.split(QLatin1Char(','));
    a.destinationKey = q->value(2).toString();
    a.message = q->value(3).toString();
    a.detail = q->value(4).toString();
    a.decidedAt = fromMs(q->value(5));
    return std::optional<StoredAllocation>(a);
}

} // namespace saypro
