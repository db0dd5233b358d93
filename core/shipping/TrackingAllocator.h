#pragma once
// shipping: issuing tracking numbers offline from the carriers' ranges. A number is committed to the database
// (tracking_numbers, unique) before anything uses it, and a range's next serial only ever moves forward: no
// number is issued twice, not after a crash, not after a void.

#include "common/Error.h"
#include "shipping/TrackingNumbers.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saypro {

class Clock;
class Database;

/// A number issued from a range.
struct IssuedNumber
{
    QString number;
    QString carrier; ///< the range's carrier key (ups, usps, fedex, fedex_ground, dhl, s10, local)
    qint64 rangeId = 0;
    qint64 serial = 0;
    qint64 left = 0;              ///< numbers left in the range after this one
    bool nearlyExhausted = false; ///< the range is at least 90 % used
    QString warning;              ///< translated, when nearly exhausted
};

class TrackingAllocator final
{
    Q_DECLARE_TR_FUNCTIONS(TrackingAllocator)

public:
    TrackingAllocator(Database& db, const Clock& clock, QString station);

    /// The ranges configured at this station, by carrier then id.
    Result<QList<TrackingRange>> ranges() const;
    /// Adds a range (audited). The first and last serial are checked by composing both numbers; a range that
    /// overlaps another of the same carrier, prefix and suffix is refused.
    Result<qint64> addRange(const TrackingRange& range, const QString& actor);
    /// Adds the built-in ranges (resources: tracking-ranges.json) for carriers that have none yet. Returns how
    /// many were added.
    Result<int> addDefaultRanges(const QString& actor);

    /// Issues the next number of `carrier`'s first range with numbers left, for `orderId` (0: none yet). The
    /// number and the range's new position commit together (joining the caller's transaction when there is
    /// one, which must then commit before the number is printed). Conflict when every range is used up.
    Result<IssuedNumber> allocate(const QString& carrier, qint64 orderId = 0);

    /// Marks an issued number void (audited); it is never issued again. Fails for an unknown number.
    Status voidNumber(const QString& number, const QString& actor, const QString& reason);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

} // namespace saypro
