// `saypro-stationctl stock ...` run as a child process against a demo database: show, adjust (and every way
// an adjustment is refused, with its exit code and the database left as it was), count, low and reconcile.

#include "StationCtlRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using saypro::test::fileHash;
using saypro::test::Run;
using saypro::test::stationctl;

namespace {

/// Every row of `sql` in the database at `path`, values joined with '|'. Opens and closes its own connection.
QStringList sqlRows(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("stock-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells << q.value(i).toString();
                    out << cells.join(u'|');
                }
            } else {
                out << QStringLiteral("error");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestStockCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheStockCommands();
    void showJson();
    void showText();
    void showUnknownSku();
    void adjustBooksAMovement();
    void adjustRefusals_data();
    void adjustRefusals();
    void countShowsThenBooksWithConfirm();
    void countUsageErrors_data();
    void countUsageErrors();
    void lowJson();
    void reorderPointMovesASkuOnAndOffTheList();
    void reconcileAPeriod();
    void missingDatabaseIsNotCreated();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QJsonObject show(bool* ok = nullptr);
    /// What a refused command must not change: the SKU as `stock show` prints it and the row counts.
    QString state();

    QTemporaryDir m_dir;
    QString m_db;
    /// The test bin's entry in `stock show --json`.
    QJsonObject testBin(const QJsonObject& shown) const;

    QString m_sku;
    QString m_lowSku;
    QString m_bin;
};

QJsonObject TestStockCli::show(bool* ok)
{
    const Run r = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("show"), m_sku, QStringLiteral("--json")} + db());
    if (ok)
        *ok = r.exitCode == 0;
    return QJsonDocument::fromJson(r.out).object();
}

QString TestStockCli::state()
{
    QJsonObject o = show();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'#' +
           sqlRows(m_db, QStringLiteral("SELECT (SELECT count(*) FROM stock), (SELECT count(*) FROM stock_movements), "
                                        "(SELECT count(*) FROM outbox), (SELECT count(*) FROM audit_log)"))
               .join(u'\n');
}

void TestStockCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("station.db"));
    const Run init = stationctl({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const Run demo =
        stationctl({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--orders"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    // A product from the demo catalogue, and a bin of JHB1 the demo does not use: units turning up there
    // create its stock row (whether or not the demo wrote stock for the product's own bins).
    const QStringList products = sqlRows(m_db, QStringLiteral("SELECT sku FROM products ORDER BY sku LIMIT 2"));
    QCOMPARE(products.size(), 2);
    m_sku = products.at(0);
    m_lowSku = products.at(1);
    m_bin = QStringLiteral("JHB1-Q-42-17-3-05");
    QCOMPARE(sqlRows(m_db, QStringLiteral("SELECT count(*) FROM stock WHERE location = '%1'").arg(m_bin)).value(0),
             QStringLiteral("0"));
    const Run found =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("adjust"), m_sku, QStringLiteral("--location"),
                               m_bin, QStringLiteral("--delta"), QStringLiteral("10"), QStringLiteral("--reason"),
                               QStringLiteral("found"), QStringLiteral("--actor"), QStringLiteral("cli-test")} +
                   db());
    QVERIFY2(found.exitCode == 0, found.err.constData());
}

QJsonObject TestStockCli::testBin(const QJsonObject& shown) const
{
    for (const QJsonValue& v : shown.value(QLatin1String("bins")).toArray())
        if (v.toObject().value(QLatin1String("location")).toString() == m_bin)
            return v.toObject();
    return {};
}

void TestStockCli::helpListsTheStockCommands()
{
    const Run help = stationctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"stock show", "stock adjust", "stock low", "stock count", "stock reconcile"})
        QVERIFY2(help.out.contains(command), command);
    const Run adjust = stationctl({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("--help")});
    QCOMPARE(adjust.exitCode, 0);
    for (const char* option : {"--location", "--delta", "--reason", "--note", "--actor"})
        QVERIFY2(adjust.out.contains(option), option);
    const Run reconcile = stationctl({QStringLiteral("stock"), QStringLiteral("reconcile"), QStringLiteral("--help")});
    QCOMPARE(reconcile.exitCode, 0);
    QVERIFY(reconcile.out.contains("--from"));
    QVERIFY(reconcile.out.contains("24:00 on --to"));
}

void TestStockCli::showJson()
{
    bool ok = false;
    const QJsonObject o = show(&ok);
    QVERIFY(ok);
    QCOMPARE(o.value(QLatin1String("sku")).toString(), m_sku);
    QVERIFY(!o.value(QLatin1String("name")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("reorder_point")).toInt(), 5);
    // Totals are the sums over the bins.
    const QJsonArray bins = o.value(QLatin1String("bins")).toArray();
    QVERIFY(!bins.isEmpty());
    int onHand = 0;
    int reserved = 0;
    int available = 0;
    for (const QJsonValue& v : bins) {
        const QJsonObject bin = v.toObject();
        for (const char* key : {"location", "on_hand", "reserved", "available", "market_on_hand", "version"})
            QVERIFY2(bin.contains(QLatin1String(key)), key);
        onHand += bin.value(QLatin1String("on_hand")).toInt();
        reserved += bin.value(QLatin1String("reserved")).toInt();
        available += bin.value(QLatin1String("available")).toInt();
    }
    QCOMPARE(o.value(QLatin1String("on_hand")).toInt(), onHand);
    QCOMPARE(o.value(QLatin1String("reserved")).toInt(), reserved);
    QCOMPARE(o.value(QLatin1String("available")).toInt(), available);
    const QJsonObject bin = testBin(o);
    QCOMPARE(bin.value(QLatin1String("on_hand")).toInt(), 10);
    QCOMPARE(bin.value(QLatin1String("reserved")).toInt(), 0);
    QCOMPARE(bin.value(QLatin1String("available")).toInt(), 10);
    QCOMPARE(bin.value(QLatin1String("market_on_hand")).toInt(), 0); // a row this station created
    QCOMPARE(bin.value(QLatin1String("version")).toInt(), 0);
    QVERIFY(o.value(QLatin1String("reservations")).isArray());
    const QJsonArray movements = o.value(QLatin1String("movements")).toArray();
    QCOMPARE(movements.size(), 1);
    const QJsonObject first = movements.first().toObject();
    QCOMPARE(first.value(QLatin1String("location")).toString(), m_bin);
    QCOMPARE(first.value(QLatin1String("reason")).toString(), QStringLiteral("found"));
    QCOMPARE(first.value(QLatin1String("delta")).toInt(), 10);
    QCOMPARE(first.value(QLatin1String("on_hand_after")).toInt(), 10);
    QCOMPARE(first.value(QLatin1String("actor")).toString(), QStringLiteral("cli-test"));
    QCOMPARE(first.value(QLatin1String("sent")).toBool(true), false);
    QVERIFY(first.value(QLatin1String("order_number")).isNull());
    // The movement is queued for the marketplace, for no order.
    QCOMPARE(sqlRows(m_db, QStringLiteral("SELECT o.order_id IS NULL, o.kind, o.path FROM stock_movements m JOIN "
                                          "outbox o ON o.id = m.outbox_id")),
             QStringList{QStringLiteral("1|stock_adjustment|/v1/inventory/adjustments")});
}

void TestStockCli::showText()
{
    // Lower case is forgiven: SKUs are stored upper case.
    const Run text = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("show"), m_sku.toLower()} + db());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_sku.toUtf8()));
    QVERIFY(text.out.contains(m_bin.toUtf8()));
    QVERIFY(text.out.contains("Reservations:"));
    QVERIFY(text.out.contains("Last movements:"));
}

void TestStockCli::showUnknownSku()
{
    const Run r =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("SP-NOPE")} + db());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("SP-NOPE"), r.err.constData());
    const Run none = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("show")} + db());
    QCOMPARE(none.exitCode, 2);
}

void TestStockCli::adjustBooksAMovement()
{
    const int before = testBin(show()).value(QLatin1String("on_hand")).toInt();
    // A negative delta as a separate argument, and a note.
    const Run damage = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("adjust"), m_sku, QStringLiteral("--location"), m_bin,
                    QStringLiteral("--delta"), QStringLiteral("-2"), QStringLiteral("--reason"),
                    QStringLiteral("damage"), QStringLiteral("--note"), QStringLiteral("dropped from the ladder")} +
        db());
    QVERIFY2(damage.exitCode == 0, damage.err.constData());
    QVERIFY2(damage.out.contains(QStringLiteral("On hand now %1").arg(before - 2).toUtf8()), damage.out.constData());

    const Run correction =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("adjust"), m_sku, QStringLiteral("--location"),
                               m_bin.toLower(), QStringLiteral("--delta=+1"), QStringLiteral("--reason"),
                               QStringLiteral("correction"), QStringLiteral("--json")} +
                   db());
    QVERIFY2(correction.exitCode == 0, correction.err.constData());
    const QJsonObject m = QJsonDocument::fromJson(correction.out).object();
    QCOMPARE(m.value(QLatin1String("location")).toString(), m_bin);
    QCOMPARE(m.value(QLatin1String("delta")).toInt(), 1);
    QCOMPARE(m.value(QLatin1String("reason")).toString(), QStringLiteral("correction"));
    QCOMPARE(m.value(QLatin1String("on_hand")).toInt(), before - 1);
    QCOMPARE(m.value(QLatin1String("on_hand_after")).toInt(), before - 1);
    // The actor defaults to the operating system user.
    QVERIFY(!m.value(QLatin1String("actor")).toString().isEmpty());

    const QJsonArray movements = show().value(QLatin1String("movements")).toArray();
    QCOMPARE(movements.at(1).toObject().value(QLatin1String("note")).toString(),
             QStringLiteral("dropped from the ladder"));
    QCOMPARE(testBin(show()).value(QLatin1String("on_hand")).toInt(), before - 1);
}

void TestStockCli::adjustRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    // Placeholders: SKU and BIN are replaced by the test's SKU and bin.
    auto adjust = [](std::initializer_list<const char*> rest) {
        QStringList args{QStringLiteral("stock"), QStringLiteral("adjust")};
        for (const char* a : rest)
            args << QString::fromLatin1(a);
        return args;
    };
    QTest::addRow("unknown SKU") << adjust({"SP-NOPE", "--location", "BIN", "--delta", "1", "--reason", "found"}) << 1
                                 << QStringLiteral("SP-NOPE");
    QTest::addRow("negative result") << adjust({"SKU", "--location", "BIN", "--delta=-1000", "--reason", "damage"}) << 1
                                     << QStringLiteral("in the bin");
    QTest::addRow("malformed location") << adjust({"SKU", "--location", "SHELF-9", "--delta", "1", "--reason", "found"})
                                        << 1
                                        << QStringLiteral(
                                               "SHELF-9 is not a bin code; bin codes look like JHB1-A-03-12-2-04");
    QTest::addRow("unknown warehouse") << adjust({"SKU", "--location", "XXX1-A-01-01-1-01", "--delta", "1", "--reason",
                                                  "found"})
                                       << 1 << QStringLiteral("XXX1");
    QTest::addRow("zero delta") << adjust({"SKU", "--location", "BIN", "--delta", "0", "--reason", "found"}) << 1
                                << QStringLiteral("at least one unit");
    QTest::addRow("bad reason") << adjust({"SKU", "--location", "BIN", "--delta", "1", "--reason", "stolen"}) << 2
                                << QStringLiteral("Unknown reason 'stolen'");
    QTest::addRow("pick is not an adjustment") << adjust({"SKU", "--location", "BIN", "--delta=-1", "--reason", "pick"})
                                               << 2 << QStringLiteral("Unknown reason 'pick'");
    QTest::addRow("non-integer delta") << adjust({"SKU", "--location", "BIN", "--delta", "lots", "--reason", "found"})
                                       << 2 << QStringLiteral("--delta must be a whole number");
    QTest::addRow("fractional delta") << adjust({"SKU", "--location", "BIN", "--delta", "1.5", "--reason", "found"})
                                      << 2 << QStringLiteral("--delta");
    QTest::addRow("no location") << adjust({"SKU", "--delta", "1", "--reason", "found"}) << 2
                                 << QStringLiteral("--location is required");
    QTest::addRow("no delta") << adjust({"SKU", "--location", "BIN", "--reason", "found"}) << 2
                              << QStringLiteral("--delta is required");
    QTest::addRow("no SKU") << adjust({"--location", "BIN", "--delta", "1", "--reason", "found"}) << 2
                            << QStringLiteral("SKU");
    QTest::addRow("unknown option") << adjust(
                                           {"SKU", "--location", "BIN", "--delta", "1", "--reason", "found", "--force"})
                                    << 2 << QStringLiteral("force");
}

void TestStockCli::adjustRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    for (QString& a : args) {
        if (a == QLatin1String("SKU"))
            a = m_sku;
        else if (a == QLatin1String("BIN"))
            a = m_bin;
    }
    const QString before = state();
    const Run r = stationctl(args + db());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(state(), before);
}

void TestStockCli::countShowsThenBooksWithConfirm()
{
    const int onHand = testBin(show()).value(QLatin1String("on_hand")).toInt();
    const QString item = QStringLiteral("%1=%2").arg(m_sku).arg(onHand - 3);
    const QString before = state();
    const Run look = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("count"), m_bin, item} + db());
    QVERIFY2(look.exitCode == 0, look.err.constData());
    QVERIFY(look.out.contains(m_sku.toUtf8()));
    QVERIFY(look.out.contains("-3"));
    QVERIFY(look.out.contains("--confirm"));
    QCOMPARE(state(), before);

    // The same SKU named twice is added up: (onHand - 4) + 1.
    const Run book =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("count"), m_bin,
                               QStringLiteral("%1=%2").arg(m_sku).arg(onHand - 4), QStringLiteral("%1=1").arg(m_sku),
                               QStringLiteral("--confirm"), QStringLiteral("--json"), QStringLiteral("--actor"),
                               QStringLiteral("counter")} +
                   db());
    QVERIFY2(book.exitCode == 0, book.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(book.out).object();
    QCOMPARE(o.value(QLatin1String("confirmed")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("location")).toString(), m_bin);
    const QJsonArray diffs = o.value(QLatin1String("differences")).toArray();
    QCOMPARE(diffs.size(), 1);
    QCOMPARE(diffs.first().toObject().value(QLatin1String("book")).toInt(), onHand);
    QCOMPARE(diffs.first().toObject().value(QLatin1String("counted")).toInt(), onHand - 3);
    const QJsonArray moves = o.value(QLatin1String("movements")).toArray();
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().toObject().value(QLatin1String("reason")).toString(), QStringLiteral("cycle_count"));
    QCOMPARE(moves.first().toObject().value(QLatin1String("delta")).toInt(), -3);
    QCOMPARE(moves.first().toObject().value(QLatin1String("actor")).toString(), QStringLiteral("counter"));
    QCOMPARE(testBin(show()).value(QLatin1String("on_hand")).toInt(), onHand - 3);

    // Counting again: nothing to book.
    const Run again =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("count"), m_bin,
                               QStringLiteral("%1=%2").arg(m_sku).arg(onHand - 3), QStringLiteral("--confirm")} +
                   db());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("0 cycle-count adjustment"));
    QCOMPARE(testBin(show()).value(QLatin1String("on_hand")).toInt(), onHand - 3);
}

void TestStockCli::countUsageErrors_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no counts") << QStringList{} << 2 << QStringLiteral("at least one count");
    QTest::addRow("no equals sign") << QStringList{QStringLiteral("SKU")} << 2 << QStringLiteral("is not a count");
    QTest::addRow("not a number") << QStringList{QStringLiteral("SKU=many")} << 2 << QStringLiteral("is not a count");
    QTest::addRow("negative") << QStringList{QStringLiteral("SKU=-1")} << 1 << QStringLiteral("cannot be negative");
    QTest::addRow("unknown SKU") << QStringList{QStringLiteral("SKU=1"), QStringLiteral("SP-NOPE=1")} << 1
                                 << QStringLiteral("SP-NOPE");
}

void TestStockCli::countUsageErrors()
{
    QFETCH(QStringList, items);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    for (QString& item : items)
        item.replace(QLatin1String("SKU"), m_sku);
    const QString before = state();
    const Run r = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("count"), m_bin} + items +
                             QStringList{QStringLiteral("--confirm")} + db());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(state(), before);
}

void TestStockCli::lowJson()
{
    // Empty every bin of a second SKU: it must be on the list with nothing available.
    const QJsonObject low =
        QJsonDocument::fromJson(
            stationctl(
                QStringList{QStringLiteral("stock"), QStringLiteral("show"), m_lowSku, QStringLiteral("--json")} + db())
                .out)
            .object();
    for (const QJsonValue& v : low.value(QLatin1String("bins")).toArray()) {
        const int n = v.toObject().value(QLatin1String("on_hand")).toInt();
        if (n == 0)
            continue;
        const Run r = stationctl(
            QStringList{QStringLiteral("stock"), QStringLiteral("adjust"), m_lowSku, QStringLiteral("--location"),
                        v.toObject().value(QLatin1String("location")).toString(), QStringLiteral("--delta=%1").arg(-n),
                        QStringLiteral("--reason"), QStringLiteral("correction")} +
            db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    const Run r = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("low"), QStringLiteral("--json"),
                                         QStringLiteral("--limit"), QStringLiteral("1000")} +
                             db());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!items.isEmpty());
    int previous = -1;
    bool listed = false;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"sku", "name", "on_hand", "reserved", "available", "reorder_point"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        // The first SKU has at least the test bin's units available: more than its reorder point of 5.
        QVERIFY(o.value(QLatin1String("sku")).toString() != m_sku);
        QVERIFY(o.value(QLatin1String("available")).toInt() <= o.value(QLatin1String("reorder_point")).toInt());
        QVERIFY(o.value(QLatin1String("available")).toInt() >= previous);
        previous = o.value(QLatin1String("available")).toInt();
        if (o.value(QLatin1String("sku")).toString() == m_lowSku) {
            listed = true;
            QCOMPARE(o.value(QLatin1String("available")).toInt(), 0);
            QCOMPARE(o.value(QLatin1String("on_hand")).toInt(), 0);
            QCOMPARE(o.value(QLatin1String("reorder_point")).toInt(), 5);
            QVERIFY(!o.value(QLatin1String("name")).toString().isEmpty());
        }
    }
    QVERIFY(listed);
    const Run limited = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("low"), QStringLiteral("--json"),
                                               QStringLiteral("--limit"), QStringLiteral("1")} +
                                   db());
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 1);
    const Run text = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("low")} + db());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_lowSku.toUtf8()));
    const Run bad = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("low"), QStringLiteral("--limit"), QStringLiteral("none")} +
        db());
    QCOMPARE(bad.exitCode, 2);
}

void TestStockCli::reorderPointMovesASkuOnAndOffTheList()
{
    const auto listed = [this](const QString& sku) {
        const Run r = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("low"), QStringLiteral("--json"),
                                             QStringLiteral("--limit"), QStringLiteral("100000")} +
                                 db());
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1String("sku")).toString() == sku)
                return true;
        return false;
    };
    QVERIFY(!listed(m_sku));
    const Run set =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("reorder-point"), m_sku,
                               QStringLiteral("1000000"), QStringLiteral("--actor"), QStringLiteral("thandi")} +
                   db());
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(listed(m_sku));
    // Audited with the actor.
    const Run show = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("show"), m_sku, QStringLiteral("--json")} + db());
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QLatin1String("reorder_point")).toInt(), 1000000);
    // Bad input: a negative number, an unknown SKU; nothing changes.
    const Run negative = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("reorder-point"), m_sku, QStringLiteral("-1")} + db());
    QCOMPARE(negative.exitCode, 2);
    const Run unknown = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("reorder-point"),
                                               QStringLiteral("SP-NO-SUCH"), QStringLiteral("3")} +
                                   db());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!unknown.err.isEmpty());
    const Run back = stationctl(
        QStringList{QStringLiteral("stock"), QStringLiteral("reorder-point"), m_sku, QStringLiteral("5")} + db());
    QCOMPARE(back.exitCode, 0);
    QVERIFY(!listed(m_sku));
}

void TestStockCli::reconcileAPeriod()
{
    // Long ago: no activity, everything balances.
    const Run quiet =
        stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("reconcile"), QStringLiteral("--from"),
                               QStringLiteral("2001-01-01"), QStringLiteral("--to"), QStringLiteral("2001-01-31"),
                               QStringLiteral("--json")} +
                   db());
    QCOMPARE(quiet.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(quiet.out).object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QVERIFY(o.value(QLatin1String("lines")).toArray().isEmpty());
    QVERIFY(o.value(QLatin1String("from")).toString().startsWith(QLatin1String("200")));

    for (const QStringList& bad : {QStringList{QStringLiteral("--from"), QStringLiteral("2001-13-01"),
                                               QStringLiteral("--to"), QStringLiteral("2001-01-31")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2001-02-01"),
                                               QStringLiteral("--to"), QStringLiteral("2001-01-31")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2001-02-01")}}) {
        const Run r = stationctl(QStringList{QStringLiteral("stock"), QStringLiteral("reconcile")} + bad + db());
        QCOMPARE(r.exitCode, 2);
    }
}

void TestStockCli::missingDatabaseIsNotCreated()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/missing.db"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("stock"), QStringLiteral("show"), m_sku},
          QStringList{QStringLiteral("stock"), QStringLiteral("low")},
          QStringList{QStringLiteral("stock"), QStringLiteral("adjust"), m_sku, QStringLiteral("--location"), m_bin,
                      QStringLiteral("--delta"), QStringLiteral("1"), QStringLiteral("--reason"),
                      QStringLiteral("found")}}) {
        const Run r = stationctl(args + QStringList{QStringLiteral("--db"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFile::exists(missing));
    }
}

QTEST_GUILESS_MAIN(TestStockCli)
#include "TestStockCli.moc"
