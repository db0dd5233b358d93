#pragma once
// Helpers for the inventory tests: a station database with two warehouses, a small catalogue, stock rows
// as the marketplace reports them, and orders in a chosen status. Header-only, like TestSupport.h.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "domain/Gtin.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace saypro::test {

/// One order line to create: SKU and quantity.
struct LineSpec
{
    QString sku;
    int quantity = 1;
};

/// A created order: its id, number, marketplace id and line ids in the order given.
struct CreatedOrder
{
    qint64 id = 0;
    QString number;
    QString marketplaceId;
    QList<qint64> lineIds;
};

class InventoryFixture final
{
public:
    static QString mugBlue() { return QStringLiteral("SP-MUG-BLU"); }
    static QString mugRed() { return QStringLiteral("SP-MUG-RED"); }
    static QString kettle() { return QStringLiteral("SP-KET-STL"); }
    static QString binA() { return QStringLiteral("JHB1-A-01-02-1-03"); }
    static QString binB() { return QStringLiteral("JHB1-A-01-02-1-04"); }
    static QString binC() { return QStringLiteral("JHB1-B-07-11-3-01"); }
    static QString binCpt() { return QStringLiteral("CPT1-A-02-01-1-01"); }
    static QString station() { return QStringLiteral("JHB1-PACK-01"); }
    static QString gtinOf(int serial)
    {
        return Gtin::withCheckDigit(QStringLiteral("6009876") + QString::number(serial).rightJustified(5, u'0'));
    }

    /// Opens a fresh database file `name` in `dir` with warehouses JHB1 and CPT1 and three products.
    static Result<std::unique_ptr<InventoryFixture>> create(const QTemporaryDir& dir, const QString& name)
    {
        auto db = Database::open(dir.filePath(name));
        if (!db)
            return std::unexpected(db.error());
        std::unique_ptr<InventoryFixture> f(new InventoryFixture(std::move(*db)));
        if (auto r = f->seedCatalogue(); !r)
            return std::unexpected(r.error());
        return f;
    }

    Database& db() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    InventoryStore& store() { return *m_store; }
    OrderStore& orders() { return *m_orders; }

    /// A stock row as the marketplace reported it (on_hand = market_on_hand, version 7).
    bool setStock(const QString& sku, const QString& location, int onHand)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO stock(sku, location, on_hand, reserved, market_on_hand, version, "
                                 "updated_at) VALUES(?, ?, ?, 0, ?, 7, ?) ON CONFLICT(sku, location) DO UPDATE SET "
                                 "on_hand = excluded.on_hand, market_on_hand = excluded.market_on_hand"));
        q.addBindValue(sku);
        q.addBindValue(location);
        q.addBindValue(onHand);
        q.addBindValue(onHand);
        q.addBindValue(m_clock.nowMs());
        return q.exec();
    }

    /// An order with `lines`, moved to `status` (by SQL: the state machine is not what is tested here),
    /// verified at its version.
    Result<CreatedOrder> createOrder(const QList<LineSpec>& lines, const QString& status = QStringLiteral("ready"))
    {
        Order o = sampleOrder(m_nextOrder++);
        const OrderLine model = o.lines.first();
        o.lines.clear();
        int n = 0;
        for (const LineSpec& spec : lines) {
            OrderLine l = model;
            l.lineId = QStringLiteral("L%1").arg(++n);
            l.sku = spec.sku;
            l.quantity = spec.quantity;
            o.lines << l;
        }
        auto id = m_orders->insert(o, QStringLiteral("marketplace"));
        if (!id)
            return std::unexpected(id.error());
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE orders SET status = ?, verified_version = version WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(*id);
        if (!q.exec())
            return fail(Error::Code::Storage, QStringLiteral("set status"), q.lastError().text());
        CreatedOrder created{*id, o.number, o.marketplaceId, {}};
        for (const OrderLine& l : o.lines)
            created.lineIds << l.id;
        return created;
    }

    bool setStatus(qint64 orderId, const QString& status, const QVariant& shippedAtMs = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE orders SET status = ?, shipped_at = coalesce(?, shipped_at) WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(shippedAtMs.isValid() ? shippedAtMs : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(orderId);
        return q.exec();
    }

    /// Every row of `sql`, each row's values joined with '|', rows joined with '\n'.
    QString rows(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return QStringLiteral("error: ") + q.lastError().text();
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(u'|');
        }
        return out.join(u'\n');
    }

    qint64 count(const QString& table) { return scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM ") + table); }

    /// Everything an inventory operation may write: compare before and after a refused call.
    QString snapshot()
    {
        return rows(QStringLiteral("SELECT sku, location, on_hand, reserved, market_on_hand, version, updated_at "
                                   "FROM stock ORDER BY sku, location")) +
               u'#' +
               rows(QStringLiteral("SELECT id, order_id, order_line_id, sku, location, quantity, created_at "
                                   "FROM reservations ORDER BY id")) +
               u'#' + rows(QStringLiteral("SELECT id, verified_version FROM orders ORDER BY id")) + u'#' +
               QString::number(count(QStringLiteral("stock_movements"))) + u'#' +
               QString::number(count(QStringLiteral("outbox"))) + u'#' +
               QString::number(count(QStringLiteral("audit_log"))) + u'#' +
               rows(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    }

    int onHand(const QString& sku, const QString& location)
    {
        return int(scalarInt(*m_db, QStringLiteral("SELECT on_hand FROM stock WHERE sku = ? AND location = ?"),
                             {sku, location}));
    }
    int reserved(const QString& sku, const QString& location)
    {
        return int(scalarInt(*m_db, QStringLiteral("SELECT reserved FROM stock WHERE sku = ? AND location = ?"),
                             {sku, location}));
    }

    static QJsonObject json(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

private:
    explicit InventoryFixture(std::unique_ptr<Database> db)
        : m_db(std::move(db)), m_clock(utc(2026, 3, 2, 8, 0, 0, 0)),
          m_store(std::make_unique<InventoryStore>(*m_db, m_clock, station())),
          m_orders(std::make_unique<OrderStore>(*m_db, m_clock, station()))
    {}

    Status seedCatalogue()
    {
        CatalogueStore catalogue(*m_db);
        for (const auto& [code, name] :
             {std::pair{"JHB1", "SayPro Midrand DC"}, std::pair{"CPT1", "SayPro Cape Town DC"}}) {
            Warehouse w;
            w.code = QString::fromLatin1(code);
            w.name = QString::fromLatin1(name);
            w.address.country = QStringLiteral("ZA");
            w.timeZone = QStringLiteral("Africa/Johannesburg");
            if (auto r = catalogue.upsertWarehouse(w); !r)
                return r;
        }
        const QList<std::pair<QString, QString>> products = {
            {mugBlue(), QStringLiteral("Ceramic mug 350 ml, Blue")},
            {mugRed(), QStringLiteral("Ceramic mug 350 ml, Red")},
            {kettle(), QStringLiteral("Kettle 1.7 l, Steel")},
        };
        int serial = 0;
        for (const auto& [sku, name] : products) {
            Product p;
            p.sku = sku;
            p.gtin = gtinOf(++serial);
            p.name = name;
            if (auto r = catalogue.upsertProduct(p); !r)
                return r;
        }
        return {};
    }

    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<OrderStore> m_orders;
    int m_nextOrder = 1;
};

} // namespace saypro::test
