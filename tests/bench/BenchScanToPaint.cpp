// Benchmark: scan -> verified -> written -> feedback painted, on the real Pack screen.
//   bench_scan_to_paint --db PATH [--scans N]
// Opens an existing station database (make one with `saypro-stationctl demo generate --orders 1000000`),
// adds one picked bench order (a line of many units, so every right scan counts), opens its pack on the Pack
// screen and feeds scans as the scanner would deliver them: a right item, then a wrong item (refused), in
// turn. For each scan it times the whole path until the result banner has painted: PackSession's check, the
// scan_log row (and the pack step) committed with synchronous=FULL, the table and banner updated, the paint.
// Prints p50, p99 and max in milliseconds for accepted and refused scans. It never fails on speed: it prints.
// Run with QT_QPA_PLATFORM=offscreen on a machine without a display.

#include "FeedbackBanner.h"
#include "PackScreen.h"
#include "common/Clock.h"
#include "domain/Gtin.h"
#include "pack/PackStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace saypro;

namespace {

/// Counts paint events of one widget.
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))), ms.last()};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Each refused scan is logged at info level; the figures are what this program is for.
    QLoggingCategory::setFilterRules(QStringLiteral("saypro.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Station database to measure on."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption scansOpt(QStringLiteral("scans"), QStringLiteral("Scans to time (default 2000)."),
                                      QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOption(dbOpt);
    parser.addOption(scansOpt);
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(dbOpt)) {
        out << "usage: bench_scan_to_paint --db PATH [--scans N]\n";
        return 2;
    }
    const int scans = std::max(10, parser.value(scansOpt).toInt());

    auto db = Database::open(parser.value(dbOpt), Database::OpenMode::OpenExisting);
    if (!db) {
        out << "cannot open: " << db.error().toString() << "\n";
        return 1;
    }
    SystemClock clock;
    const QString station = QStringLiteral("BENCH");
    qint64 orders = 0;
    {
        QSqlQuery q((*db)->connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM orders")) && q.next())
            orders = q.value(0).toLongLong();
    }

    // The bench order: one line of many units, picked and ready to pack.
    const QString gtin = Gtin::withCheckDigit(QStringLiteral("600999900001"));
    const QString wrong = Gtin::withCheckDigit(QStringLiteral("600999900002"));
    Order o;
    o.number = QStringLiteral("SP-9%1").arg(QDateTime::currentMSecsSinceEpoch() % 10000000, 7, 10, QLatin1Char('0'));
    o.marketplaceId = QStringLiteral("bench_") + o.number;
    o.status = OrderStatus::Picked;
    o.confirmedAt = clock.now();
    o.updatedAt = o.confirmedAt;
    o.currency = QStringLiteral("ZAR");
    o.customer.name = QStringLiteral("Bench Customer");
    OrderLine line;
    line.lineId = QStringLiteral("L1");
    line.sku = QStringLiteral("BENCH-ITEM");
    line.gtin = gtin;
    line.name = QStringLiteral("Bench item");
    line.quantity = scans; // never complete: every right scan counts
    line.weightGrams = 100;
    o.lines = {line};
    auto inserted = OrderStore(**db, clock, station).insert(o, QStringLiteral("bench"));
    if (!inserted) {
        out << "cannot add the bench order: " << inserted.error().toString() << "\n";
        return 1;
    }

    PackStore store(**db, clock, station);
    PackScreen screen;
    screen.setServices(&store, nullptr, &clock);
    screen.resize(1600, 1000);
    screen.show();
    QCoreApplication::processEvents();
    if (!screen.openOrder(*inserted)) {
        out << "cannot open the pack: " << screen.feedback()->message() << "\n";
        return 1;
    }
    PaintCounter counter;
    screen.feedback()->installEventFilter(&counter);
    QCoreApplication::processEvents();

    QList<double> accepted;
    QList<double> refused;
    QElapsedTimer t;
    for (int i = 0; i < scans; ++i) {
        const bool right = i % 2 == 0;
        const int before = counter.paints;
        t.start();
        screen.handleScan(right ? gtin : wrong);
        while (counter.paints == before)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        (right ? accepted : refused).append(ms);
    }

    const Figures a = figures(accepted);
    const Figures r = figures(refused);
    out << "scan -> verified -> written -> banner painted, Pack screen, " << orders << " orders in the cache\n";
    out << QStringLiteral("accepted (%1 scans): p50 %2 ms, p99 %3 ms, max %4 ms\n")
               .arg(accepted.size())
               .arg(a.p50, 0, 'f', 2)
               .arg(a.p99, 0, 'f', 2)
               .arg(a.max, 0, 'f', 2);
    out << QStringLiteral("refused  (%1 scans): p50 %2 ms, p99 %3 ms, max %4 ms\n")
               .arg(refused.size())
               .arg(r.p50, 0, 'f', 2)
               .arg(r.p99, 0, 'f', 2)
               .arg(r.max, 0, 'f', 2);
    out << "goal: p99 within one 60 Hz frame (16.7 ms)\n";
    return 0;
}
