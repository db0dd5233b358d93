#pragma once
// pack: PackSession verifies every scan at the pack station against the order's open lines, assigns counted
// units to parcels, keeps the special-instruction checklist and the weight checks, and says whether the pack
// can close. Pure and in memory: no database, no clock; a store persists what each call returns.

#include "common/Error.h"
#include "domain/Order.h"
#include "pack/PackTypes.h"
#include "scanning/ParsedBarcode.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>

namespace saypro {

/// Verifies the scans of one order being packed.
///
/// Every scan() returns a ScanOutcome carrying what a scan_log row needs, accepted or not; a rejected scan
/// counts nothing. scan() is O(lines) at worst (a GTIN-14 -> line hash is built at construction) and does
/// no allocation-heavy work: it runs within one 16 ms frame.
///
/// Order of checks for a product code: wrong item, over-count (line complete), expired batch, wrong batch,
/// serial required, duplicate serial, quantity fits. When several lines share a GTIN, the first incomplete
/// one whose expected batch matches (or that expects none) takes the scan.
class PackSession final
{
    Q_DECLARE_TR_FUNCTIONS(PackSession)

public:
    /// Returns the catalogue name for a GTIN-14, or an empty string when unknown (used to name wrong items).
    using ProductNameLookup = std::function<QString(const QString& gtin14)>;

    /// `expectedBatchByLineId`: a batch (10) some lines must carry (OrderLine has none), keyed by line id.
    explicit PackSession(const Order& order, const PackSettings& settings = {},
                         const QHash<QString, QString>& expectedBatchByLineId = {});

    /// Serials that have already shipped (from the store), as shippedSerialKey(sku, serial): scanning one of them
    /// for a line of that SKU is a DuplicateSerial. A serial is unique per SKU, not across SKUs.
    void setShippedSerials(QSet<QString> serials);
    static QString shippedSerialKey(const QString& sku, const QString& serial) { return sku + QChar(0x1F) + serial; }
    /// Names wrong items in messages; without it they are named by GTIN.
    void setProductNameLookup(ProductNameLookup lookup);

    /// Verifies one parsed code. `today` decides expiry (17): a date before it is rejected, today is accepted.
    /// An invalid `today` refuses every code that carries an expiry (it cannot be checked).
    ScanOutcome scan(const ParsedBarcode& code, QDate today);
    /// Parses `raw` with BarcodeParser (century window around `today`) and verifies it.
    ScanOutcome scan(QStringView raw, QDate today);

    /// Takes back the last accepted count (scans and undos are a stack). Fails when there is nothing to undo.
    Result<PackUndo> undoLast();

    /// Starts a new parcel; later units go into it. Refused when the current parcel is empty.
    Result<int> openNewParcel();
    int currentParcel() const { return int(m_parcels.size()); }
    QList<PackParcel> parcels() const;

    /// The checklist built from the order's special instructions (and fragile lines).
    QList<PackInstruction> instructions() const { return m_instructions; }
    QList<PackInstruction> pendingInstructions() const;
    /// Fails when the order has no such instruction. Acknowledging twice is harmless.
    Status acknowledge(PackInstruction::Kind item);

    /// Compares a typed weight with the parcel's expected weight (items + packaging) and records it on the
    /// parcel (`parcel` 0 = the current one). Fails for a non-positive weight, an unknown or an empty parcel.
    /// A later change of the parcel's contents clears the weighing (and any override).
    Result<WeightCheck> checkWeight(int grams, int parcel = 0);
    /// Records a supervisor's acceptance of the parcel's weighing outside tolerance. Fails when the parcel was
    /// not weighed, its weight is within tolerance, or supervisor or reason is empty.
    Result<WeightOverride> overrideWeight(const QString& supervisor, const QString& reason, int parcel = 0);
    /// Expected weight of a parcel's contents and its tolerance, without weighing (`parcel` 0 = current).
    int expectedWeightGrams(int parcel = 0) const;
    int toleranceGrams(int expectedGrams) const;

    /// Why the pack cannot close yet; empty when it can: incomplete lines, unacknowledged instructions, empty
    /// parcels, parcels not weighed or weighed outside tolerance without an override.
    QList<CloseBlocker> canClose() const;
    /// True when every line is fully packed.
    bool isComplete() const;
    bool isOrderConfirmed() const { return m_orderConfirmed; }

    QList<PackLineState> lines() const { return m_lines; }
    /// Every accepted count still standing (undone ones removed), in scan order.
    QList<PackedUnit> counted() const;
    const Order& order() const { return m_order; }
    const PackSettings& settings() const { return m_settings; }

private:
    struct Count
    {
        int lineIndex = -1;
        int quantity = 0;
        int parcelIndex = 0;
        QString serial;
        QString batch;
        QDate expiry;
    };
    struct ParcelState
    {
        QList<int> perLine; ///< units per line index
        QStringList serials;
        std::optional<WeightCheck> weight;
        std::optional<WeightOverride> weightOverride;
    };

    ScanOutcome reject(ScanOutcome out, ScanKind kind, QString message, QString detail) const;
    int pickLine(const QList<int>& candidates, const QString& batch) const;
    QString lineName(int lineIndex) const;
    int parcelIndexFor(int parcel) const;
    int expectedGramsAt(int parcelIndex) const;
    bool parcelEmpty(int parcelIndex) const;

    Order m_order;
    PackSettings m_settings;
    QList<PackLineState> m_lines;
    QHash<QString, QList<int>> m_linesByGtin; ///< GTIN-14 -> line indexes
    QList<ParcelState> m_parcels;
    QList<Count> m_counts;
    QSet<QString> m_sessionSerials;
    QSet<QString> m_shippedSerials;
    QList<PackInstruction> m_instructions;
    ProductNameLookup m_nameLookup;
    bool m_orderConfirmed = false;
};

} // namespace saypro
