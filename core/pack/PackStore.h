#pragma once
// pack: packing in the station's cache. Opening a pack moves the order picked -> packing; every step of the
// pack (each scan, accepted or not, an undo, a new parcel, an acknowledged instruction, a weighing, an
// override) is written before the packer sees its result, so a pack survives a crash and resumes where it
// was; closing writes the shipment, its parcels and their contents and moves the order to packed, with the
// audit rows and the marketplace event, in one transaction.

#include "common/Error.h"
#include "pack/PackSession.h"
#include "storage/OrderSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace saypro {

class Clock;
class Database;

/// What closing a pack stored.
struct PackClosed
{
    qint64 orderId = 0;
    QString orderNumber;
    qint64 shipmentId = 0;
    QList<qint64> parcelIds; ///< in parcel order
    int units = 0;
    QString message; ///< translated ("Order SP-… packed: 2 parcels, 5 items")
};

class PackStore final
{
    Q_DECLARE_TR_FUNCTIONS(PackStore)

public:
    PackStore(Database& db, const Clock& clock, QString station);

    /// Orders to pack, most urgent first: picked ones, and those being packed. At most `limit`.
    Result<QList<OrderSummary>> queue(int limit) const;

    /// The local id of order `number`; NotFound (with a message for the packer) when the cache has no such order.
    Result<qint64> orderIdByNumber(const QString& number) const;

    /// Opens the pack of an order that is picked (-> packing, audited, the marketplace told) or resumes the
    /// one in progress (packing): the session is rebuilt from the pack's stored steps. Lines split off at a
    /// short pick count only what ships. Serials already shipped are known to the session.
    Result<std::unique_ptr<PackSession>> open(qint64 orderId, const QString& actor, const PackSettings& settings = {});

    /// Writes one scan of the open pack: its scan_log row (context "pack") and, when accepted, the step that
    /// replays it. `today` is the date the expiry was checked against (replayed with it).
    Status recordScan(qint64 orderId, const ScanOutcome& outcome, QDate today, const QString& actor);
    /// A scan outside an open pack (e.g. the order number that opens one): its scan_log row only; `orderId` 0
    /// when it concerned no order.
    Status logScan(const ScanOutcome& outcome, const QString& context, const QString& actor, qint64 orderId = 0);
    /// Writes an undo (audited: the packer took a unit back).
    Status recordUndo(qint64 orderId, const PackUndo& undo, const QString& actor);
    Status recordNewParcel(qint64 orderId, int parcel, const QString& actor);
    Status recordAcknowledged(qint64 orderId, const PackInstruction& instruction, const QString& actor);
    Status recordWeight(qint64 orderId, const WeightCheck& check, const QString& actor);
    /// Audited: a supervisor accepted a weight outside tolerance.
    Status recordOverride(qint64 orderId, const WeightOverride& override, const QString& actor);

    /// Closes the pack: refused while session.canClose() is not empty, or when the order is no longer being
    /// packed. Writes the shipment (status "packed"), its parcels with weights and contents, the serial,
    /// batch and expiry of each unit that has one (a serial already shipped is refused), and packing ->
    /// packed with its audit row and marketplace event, all or nothing.
    Result<PackClosed> close(const PackSession& session, const QString& actor);

    /// Serials of `skus` that are already in a closed pack, as PackSession::shippedSerialKey(sku, serial).
    Result<QSet<QString>> shippedSerials(const QStringList& skus) const;

private:
    Result<int> currentPack(qint64 orderId) const;
    Status appendEvent(qint64 orderId, const QString& kind, const QJsonObject& data, const QString& actor);
    Status insertScanLog(const ScanOutcome& outcome, qint64 orderId, const QString& context, const QString& actor);
    Status replay(PackSession& session, qint64 orderId, int pack) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

} // namespace saypro
