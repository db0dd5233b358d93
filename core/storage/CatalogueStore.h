#pragma once
// storage: the catalogue the station knows: warehouses, bin locations and products (SKU, GTIN).

#include "common/Error.h"
#include "domain/Address.h"
#include "domain/Product.h"

#include <QString>

#include <functional>

namespace saypro {

class Database;

struct Warehouse
{
    QString code; ///< e.g. JHB1
    QString name;
    Address address;
    QString timeZone; ///< IANA, e.g. Africa/Johannesburg
};

class CatalogueStore final
{
public:
    explicit CatalogueStore(Database& db);

    /// Inserts or replaces; must run inside the caller's transaction when several belong together.
    Status upsertWarehouse(const Warehouse& warehouse);
    /// Records a warehouse code seen in marketplace data or an allocation before the station was told
    /// about the warehouse (name = code, Johannesburg time); an existing warehouse is left as it is. Runs
    /// in the caller's transaction.
    Status recordWarehouseCode(const QString& code);
    /// Returns the location's id, creating it when new.
    Result<qint64> ensureLocation(const Location& location);
    Status upsertProduct(const Product& product);

    Result<QList<Warehouse>> warehouses() const;
    Result<Product> productBySku(const QString& sku) const;
    Result<Product> productByGtin(const QString& gtin) const;
    /// A function giving a product's name for a GTIN-14 (whichever spelling the catalogue keeps), or an empty
    /// string when the catalogue has none; for naming a wrong item. Its statement is prepared once; the
    /// function must not outlive the database.
    std::function<QString(const QString& gtin14)> nameLookup() const;
    Result<qint64> productCount() const;

private:
    Result<Product> loadProduct(const QString& column, const QString& value) const;
    Database& m_db;
};

} // namespace saypro
