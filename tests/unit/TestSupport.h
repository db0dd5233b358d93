#pragma once
// Shared helpers for the core unit tests: result checks, sample orders, raw SQL and file fingerprints.
// Header-only so each test stays one QtTest class in one file.

#include "common/Error.h"
#include "domain/Order.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <functional>

namespace saypro {

/// Lets QCOMPARE print an error code by name.
inline char* toString(const Error::Code& code)
{
    const char* name = "?";
    switch (code) {
    case Error::Code::InvalidArgument:
        name = "InvalidArgument";
        break;
    case Error::Code::NotFound:
        name = "NotFound";
        break;
    case Error::Code::InvalidTransition:
        name = "InvalidTransition";
        break;
    case Error::Code::Conflict:
        name = "Conflict";
        break;
    case Error::Code::Storage:
        name = "Storage";
        break;
    case Error::Code::Corrupt:
        name = "Corrupt";
        break;
    case Error::Code::Io:
        name = "Io";
        break;
    case Error::Code::Unsupported:
        name = "Unsupported";
        break;
    }
    return qstrdup(name);
}

/// Lets QCOMPARE print statuses and levels by their stored keys.
inline char* toString(const OrderStatus& status)
{
    return qstrdup(OrderStatuses::key(status).toUtf8().constData());
}
inline char* toString(const ServiceLevel& level)
{
    return qstrdup(ServiceLevels::key(level).toUtf8().constData());
}
inline char* toString(const PaymentStatus& status)
{
    return qstrdup(PaymentStatuses::key(status).toUtf8().constData());
}

} // namespace saypro

/// Fails the test with the error's message and detail when `result` holds an error.
#define STATION_VERIFY_OK(result)                                                                                      \
    do {                                                                                                               \
        const auto& station_r_ = (result);                                                                             \
        if (!station_r_.has_value())                                                                                   \
            QFAIL(qPrintable(station_r_.error().toString()));                                                          \
    } while (false)

namespace saypro::test {

/// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Names of the entries in a folder, sorted: to see that nothing (e.g. -wal/-shm files) appeared.
inline QStringList folderEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/// A raw QtSql connection to `path`, independent of saypro::Database (to inspect or tamper with a file).
/// Closed and removed when it goes out of scope.
class RawConnection final
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs `sql` with `values` bound in order; returns false (and remembers the error) on failure.
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    }
    /// The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql))
            return {};
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    const QString& lastError() const { return m_lastError; }

private:
    QString m_name;
    bool m_open = false;
    QString m_lastError;
};

/// The first column of the first row of `sql` on an open saypro::Database; -1 on failure.
inline qint64 scalarInt(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return -1;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Runs one statement on an open saypro::Database; warns with SQLite's text and returns false on failure.
inline bool execOrFail(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning().noquote() << "test SQL failed:" << sql << q.lastError().text();
    return false;
}

/// A SHA-256 of every row of `tables` (in rowid order): equal before and after means nothing in them changed.
inline QByteArray tableFingerprint(Database& db, const QStringList& tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table)) {
            hash.addData(QByteArrayLiteral("error"));
            continue;
        }
        hash.addData(table.toUtf8());
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

/// A plain order that stores cleanly: `n` makes number, marketplace id and customer distinct.
inline Order sampleOrder(int n, const QString& customerName = QStringLiteral("Sipho Khumalo"))
{
    Order o;
    o.number = QStringLiteral("SP-%1").arg(n, 8, 10, QLatin1Char('0'));
    o.marketplaceId = QStringLiteral("ord_%1").arg(n, 10, 10, QLatin1Char('0'));
    o.status = OrderStatus::New;
    o.placedAt = utc(2026, 3, 2, 7, 15, 0, 250).addSecs(n * 60);
    o.confirmedAt = o.placedAt.addSecs(90);
    o.shipBy = utc(2026, 3, 5, 21, 59, 59);
    o.updatedAt = o.confirmedAt;
    o.serviceLevel = ServiceLevel::Standard;
    o.paymentStatus = PaymentStatus::Captured;
    o.currency = QStringLiteral("ZAR");
    o.customer = Customer{customerName,
                          QStringLiteral("customer%1@example.co.za").arg(n),
                          QStringLiteral("+27821234567"),
                          QStringLiteral("en-ZA"),
                          true,
                          false,
                          false};
    o.shipTo = Address{customerName,
                       QStringLiteral("12 Vilakazi Street"),
                       QString(),
                       QStringLiteral("Orlando West"),
                       QStringLiteral("Soweto"),
                       QStringLiteral("GP"),
                       QStringLiteral("1804"),
                       QStringLiteral("ZA")};
    OrderLine line;
    line.lineId = QStringLiteral("L1");
    line.sku = QStringLiteral("SP-MUG-BLU");
    line.gtin = QStringLiteral("6009876000019");
    line.name = QStringLiteral("Ceramic mug 350 ml, Blue");
    line.quantity = 2;
    line.unitPriceMinor = 12900;
    line.weightGrams = 380;
    line.fragile = true;
    o.lines << line;
    o.shippingMinor = 6500;
    o.taxMinor = (o.itemsSubtotalMinor() + o.shippingMinor) * 15 / 100;
    o.totalMinor = o.itemsSubtotalMinor() + o.shippingMinor + o.taxMinor;
    return o;
}

/// Compares every stored field of two orders (ids only when `compareIds`). Use inside a test function and
/// return when QTest::currentTestFailed().
inline void compareOrders(const Order& actual, const Order& expected, bool compareIds = true)
{
    if (compareIds) {
        QCOMPARE(actual.id, expected.id);
    }
    QCOMPARE(actual.marketplaceId, expected.marketplaceId);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.placedAt, expected.placedAt);
    QCOMPARE(actual.confirmedAt, expected.confirmedAt);
    QCOMPARE(actual.shipBy, expected.shipBy);
    QCOMPARE(actual.shippedAt, expected.shippedAt);
    QCOMPARE(actual.deliveredAt, expected.deliveredAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.serviceLevel, expected.serviceLevel);
    QCOMPARE(actual.paymentStatus, expected.paymentStatus);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.shippingMinor, expected.shippingMinor);
    QCOMPARE(actual.taxMinor, expected.taxMinor);
    QCOMPARE(actual.discountMinor, expected.discountMinor);
    QCOMPARE(actual.totalMinor, expected.totalMinor);
    QCOMPARE(actual.customer.name, expected.customer.name);
    QCOMPARE(actual.customer.email, expected.customer.email);
    QCOMPARE(actual.customer.phone, expected.customer.phone);
    QCOMPARE(actual.customer.locale, expected.customer.locale);
    QCOMPARE(actual.customer.notifyEmail, expected.customer.notifyEmail);
    QCOMPARE(actual.customer.notifySms, expected.customer.notifySms);
    QCOMPARE(actual.customer.notifyPush, expected.customer.notifyPush);
    QVERIFY(actual.customer == expected.customer);
    QCOMPARE(actual.shipTo.lines(), expected.shipTo.lines());
    QVERIFY(actual.shipTo == expected.shipTo);
    QCOMPARE(actual.instructions.giftWrap, expected.instructions.giftWrap);
    QCOMPARE(actual.instructions.giftMessage, expected.instructions.giftMessage);
    QCOMPARE(actual.instructions.fragile, expected.instructions.fragile);
    QCOMPARE(actual.instructions.deliveryWindow, expected.instructions.deliveryWindow);
    QCOMPARE(actual.instructions.customisation, expected.instructions.customisation);
    QCOMPARE(actual.instructions.note, expected.instructions.note);
    QVERIFY(actual.instructions == expected.instructions);
    QCOMPARE(actual.warehouse, expected.warehouse);
    QCOMPARE(actual.lines.size(), expected.lines.size());
    for (qsizetype i = 0; i < actual.lines.size(); ++i) {
        const OrderLine& a = actual.lines.at(i);
        const OrderLine& e = expected.lines.at(i);
        if (compareIds) {
            QCOMPARE(a.id, e.id);
        }
        QCOMPARE(a.lineId, e.lineId);
        QCOMPARE(a.sku, e.sku);
        QCOMPARE(a.gtin, e.gtin);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.quantity, e.quantity);
        QCOMPARE(a.unitPriceMinor, e.unitPriceMinor);
        QCOMPARE(a.discountMinor, e.discountMinor);
        QCOMPARE(a.serialTracked, e.serialTracked);
        QCOMPARE(a.fragile, e.fragile);
        QCOMPARE(a.weightGrams, e.weightGrams);
    }
}

} // namespace saypro::test
