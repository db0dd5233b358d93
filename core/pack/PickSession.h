#pragma once
// pack: PickSession walks a pick list (one order, or a batch of orders in totes): it says which bin is next,
// verifies each scan at the pick face (the bin label, then the item; or the item alone) and counts what was
// taken. Pure and in memory: no database, no clock; PickStore books what each accepted scan returns.

#include "pack/PickTypes.h"
#include "scanning/ParsedBarcode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace saypro {

class PickSession final
{
    Q_DECLARE_TR_FUNCTIONS(PickSession)

public:
    /// `stops` in any order: they are sorted along the walk (zone, then aisle, bay, level and bin numerically;
    /// ties by tote, then line). Stops already done stay in the list, done.
    explicit PickSession(QList<PickStop> stops, const PickSettings& settings = {});

    /// Returns the catalogue name for a GTIN-14, or an empty string when unknown (names wrong items).
    using ProductNameLookup = std::function<QString(const QString& gtin14)>;
    /// Names wrong items in messages; without it they are named by GTIN.
    void setProductNameLookup(ProductNameLookup lookup) { m_nameLookup = std::move(lookup); }

    /// Verifies one parsed code at the pick face. A bin label of a stop with units left confirms that bin
    /// (and, in item-only mode, is accepted too). A product code counts one unit (or the GS1 (37) count,
    /// refused as an over-pick when it is more than is left) on the stop of the confirmed bin with that GTIN;
    /// in item-only mode on the first stop along the walk with that GTIN and units left (preferring the bin
    /// scanned or picked from last, where the picker stands). Stops of one bin share a GTIN in a batch walk:
    /// the first with units left (lowest tote) takes the scan.
    PickOutcome scan(const ParsedBarcode& code);
    /// Parses `raw` with BarcodeParser and verifies it.
    PickOutcome scan(QStringView raw);

    /// Counts `quantity` units of stop `index` as taken without a scan (typed by the picker, e.g. a label that
    /// does not scan); the same checks as an item scan at that stop. Refused beyond what is left.
    PickOutcome confirmTyped(int index, int quantity);

    /// Marks the stop's remaining units as handled elsewhere (a short pick resolved by split or backorder):
    /// its quantity becomes what was picked. No-op for an unknown index.
    void closeShort(int index);

    /// The first stop along the walk with units left; -1 when the walk is done.
    int nextStop() const;
    /// The bin confirmed last (canonical code), empty before the first bin scan.
    QString confirmedBin() const { return m_bin; }
    bool isDone() const { return nextStop() < 0; }

    const QList<PickStop>& stops() const { return m_stops; }
    /// Stops done / all stops, and units taken / all units.
    int stopsDone() const;
    int unitsPicked() const;
    int unitsTotal() const;
    const PickSettings& settings() const { return m_settings; }

private:
    PickOutcome scanBin(PickOutcome out, const ParsedBarcode& code);
    PickOutcome scanItem(PickOutcome out, int quantity);
    PickOutcome reject(PickOutcome out, PickScanKind kind, QString message, QString detail) const;
    PickOutcome take(PickOutcome out, int index, int quantity);
    QString takenMessage(const PickStop& stop, int quantity) const;
    static QString nameOf(const PickStop& stop);

    QList<PickStop> m_stops;
    PickSettings m_settings;
    QString m_bin;
    bool m_batch = false; ///< more than one tote: messages name the tote
    ProductNameLookup m_nameLookup;
};

} // namespace saypro
