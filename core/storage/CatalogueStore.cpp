#include "CatalogueStore.h"

#include "domain/Gtin.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace saypro {

CatalogueStore::CatalogueStore(Database& db) : m_db(db) {}

Status CatalogueStore::recordWarehouseCode(const QString& code)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO warehouses(code, name, country, time_zone) "
                                         "VALUES(?, ?, '', 'Africa/Johannesburg') ON CONFLICT(code) DO NOTHING"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(code);
    q->addBindValue(code);
    return Database::exec(*q, QStringLiteral("record warehouse %1").arg(code));
}

Status CatalogueStore::upsertWarehouse(const Warehouse& w)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO warehouses(code, name, line1, city, region, postal_code, country, time_zone) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, line1 = excluded.line1, "
        "city = excluded.city, region = excluded.region, postal_code = excluded.postal_code, "
        "country = excluded.country, time_zone = excluded.time_zone"));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : {QVariant(w.code), QVariant(w.name), QVariant(w.address.line1), QVariant(w.address.city),
                              QVariant(w.address.region), QVariant(w.address.postalCode), QVariant(w.address.country),
                              QVariant(w.timeZone)})
        q->addBindValue(v.typeId() == QMetaType::QString && !v.isNull() ? Database::text(v.toString()) : v);
    return Database::exec(*q, QStringLiteral("upsert warehouse %1").arg(w.code));
}

Result<qint64> CatalogueStore::ensureLocation(const Location& l)
{
    if (!l.isValid())
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("CatalogueStore", "That is not a valid bin location."),
                    QStringLiteral("invalid location %1").arg(l.code()));
    auto q = m_db.prepare(QStringLiteral("INSERT INTO locations(warehouse, zone, aisle, bay, level, bin, code) "
                                         "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING"));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : {QVariant(l.warehouse()), QVariant(l.zone()), QVariant(l.aisle()), QVariant(l.bay()),
                              QVariant(l.level()), QVariant(l.bin()), QVariant(l.code())})
        q->addBindValue(v.typeId() == QMetaType::QString && !v.isNull() ? Database::text(v.toString()) : v);
    if (auto r = Database::exec(*q, QStringLiteral("insert location %1").arg(l.code())); !r)
        return std::unexpected(r.error());
    auto id = m_db.prepare(QStringLiteral("SELECT id FROM locations WHERE code = ?"));
    if (!id)
        return std::unexpected(id.error());
    id->addBindValue(l.code());
    if (auto r = Database::exec(*id, QStringLiteral("find location %1").arg(l.code())); !r)
        return std::unexpected(r.error());
    id->next();
    return id->value(0).toLongLong();
}

Status CatalogueStore::upsertProduct(const Product& p)
{
    if (p.sku.isEmpty() || (!p.gtin.isEmpty() && !Gtin::isValid(p.gtin)))
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("CatalogueStore", "Product %1 has a missing SKU or an invalid GTIN.")
                        .arg(p.sku),
                    QStringLiteral("product sku '%1' gtin '%2'").arg(p.sku, p.gtin));
    QVariant locationId(QMetaType(QMetaType::LongLong));
    if (p.location.isValid()) {
        auto id = ensureLocation(p.location);
        if (!id)
            return std::unexpected(id.error());
        locationId = *id;
    }
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO products(sku, gtin, name, weight_g, unit_price_minor, currency, serial_tracked, fragile, "
        "location_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET gtin = excluded.gtin, "
        "name = excluded.name, weight_g = excluded.weight_g, unit_price_minor = excluded.unit_price_minor, "
        "currency = excluded.currency, serial_tracked = excluded.serial_tracked, fragile = excluded.fragile, "
        "location_id = excluded.location_id"));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v :
         {QVariant(p.sku), p.gtin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.gtin),
          QVariant(p.name), QVariant(p.weightGrams), QVariant(p.unitPriceMinor), QVariant(p.currency),
          QVariant(p.serialTracked), QVariant(p.fragile), locationId})
        q->addBindValue(v.typeId() == QMetaType::QString && !v.isNull() ? Database::text(v.toString()) : v);
    return Database::exec(*q, QStringLiteral("upsert product %1").arg(p.sku));
}

Result<QList<Warehouse>> CatalogueStore::warehouses() const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT code, name, line1, city, region, postal_code, country, time_zone FROM warehouses ORDER BY code"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("list warehouses")); !r)
        return std::unexpected(r.error());
    QList<Warehouse> out;
    while (q->next()) {
        Warehouse w;
        w.code = q->value(0).toString();
        w.name = q->value(1).toString();
        w.address.name = w.name;
        w.address.line1 = q->value(2).toString();
        w.address.city = q->value(3).toString();
        w.address.region = q->value(4).toString();
        w.address.postalCode = q->value(5).toString();
        w.address.country = q->value(6).toString();
        w.timeZone = q->value(7).toString();
        out.append(w);
    }
    return out;
}

Result<Product> CatalogueStore::productBySku(const QString& sku) const
{
    return loadProduct(QStringLiteral("sku"), sku.trimmed().toUpper());
}

Result<Product> CatalogueStore::productByGtin(const QString& gtin) const
{
    return loadProduct(QStringLiteral("gtin"), gtin.trimmed());
}

Result<Product> CatalogueStore::loadProduct(const QString& column, const QString& value) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT p.sku, p.gtin, p.name, p.weight_g, p.unit_price_minor, p.currency, "
                                         "p.serial_tracked, p.fragile, l.warehouse, l.zone, l.aisle, l.bay, l.level, "
                                         "l.bin FROM products p LEFT JOIN locations l ON l.id = p.location_id "
                                         "WHERE p.%1 = ?")
                              .arg(column));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(value);
    if (auto r = Database::exec(*q, QStringLiteral("find product by %1").arg(column)); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CatalogueStore", "No product %1 in the catalogue.").arg(value),
                    QStringLiteral("no product with %1 = %2").arg(column, value));
    Product p;
    p.sku = q->value(0).toString();
    p.gtin = q->value(1).toString();
    p.name = q->value(2).toString();
    p.weightGrams = q->value(3).toInt();
    p.unitPriceMinor = q->value(4).toLongLong();
    p.currency = q->value(5).toString();
    p.serialTracked = q->value(6).toBool();
    p.fragile = q->value(7).toBool();
    if (!q->value(8).isNull())
        p.location = Location(q->value(8).toString(), q->value(9).toString(), q->value(10).toInt(),
                              q->value(11).toInt(), q->value(12).toInt(), q->value(13).toInt());
    return p;
}

Result<qint64> CatalogueStore::productCount() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM products"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("count products")); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

std::function<QString(const QString& gtin14)> CatalogueStore::nameLookup() const
{
    // Four places for the forms (14, 13, 12, 8 digits); a form that does not apply repeats the GTIN-14.
    auto prepared = m_db.prepare(QStringLiteral("SELECT name FROM products WHERE gtin IN (?, ?, ?, ?) LIMIT 1"));
    if (!prepared)
        return [](const QString&) { return QString(); };
    return [q = std::make_shared<QSqlQuery>(std::move(*prepared))](const QString& gtin14) {
        QStringList forms = Gtin::catalogueForms(gtin14);
        if (forms.isEmpty())
            return QString();
        while (forms.size() < 4)
            forms.append(gtin14);
        for (const QString& form : forms)
            q->addBindValue(form);
        QString name;
        if (q->exec() && q->next())
            name = q->value(0).toString();
        q->finish();
        return name;
    };
}

} // namespace saypro
