#pragma once
// intake: distances from delivery regions (ZA provinces, US states, countries) to warehouses, and ranking them.

#include "common/Error.h"
#include "domain/Address.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace saypro {

/// Road distances in whole kilometres from a destination to each warehouse, keyed by destination:
///
/// - "CC-REGION": a region of a country: ISO 3166-1 alpha-2 country code, '-', the region code of
///   Address::region (ZA province such as "ZA-GP", "ZA-KZN"; US state such as "US-CA"), upper case;
/// - "CC": a whole country ("ZA", "NA", "US"), used when the address has no region or the region has no row;
/// - "*": anywhere else (and addresses without a country).
///
/// An address is looked up as "CC-REGION", then "CC", then "*"; the first row present wins. A warehouse that
/// is not in the matched row is not excluded: it ranks after every listed one (distance Unlisted), so adding
/// a warehouse never makes an order unallocatable.
///
/// The built-in table (resource :/intake/distances.json) covers the demo warehouses JHB1 (Midrand, Gauteng),
/// CPT1 (Cape Town, Western Cape) and DBN1 (Durban, KwaZulu-Natal): approximate road distances to the nine
/// ZA provinces (to the main city of each), rows for ZA as a whole, NA, BW, LS, SZ, ZW and MZ (road distance
/// to the capital), US and GB (great-circle distance to New York and London; US states use the "US" row),
/// and "*".
///
/// An administrator replaces the whole table with a JSON file of the same format (nothing is merged with the
/// built-in rows):
///
///     {"distances": {
///         "ZA-GP": {"JHB1": 30, "DBN1": 570, "CPT1": 1400},
///         "ZA":    {"JHB1": 400, "DBN1": 650, "CPT1": 1000},
///         "*":     {"JHB1": 10000, "CPT1": 10500, "DBN1": 10600}
///     }}
///
/// Rules: the top level is an object with the single key "distances"; each row key is "*", "CC" or
/// "CC-REGION" (two upper-case letters, then 1 to 3 upper-case letters or digits); each row is an object
/// mapping a warehouse code (not empty, no surrounding spaces) to an integer number of kilometres from 0 to
/// MaxKm. A row may be empty; a table without "*" ranks warehouses by code alone for destinations it does not
/// list.
class DistanceTable final
{
public:
    /// Distance given to a warehouse that the matched row does not list: farther than any listed one.
    static constexpr int Unlisted = std::numeric_limits<int>::max();
    /// Largest distance a table may hold.
    static constexpr int MaxKm = 1'000'000;
    /// Resource path of the built-in table.
    static QString builtInPath();

    /// A warehouse and its distance from the destination.
    struct WarehouseDistance
    {
        QString warehouse;
        int km = Unlisted; ///< Unlisted when the matched row does not list the warehouse

        bool isListed() const { return km != Unlisted; }
        friend bool operator==(const WarehouseDistance&, const WarehouseDistance&) = default;
    };

    /// The result of looking up a destination.
    struct Lookup
    {
        QString key;                         ///< the row used ("ZA-GP", "ZA", "*"); empty when no row matched
        QList<WarehouseDistance> warehouses; ///< nearest first, equal distances by code

        /// The distance of `warehouse`, or Unlisted when it is not in the list.
        int distance(const QString& warehouse) const;
    };

    /// The built-in table (see above).
    static DistanceTable builtIn();
    /// A table read from JSON in the format above; the error's detail names the offending key.
    static Result<DistanceTable> fromJson(const QByteArray& json);
    /// A table read from a JSON file; Error::Code::Io when it cannot be read.
    static Result<DistanceTable> fromFile(const QString& path);

    /// The keys tried for `address`, in order: "CC-REGION" (when it has a region), "CC" (when it has a
    /// country), "*". Country and region are trimmed and upper-cased.
    static QStringList candidateKeys(const Address& address);
    /// True when `key` is "*", "CC" or "CC-REGION" as described above.
    static bool isValidKey(const QString& key);

    /// Adds or replaces a row. `key` must satisfy isValidKey() and distances must be 0..MaxKm (not checked
    /// here; fromJson checks them).
    void setRow(const QString& key, QHash<QString, int> distances);
    /// True when there is a row for `key`.
    bool hasRow(const QString& key) const;
    /// The row for `key`; empty when there is none.
    QHash<QString, int> row(const QString& key) const;
    /// Keys of all rows, sorted.
    QStringList keys() const;
    /// Every warehouse code that appears in any row, sorted.
    QStringList warehouses() const;
    /// True when the table has no rows.
    bool isEmpty() const { return m_rows.isEmpty(); }

    /// The first of candidateKeys(address) that has a row; empty when none has.
    QString keyFor(const Address& address) const;
    /// Ranks every warehouse of the table plus `alsoConsider` (e.g. warehouses that hold stock but are not in
    /// the table) by distance from `address`, nearest first, equal distances by code.
    Lookup lookup(const Address& address, const QStringList& alsoConsider = {}) const;

private:
    QHash<QString, QHash<QString, int>> m_rows;
};

} // namespace saypro
