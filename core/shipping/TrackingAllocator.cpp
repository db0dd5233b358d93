#include "TrackingAllocator.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace saypro {

namespace {

Status run(QSqlQuery& q, const QVariantList& values, const QString& what)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Database::exec(q, what);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TrackingRange readRange(const QSqlQuery& q)
{
    TrackingRange r;
    r.id = q.value(0).toLongLong();
    r.carrier = q.value(1).toString();
    r.name = q.value(2).toString();
    r.prefix = q.value(3).toString();
    r.suffix = q.value(4).toString();
    r.serialDigits = q.value(5).toInt();
    r.firstSerial = q.value(6).toLongLong();
    r.lastSerial = q.value(7).toLongLong();
    r.nextSerial = q.value(8).toLongLong();
    return r;
}

const QString kRangeColumns = QStringLiteral(
    "id, carrier, name, prefix, suffix, serial_digits, first_serial, last_serial, next_serial FROM tracking_ranges");

} // namespace

TrackingAllocator::TrackingAllocator(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

Result<QList<TrackingRange>> TrackingAllocator::ranges() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kRangeColumns + QStringLiteral(" ORDER BY carrier, id"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("read tracking ranges")); !r)
        return std::unexpected(r.error());
    QList<TrackingRange> out;
    while (q->next())
        out.append(readRange(*q));
    return out;
}

Result<qint64> TrackingAllocator::addRange(const TrackingRange& range, const QString& actor)
{
    if (!TrackingNumbers::carrierKeys().contains(range.carrier))
        return fail(Error::Code::InvalidArgument,
                    tr("“%1” is not a carrier this station knows; use one of %2.")
                        .arg(range.carrier, TrackingNumbers::carrierKeys().join(QStringLiteral(", "))),
                    QStringLiteral("add range: unknown carrier '%1'").arg(range.carrier));
    TrackingRange checked = range;
    checked.nextSerial = range.firstSerial;
    // Both ends must compose: the prefix, widths and check digit rules are right for the whole range.
    for (qint64 serial : {range.firstSerial, range.lastSerial})
        if (auto n = TrackingNumbers::compose(checked, serial); !n)
            return std::unexpected(n.error());

    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto overlap = m_db.prepare(QStringLiteral("SELECT id FROM tracking_ranges WHERE carrier = ? AND prefix = ? AND "
                                               "suffix = ? AND serial_digits = ? AND first_serial <= ? AND "
                                               "last_serial >= ? LIMIT 1"));
    if (!overlap)
        return std::unexpected(overlap.error());
    if (auto r = run(*overlap,
                     {range.carrier, range.prefix, Database::text(range.suffix), range.serialDigits, range.lastSerial,
                      range.firstSerial},
                     QStringLiteral("find overlapping ranges"));
        !r)
        return std::unexpected(r.error());
    if (overlap->next())
        return fail(Error::Code::Conflict,
                    tr("The range overlaps %1 range %2 already configured.")
                        .arg(range.carrier)
                        .arg(overlap->value(0).toLongLong()),
                    QStringLiteral("add range %1 %2 [%3, %4]: overlaps range %5")
                        .arg(range.carrier, range.prefix)
                        .arg(range.firstSerial)
                        .arg(range.lastSerial)
                        .arg(overlap->value(0).toLongLong()));
    overlap->finish();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO tracking_ranges (carrier, name, prefix, suffix, serial_digits, first_serial, last_serial, "
        "next_serial, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto r =
            run(*insert,
                {range.carrier, Database::text(range.name), Database::text(range.prefix), Database::text(range.suffix),
                 range.serialDigits, range.firstSerial, range.lastSerial, range.firstSerial, m_clock.nowMs()},
                QStringLiteral("insert tracking range"));
        !r)
        return std::unexpected(r.error());
    const qint64 id = insert->lastInsertId().toLongLong();
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("tracking_range");
    audit.entityId = QString::number(id);
    audit.action = QStringLiteral("created");
    audit.afterJson = compact({{QStringLiteral("carrier"), range.carrier},
                               {QStringLiteral("name"), range.name},
                               {QStringLiteral("prefix"), range.prefix},
                               {QStringLiteral("suffix"), range.suffix},
                               {QStringLiteral("serial_digits"), range.serialDigits},
                               {QStringLiteral("first"), range.firstSerial},
                               {QStringLiteral("last"), range.lastSerial}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcStorage).noquote() << "tracking range" << id << range.carrier << range.prefix << range.firstSerial << "-"
                                << range.lastSerial << "added by" << actor;
    return id;
}

Result<int> TrackingAllocator::addDefaultRanges(const QString& actor)
{
    QFile file(QStringLiteral(":/shipping/tracking-ranges.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("The built-in tracking number ranges could not be read."),
                    QStringLiteral("open :/shipping/tracking-ranges.json: %1").arg(file.errorString()));
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("ranges")).toArray();
    auto existing = ranges();
    if (!existing)
        return std::unexpected(existing.error());
    QStringList configured;
    for (const TrackingRange& r : *existing)
        configured << r.carrier;
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    int added = 0;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        TrackingRange range;
        range.carrier = o.value(QLatin1String("carrier")).toString();
        if (configured.contains(range.carrier))
            continue;
        range.name = o.value(QLatin1String("name")).toString();
        range.prefix = o.value(QLatin1String("prefix")).toString();
        range.suffix = o.value(QLatin1String("suffix")).toString();
        range.serialDigits = o.value(QLatin1String("serial_digits")).toInt();
        range.firstSerial = qint64(o.value(QLatin1String("first")).toDouble());
        range.lastSerial = qint64(o.value(QLatin1String("last")).toDouble());
        if (auto id = addRange(range, actor); !id)
            return std::unexpected(id.error());
        ++added;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return added;
}

Result<IssuedNumber> TrackingAllocator::allocate(const QString& carrier, qint64 orderId)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kRangeColumns +
                          QStringLiteral(" WHERE carrier = ? AND next_serial <= last_serial ORDER BY id LIMIT 1"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = run(*q, {carrier}, QStringLiteral("find a %1 range with numbers left").arg(carrier)); !r)
        return std::unexpected(r.error());
    if (!q->next()) {
        q->finish();
        if (!TrackingNumbers::carrierKeys().contains(carrier))
            return fail(Error::Code::InvalidArgument,
                        tr("“%1” is not a carrier this station knows; use one of %2.")
                            .arg(carrier, TrackingNumbers::carrierKeys().join(QStringLiteral(", "))),
                        QStringLiteral("allocate: unknown carrier '%1'").arg(carrier));
        return fail(Error::Code::Conflict,
                    tr("No %1 tracking numbers are left: every range is used up. Ask the carrier for a new range "
                       "and add it (saypro-stationctl tracking add-range).")
                        .arg(carrier),
                    QStringLiteral("allocate: no %1 range with next_serial <= last_serial").arg(carrier));
    }
    const TrackingRange range = readRange(*q);
    q->finish();
    auto number = TrackingNumbers::compose(range, range.nextSerial);
    if (!number)
        return std::unexpected(number.error());

    auto advance = m_db.prepare(
        QStringLiteral("UPDATE tracking_ranges SET next_serial = next_serial + 1 WHERE id = ? AND next_serial = ?"));
    if (!advance)
        return std::unexpected(advance.error());
    if (auto r = run(*advance, {range.id, range.nextSerial}, QStringLiteral("advance range %1").arg(range.id)); !r)
        return std::unexpected(r.error());
    if (advance->numRowsAffected() != 1)
        return fail(Error::Code::Conflict, tr("Another tracking number was issued at the same moment; try again."),
                    QStringLiteral("allocate: range %1 moved past %2").arg(range.id).arg(range.nextSerial));
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO tracking_numbers (number, carrier, range_id, serial, "
                                              "issued_at, station, order_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto r = run(*insert,
                     {*number, range.carrier, range.id, range.nextSerial, m_clock.nowMs(), Database::text(m_station),
                      orderId > 0 ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong))},
                     QStringLiteral("record tracking number %1").arg(*number));
        !r)
        return fail(Error::Code::Conflict,
                    tr("Tracking number %1 was issued before; the range is not set up correctly.").arg(*number),
                    QStringLiteral("allocate: %1 already in tracking_numbers: %2").arg(*number, r.error().detail));
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());

    IssuedNumber issued;
    issued.number = *number;
    issued.carrier = range.carrier;
    issued.rangeId = range.id;
    issued.serial = range.nextSerial;
    TrackingRange after = range;
    ++after.nextSerial;
    issued.left = after.left();
    issued.nearlyExhausted = after.isNearlyExhausted();
    if (issued.nearlyExhausted) {
        issued.warning = tr("The %1 range “%2” is nearly used up: %n number(s) left. Ask the carrier for the next "
                            "range.",
                            nullptr, int(std::min<qint64>(issued.left, std::numeric_limits<int>::max())))
                             .arg(range.carrier, range.name);
        qCWarning(lcStorage).noquote() << "tracking range" << range.id << range.carrier
                                       << "nearly exhausted:" << issued.left << "left of" << range.size();
    }
    qCInfo(lcStorage).noquote() << "tracking number" << issued.number << "issued from range" << range.id << "serial"
                                << issued.serial << "for order" << orderId;
    return issued;
}

Status TrackingAllocator::voidNumber(const QString& number, const QString& actor, const QString& reason)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE tracking_numbers SET voided_at = ?, void_reason = ? WHERE number = ? AND voided_at IS NULL"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = run(*q, {m_clock.nowMs(), Database::text(reason), number}, QStringLiteral("void %1").arg(number)); !r)
        return r;
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound,
                    tr("Tracking number %1 was not issued here, or is void already.").arg(number),
                    QStringLiteral("void: no live tracking number '%1'").arg(number));
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("tracking_number");
    audit.entityId = number;
    audit.action = QStringLiteral("voided");
    audit.afterJson = compact({{QStringLiteral("reason"), reason}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

} // namespace saypro
