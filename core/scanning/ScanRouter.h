#pragma once
// scanning: scan-anywhere routing. Owns ScanRouter, which tells from one scanned code which screen should open
// (pick, pack, order, return, inventory) by looking the code up in the station's cache, and ScanRoute, its answer.

#include "scanning/ParsedBarcode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace saypro {

class Database;

/// Where a scan leads. Fields not named for a target are left empty.
struct ScanRoute
{
    enum class Target {
        Pick,      ///< an order waiting to be picked or being picked (orderId, orderNumber)
        Pack,      ///< an order picked or being packed (orderId, orderNumber)
        Label,     ///< an order packed or labelled, at the label bench (orderId, orderNumber)
        Order,     ///< any other order, or the order of a scanned parcel: its detail screen (orderId, orderNumber)
        Return,    ///< a return authorisation (rma, and orderId/orderNumber of its order)
        Inventory, ///< a bin (location: canonical bin code) or a product (sku)
        None,      ///< nothing to open; `message` says why
    };

    Target target = Target::None;
    qint64 orderId = 0;
    QString orderNumber;
    QString sku;
    QString location;
    QString rma;
    QString message; ///< translated: what happened, or why nothing opens
    QString detail;  ///< untranslated, precise, for the log

    /// Stable, untranslated name of a target: "pick", "pack", "label", "order", "return", "inventory", "none".
    static QString targetKey(Target target);
};

/// Routes one scan to a screen. GUI-free and read-only: every code costs at most one query on a unique or
/// indexed column (orders.number, parcels.tracking_number, returns.rma, products.gtin), so it answers in well
/// under a millisecond on a cache of a million orders. Never throws; a storage failure is a None route whose
/// message says so.
///
/// - order number: ready or picking -> Pick; picked or packing -> Pack; packed or labelled -> Label; any other
///   status -> Order; not cached -> None.
/// - tracking number: the order of that parcel -> Order; unknown -> None.
/// - RMA: -> Return with the return's order; unknown -> None.
/// - bin label: -> Inventory with the canonical bin code (no lookup: an empty bin is still a bin).
/// - GTIN, or GS1 with (01): the catalogue's product, whichever length its GTIN is stored in -> Inventory with
///   the SKU; unknown -> None (a 12-digit code that is also a FedEx number is then tried as a tracking number).
/// - badge, SSCC, GS1 without (01), unknown formats -> None; an invalid code -> None with the parser's reason.
class ScanRouter final
{
    Q_DECLARE_TR_FUNCTIONS(ScanRouter)

public:
    explicit ScanRouter(Database& db);

    ScanRoute route(const ParsedBarcode& code) const;
    /// Parses `raw` with BarcodeParser and routes it.
    ScanRoute route(QStringView raw) const;

private:
    ScanRoute routeOrder(const QString& number) const;
    ScanRoute routeTracking(const QString& number) const;
    ScanRoute routeReturn(const QString& rma) const;
    ScanRoute routeProduct(const ParsedBarcode& code) const;

    Database& m_db;
};

} // namespace saypro
