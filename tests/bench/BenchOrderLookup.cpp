// Benchmark: how fast the order browser's queries answer on a large cache.
//   bench_order_lookup --db PATH [--rounds N]
// Opens an existing database (make one with `saypro-stationctl demo generate --orders 1000000`),
// then times lookups by number, searches of each kind, the first page, a status page and counts,
// and prints p50/p99 per query. It never fails on speed: it prints.

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace saypro;

namespace {
struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Figures measure(int rounds, const std::function<void(int)>& body)
{
    QList<double> ms;
    ms.reserve(rounds);
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        t.start();
        body(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))), ms.last()};
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Database to measure."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Repetitions per query (default 200)."),
                                       QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(dbOpt);
    parser.addOption(roundsOpt);
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(dbOpt)) {
        out << "usage: bench_order_lookup --db PATH [--rounds N]\n";
        return 2;
    }
    auto db = Database::open(parser.value(dbOpt), Database::OpenMode::OpenExisting);
    if (!db) {
        out << db.error().toString() << "\n";
        return 1;
    }
    SystemClock clock;
    OrderStore store(**db, clock, QStringLiteral("bench"));
    const int rounds = std::max(10, parser.value(roundsOpt).toInt());
    const qint64 total = store.count({}).value_or(0);
    out << "orders in cache: " << total << "\n";
    if (total == 0)
        return 1;

    QStringList numbers, names, trackings;
    QSqlQuery q((*db)->connection());
    QRandomGenerator rng(7);
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = 1 + qint64(rng.bounded(quint64(total)));
        q.exec(QStringLiteral("SELECT number, customer_last_name FROM orders WHERE id = %1").arg(id));
        if (q.next()) {
            numbers << q.value(0).toString();
            names << q.value(1).toString();
        }
        q.exec(QStringLiteral("SELECT tracking_number FROM parcels WHERE order_id = %1").arg(id));
        if (q.next())
            trackings << q.value(0).toString();
    }
    q.finish();
    if (numbers.isEmpty())
        return 1;
    if (trackings.isEmpty())
        trackings << QStringLiteral("1Z0000000000000000");

    struct Case
    {
        const char* name;
        std::function<void(int)> body;
    };
    const QList<Case> cases = {
        {"findByNumber (lines included)", [&](int i) { (void)store.findByNumber(numbers.at(i % numbers.size())); }},
        {"search: order number, first page",
         [&](int i) {
             (void)store.page({numbers.at(i % numbers.size()), {}}, std::nullopt, 200);
         }},
        {"search: last name, first page",
         [&](int i) {
             (void)store.page({names.at(i % names.size()), {}}, std::nullopt, 200);
         }},
        {"search: tracking number",
         [&](int i) {
             (void)store.page({trackings.at(i % trackings.size()), {}}, std::nullopt, 200);
         }},
        {"search: SKU (popular), first page",
         [&](int) {
             (void)store.page({QStringLiteral("SP-MUG-BLU"), {}}, std::nullopt, 200);
         }},
        {"first page, no filter", [&](int) { (void)store.page({}, std::nullopt, 200); }},
        {"first page, status on_hold",
         [&](int) {
             (void)store.page({QString(), OrderStatus::OnHold}, std::nullopt, 200);
         }},
        {"count, status delivered",
         [&](int) {
             (void)store.count({QString(), OrderStatus::Delivered});
         }},
        {"count, all orders", [&](int) { (void)store.count({}); }},
    };
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("query").leftJustified(36), QStringLiteral("p50 ms").rightJustified(9),
                    QStringLiteral("p99 ms").rightJustified(9), QStringLiteral("max ms").rightJustified(9));
    for (const Case& c : cases) {
        const Figures f = measure(rounds, c.body);
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(c.name).leftJustified(36))
                   .arg(f.p50, 9, 'f', 3)
                   .arg(f.p99, 9, 'f', 3)
                   .arg(f.max, 9, 'f', 3);
        out.flush();
    }
    return 0;
}
