// Benchmark: sync ingest over HTTPS from the training marketplace, next to the raw limit measured in
// the same run, and the outbox drain rate.
//   bench_sync_ingest [--orders N] [--page-size N] [--events N]
// Raw limit = downloading the same pages without parsing + inserting the same rows (orders and lines)
// with the sqlite3 C API in one transaction. Ingest = a first sync run of SyncEngine into an empty
// station database (JSON parsing, validation, version checks, audit rows, cursors, per-page
// transactions). Prints figures; never fails on speed.

#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "sync/ApiJson.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <sqlite3.h>

using namespace saypro;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Download
{
    QList<QByteArray> pages;
    qint64 ms = 0;
    qint64 bytes = 0;
};

/// GETs every page of /v1/orders as fast as a client can, without parsing beyond the cursor.
Download downloadAll(const SandboxServer& server, int pageSize)
{
    QNetworkAccessManager nam;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    Download d;
    QElapsedTimer t;
    t.start();
    QString cursor;
    for (;;) {
        QUrl url = server.url();
        url.setPath(QStringLiteral("/v1/orders"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("updated_after"), cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
        request.setRawHeader("X-Station-Id", "BENCH");
        QNetworkReply* reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!ok)
            break;
        d.bytes += body.size();
        d.pages.append(body);
        // The cursor sits near the end of the body; finding it is part of any client's minimum work.
        const qsizetype at = body.lastIndexOf("\"next_cursor\"");
        const qsizetype open = body.indexOf('"', body.indexOf(':', at) + 1);
        if (at < 0 || open < 0)
            break;
        const qsizetype close = body.indexOf('"', open + 1);
        const QString next = QString::fromUtf8(body.mid(open + 1, close - open - 1));
        if (next.isEmpty() || next == cursor)
            break;
        const QJsonArray orders = QJsonDocument::fromJson(body).object().value(QLatin1String("orders")).toArray();
        cursor = next;
        if (orders.size() < pageSize)
            break;
    }
    d.ms = t.elapsed();
    return d;
}

/// Inserts the orders and lines of the downloaded pages with the sqlite3 C API; returns milliseconds.
qint64 rawInsert(const QString& path, const QList<QByteArray>& pages, qint64* orderCount)
{
    // Parse first (not timed): the raw limit is the cost of storing, not of reading JSON.
    QList<Order> orders;
    for (const QByteArray& page : pages)
        for (const QJsonValue& v : QJsonDocument::fromJson(page).object().value(QLatin1String("orders")).toArray())
            if (auto o = ApiJson::orderFromJson(v.toObject()))
                orders.append(*o);
    *orderCount = orders.size();
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing); // the station's schema and pragmas
        if (!db)
            return -1;
    }
    sqlite3* h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    sqlite3_exec(h, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF;", nullptr, nullptr, nullptr);
    sqlite3_stmt* insOrder = nullptr;
    sqlite3_stmt* insLine = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO orders(marketplace_id, number, version, status, confirmed_at, updated_at, "
                       "service_level, payment_status, currency, total_minor, customer_name, ship_city, ship_country) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &insOrder, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO order_lines(order_id, line_id, sku, gtin, name, quantity, unit_price_minor) "
                       "VALUES(?,?,?,?,?,?,?)",
                       -1, &insLine, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    auto text = [](sqlite3_stmt* s, int i, const QString& v) {
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    };
    for (const Order& o : orders) {
        text(insOrder, 1, o.marketplaceId);
        text(insOrder, 2, o.number);
        sqlite3_bind_int64(insOrder, 3, o.version);
        text(insOrder, 4, OrderStatuses::key(o.status));
        sqlite3_bind_int64(insOrder, 5, o.confirmedAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(insOrder, 6, o.updatedAt.toMSecsSinceEpoch());
        text(insOrder, 7, ServiceLevels::key(o.serviceLevel));
        text(insOrder, 8, PaymentStatuses::key(o.paymentStatus));
        text(insOrder, 9, o.currency);
        sqlite3_bind_int64(insOrder, 10, o.totalMinor);
        text(insOrder, 11, o.customer.name);
        text(insOrder, 12, o.shipTo.city);
        text(insOrder, 13, o.shipTo.country);
        sqlite3_step(insOrder);
        sqlite3_reset(insOrder);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(h);
        for (const OrderLine& l : o.lines) {
            sqlite3_bind_int64(insLine, 1, id);
            text(insLine, 2, l.lineId);
            text(insLine, 3, l.sku);
            text(insLine, 4, l.gtin);
            text(insLine, 5, l.name);
            sqlite3_bind_int(insLine, 6, l.quantity);
            sqlite3_bind_int64(insLine, 7, l.unitPriceMinor);
            sqlite3_step(insLine);
            sqlite3_reset(insLine);
        }
    }
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const qint64 ms = t.elapsed();
    sqlite3_finalize(insOrder);
    sqlite3_finalize(insLine);
    sqlite3_close(h);
    return ms;
}

ConnectionSettings connectionTo(const SandboxServer& server)
{
    ConnectionSettings s;
    s.baseUrl = server.url();
    s.token = server.token();
    s.stationId = QStringLiteral("BENCH");
    s.caCertificates = {server.certificate()};
    s.trustSystemCertificates = false;
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"),
                                       QStringLiteral("Orders in the marketplace (default 20000)."),
                                       QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption pageOpt(QStringLiteral("page-size"), QStringLiteral("Orders per page (default 500)."),
                                     QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"),
                                       QStringLiteral("Outbox events to drain (default 2000)."), QStringLiteral("N"),
                                       QStringLiteral("2000"));
    parser.addOptions({ordersOpt, pageOpt, eventsOpt});
    parser.process(app);
    const qint64 orders = parser.value(ordersOpt).toLongLong();
    const int pageSize = parser.value(pageOpt).toInt();
    const int events = parser.value(eventsOpt).toInt();

    QTemporaryDir dir;
    SandboxOptions options;
    options.databasePath = dir.filePath(QStringLiteral("marketplace.db"));
    options.initialOrders = orders;
    options.token = QStringLiteral("bench-token");
    options.clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    QElapsedTimer setup;
    setup.start();
    auto server = SandboxServer::start(options);
    if (!server) {
        out() << "sandbox: " << server.error().toString() << "\n";
        return 1;
    }
    out() << "marketplace with " << orders << " orders ready in " << setup.elapsed() << " ms at "
          << (*server)->url().toString() << "\n";

    // Raw limit.
    const Download d = downloadAll(**server, pageSize);
    qint64 parsed = 0;
    const qint64 insertMs = rawInsert(dir.filePath(QStringLiteral("raw.db")), d.pages, &parsed);
    const double rawMs = double(d.ms + insertMs);
    out() << QStringLiteral("raw download: %1 pages, %2 MiB in %3 ms; raw insert of %4 orders: %5 ms\n")
                 .arg(d.pages.size())
                 .arg(double(d.bytes) / 1048576.0, 0, 'f', 1)
                 .arg(d.ms)
                 .arg(parsed)
                 .arg(insertMs);

    // Ingest through the real engine.
    SystemClock clock;
    SyncEngineOptions engineOptions;
    engineOptions.pageSize = pageSize;
    engineOptions.resources = {QStringLiteral("orders")}; // the raw limit covers orders only
    SyncEngine engine(dir.filePath(QStringLiteral("station.db")), connectionTo(**server), engineOptions, clock);
    QSignalSpy opened(&engine, &SyncEngine::opened);
    engine.open();
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QElapsedTimer t;
    t.start();
    engine.syncOnce();
    if (finished.isEmpty())
        finished.wait(600000);
    const qint64 ingestMs = t.elapsed();
    const SyncReport report = finished.isEmpty() ? SyncReport{} : finished.first().first().value<SyncReport>();
    const qint64 stored = report.total().inserted;
    const double rawRate = rawMs > 0 ? double(parsed) * 1000.0 / rawMs : 0;
    const double ingestRate = ingestMs > 0 ? double(stored) * 1000.0 / double(ingestMs) : 0;
    out() << QStringLiteral("raw limit:    %1 orders/s\n").arg(rawRate, 0, 'f', 0)
          << QStringLiteral("sync ingest:  %1 orders/s (%2 orders in %3 ms, completed: %4)\n")
                 .arg(ingestRate, 0, 'f', 0)
                 .arg(stored)
                 .arg(ingestMs)
                 .arg(report.completed ? QStringLiteral("yes") : QStringLiteral("no"))
          << QStringLiteral("ratio:        %1 (goal >= 0.70)\n").arg(rawRate > 0 ? ingestRate / rawRate : 0, 0, 'f', 2);
    out().flush();

    // Outbox drain: station work queued as events, then one run pushes them.
    {
        OrderStore store(*engine.database(), clock, QStringLiteral("BENCH"));
        QSqlQuery q(engine.database()->connection());
        q.exec(QStringLiteral("SELECT id FROM orders WHERE status = 'new' ORDER BY id LIMIT %1").arg(events));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        int queued = 0;
        for (qint64 id : ids)
            if (store.transition(id, OrderStatus::Verified, QStringLiteral("bench")))
                ++queued;
        finished.clear();
        t.restart();
        engine.syncOnce();
        if (finished.isEmpty())
            finished.wait(600000);
        const qint64 drainMs = t.elapsed();
        const SyncReport r = finished.isEmpty() ? SyncReport{} : finished.first().first().value<SyncReport>();
        out() << QStringLiteral("outbox drain: %1 events/s (%2 delivered in %3 ms; goal >= 500/s)\n")
                     .arg(drainMs > 0 ? double(r.eventsDelivered) * 1000.0 / double(drainMs) : 0, 0, 'f', 0)
                     .arg(r.eventsDelivered)
                     .arg(drainMs);
        Q_UNUSED(queued);
    }
    engine.close();
    return 0;
}
