// Runs the real saypro-stationctl binary the way an administrator's script does and checks its
// output, its exit codes, and that bad input never damages a database.

#include "StationCtlRun.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using saypro::test::fileHash;
using saypro::test::Run;
using saypro::test::stationctl;

class TestStationCtl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void missingDatabaseIsNotCreated();
    void corruptDatabaseIsRefusedAndUnchanged();
    void statsAndList();
    void showOrder();
    void unknownOrderNumber();
    void scansOfAnOrder();
    void checkFindsTamperedAuditRow_data();
    void checkFindsTamperedAuditRow();
    void demoIsDeterministic();

private:
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestStationCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = dbPath(QStringLiteral("station.db"));
    const Run r =
        stationctl({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--orders"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("42")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestStationCtl::versionAndHelp()
{
    const Run version = stationctl({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("saypro-stationctl "));
    QVERIFY(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+")).match(QString::fromUtf8(version.out)).hasMatch());

    const Run help = stationctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"db init", "db check", "db stats", "demo generate", "orders list", "orders show"})
        QVERIFY2(help.out.contains(command), command);

    const Run commandHelp = stationctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("--status"));
    QVERIFY(commandHelp.out.contains("--limit"));
    QVERIFY(commandHelp.out.contains("--db"));
}

void TestStationCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
    QTest::addRow("unknown flag") << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                                 QStringLiteral("--colour")}
                                  << QByteArray("colour");
    QTest::addRow("unknown status") << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                                   QStringLiteral("--status"), QStringLiteral("lost")}
                                    << QByteArray("Unknown status 'lost'");
    QTest::addRow("bad limit") << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                              QStringLiteral("--limit"), QStringLiteral("many")}
                               << QByteArray("--limit");
    QTest::addRow("bad order count") << QStringList{QStringLiteral("demo"), QStringLiteral("generate"),
                                                    QStringLiteral("--orders"), QStringLiteral("-5")}
                                     << QByteArray("--orders");
    QTest::addRow("show without number") << QStringList{QStringLiteral("orders"), QStringLiteral("show")}
                                         << QByteArray("order number");
}

void TestStationCtl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const QByteArray before = fileHash(m_db);
    const Run r = stationctl(args + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    QCOMPARE(fileHash(m_db), before);
}

void TestStationCtl::missingDatabaseIsNotCreated()
{
    const QString missing = dbPath(QStringLiteral("nowhere/missing.db"));
    for (const QStringList& args : {QStringList{QStringLiteral("orders"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("db"), QStringLiteral("check")},
                                    QStringList{QStringLiteral("db"), QStringLiteral("stats")}}) {
        const Run r = stationctl(args + QStringList{QStringLiteral("--db"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFile::exists(missing));
    }
}

void TestStationCtl::corruptDatabaseIsRefusedAndUnchanged()
{
    const QString corrupt = dbPath(QStringLiteral("corrupt.db"));
    {
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a packing list, not a database\n");
    }
    const QByteArray before = fileHash(corrupt);
    for (const QStringList& args : {QStringList{QStringLiteral("orders"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("db"), QStringLiteral("check")},
                                    QStringList{QStringLiteral("db"), QStringLiteral("init")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("generate")}}) {
        const Run r = stationctl(args + QStringList{QStringLiteral("--db"), corrupt});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a SayPro Station database"), r.err.constData());
        QCOMPARE(fileHash(corrupt), before);
    }
    QVERIFY(!QFile::exists(corrupt + QStringLiteral("-wal")));
}

void TestStationCtl::statsAndList()
{
    const Run stats = stationctl(
        {QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(s.value(QLatin1String("orders")).toInteger(), 300);
    QCOMPARE(s.value(QLatin1String("schema_version")).toInt(), saypro::Database::latestSchemaVersion());

    const Run list = stationctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray orders = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(orders.size(), 300);
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    int shipped = 0;
    for (const QJsonValue& v : orders) {
        const QJsonObject o = v.toObject();
        for (const char* key :
             {"number", "status", "confirmed_at", "ship_by", "shipped_at", "service_level", "warehouse"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(iso.match(o.value(QLatin1String("confirmed_at")).toString()).hasMatch());
        QVERIFY(iso.match(o.value(QLatin1String("ship_by")).toString()).hasMatch());
        if (!o.value(QLatin1String("shipped_at")).isNull()) {
            QVERIFY(iso.match(o.value(QLatin1String("shipped_at")).toString()).hasMatch());
            ++shipped;
        }
    }
    QVERIFY(shipped > 0);
    // Newest first.
    QCOMPARE(orders.first().toObject().value(QLatin1String("number")).toString(), QStringLiteral("SP-00000300"));

    const Run delivered = stationctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--status"), QStringLiteral("delivered"),
                                      QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
    QCOMPARE(delivered.exitCode, 0);
    const QJsonArray d = QJsonDocument::fromJson(delivered.out).array();
    QVERIFY(!d.isEmpty());
    for (const QJsonValue& v : d)
        QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(qint64(d.size()),
             s.value(QLatin1String("orders_by_status")).toObject().value(QLatin1String("delivered")).toInteger());
}

void TestStationCtl::showOrder()
{
    const Run r = stationctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("SP-00000123"),
                              QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("number")).toString(), QStringLiteral("SP-00000123"));
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    QVERIFY(!lines.isEmpty());
    qint64 items = 0;
    for (const QJsonValue& l : lines)
        items += l.toObject().value(QLatin1String("line_total_minor")).toInteger();
    const QJsonObject totals = o.value(QLatin1String("totals")).toObject();
    QCOMPARE(items, totals.value(QLatin1String("items_minor")).toInteger());
    QCOMPARE(items - totals.value(QLatin1String("discount_minor")).toInteger() +
                 totals.value(QLatin1String("shipping_minor")).toInteger() +
                 totals.value(QLatin1String("tax_minor")).toInteger(),
             totals.value(QLatin1String("total_minor")).toInteger());
    const QJsonArray history = o.value(QLatin1String("history")).toArray();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().toObject().value(QLatin1String("action")).toString(), QStringLiteral("created"));
    QCOMPARE(history.last().toObject().value(QLatin1String("to")).toString(),
             o.value(QLatin1String("status")).toString());

    // Lower case and surrounding blanks are forgiven; the human form names the order.
    const Run text = stationctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral(" sp-00000123 "),
                                 QStringLiteral("--db"), m_db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Order SP-00000123"));
    QVERIFY(text.out.contains("History:"));
}

void TestStationCtl::unknownOrderNumber()
{
    const QByteArray before = fileHash(m_db);
    const Run r = stationctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("SP-99999999"),
                              QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("There is no order SP-99999999"), r.err.constData());
    QCOMPARE(fileHash(m_db), before);
}

void TestStationCtl::scansOfAnOrder()
{
    const QString path = dbPath(QStringLiteral("scans.db"));
    QVERIFY(QFile::copy(m_db, path));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scans"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO scan_log (at, station, actor, order_id, code, symbology, accepted, reason, context, line_id, "
            "quantity, parcel, detail) SELECT 1772442000000, 'ST-01', 'thandi', id, '6009876000019', '', 1, "
            "'accepted', "
            "'pack', 'L1', 1, 1, 'line L1: +1 -> 1/2' FROM orders WHERE number = 'SP-00000123'")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO scan_log (at, station, actor, order_id, code, symbology, accepted, reason, context, line_id, "
            "quantity, parcel, detail) SELECT 1772442001000, 'ST-01', 'thandi', id, '6001234000037', '', 0, "
            "'wrong_item', 'pack', '', 0, 1, 'GTIN 06001234000037 is on no line' FROM orders WHERE number = "
            "'SP-00000123'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scans"));

    const Run r = stationctl({QStringLiteral("orders"), QStringLiteral("scans"), QStringLiteral("SP-00000123"),
                              QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("order")).toString(), QStringLiteral("SP-00000123"));
    const QJsonArray scans = o.value(QLatin1String("scans")).toArray();
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("accepted"));
    QVERIFY(scans.at(0).toObject().value(QLatin1String("accepted")).toBool());
    QCOMPARE(scans.at(1).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("wrong_item"));
    QVERIFY(!scans.at(1).toObject().value(QLatin1String("accepted")).toBool());
    QCOMPARE(scans.at(1).toObject().value(QLatin1String("actor")).toString(), QStringLiteral("thandi"));

    // The last one only; in words, FAIL and the reason.
    const Run last = stationctl({QStringLiteral("orders"), QStringLiteral("scans"), QStringLiteral("SP-00000123"),
                                 QStringLiteral("--db"), path, QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(last.exitCode, 0);
    QVERIFY2(last.out.contains("FAIL") && last.out.contains("wrong_item"), last.out.constData());
    QVERIFY(!last.out.contains("+1 -> 1/2"));

    QCOMPARE(stationctl({QStringLiteral("orders"), QStringLiteral("scans"), QStringLiteral("SP-99999999"),
                         QStringLiteral("--db"), path})
                 .exitCode,
             1);
    QCOMPARE(stationctl({QStringLiteral("orders"), QStringLiteral("scans"), QStringLiteral("SP-00000123"),
                         QStringLiteral("--db"), path, QStringLiteral("--limit"), QStringLiteral("0")})
                 .exitCode,
             2);
}

void TestStationCtl::checkFindsTamperedAuditRow_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("badRow");
    QTest::addRow("actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 57")
                                   << qint64(57);
    QTest::addRow("status rewritten") << QStringLiteral(
                                             "UPDATE audit_log SET after_json = '{\"status\":\"delivered\"}' "
                                             "WHERE id = 200")
                                      << qint64(200);
    QTest::addRow("time moved") << QStringLiteral("UPDATE audit_log SET at = at - 3600000 WHERE id = 3") << qint64(3);
    QTest::addRow("row deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 120") << qint64(120);
}

void TestStationCtl::checkFindsTamperedAuditRow()
{
    QFETCH(QString, sql);
    QFETCH(qint64, badRow);
    const QString copy =
        dbPath(QStringLiteral("tamper-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    // A clean copy: the generated database passes first.
    const Run make =
        stationctl({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--db"), copy,
                    QStringLiteral("--orders"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(make.exitCode, 0);
    QCOMPARE(stationctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy}).exitCode, 0);

    // Tamper with the sqlite3 shell, as someone with file access would.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {copy, sql});
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitCode(), 0);

    const Run check = stationctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("audit chain broken at row %1").arg(badRow).toUtf8()),
             check.out.constData());

    const Run json = stationctl(
        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("audit_first_bad_row")).toInteger(), badRow);
}

void TestStationCtl::demoIsDeterministic()
{
    const QString a = dbPath(QStringLiteral("a.db"));
    const QString b = dbPath(QStringLiteral("b.db"));
    for (const QString& path : {a, b})
        QCOMPARE(stationctl({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--db"), path,
                             QStringLiteral("--orders"), QStringLiteral("50"), QStringLiteral("--seed"),
                             QStringLiteral("9")})
                     .exitCode,
                 0);
    auto showJson = [](const QString& path, const QString& number) {
        QJsonObject o = QJsonDocument::fromJson(stationctl({QStringLiteral("orders"), QStringLiteral("show"), number,
                                                            QStringLiteral("--db"), path, QStringLiteral("--json")})
                                                    .out)
                            .object();
        // Times depend on the moment of generation; everything else depends on the seed alone.
        for (const char* key :
             {"placed_at", "confirmed_at", "ship_by", "shipped_at", "delivered_at", "updated_at", "history"})
            o.remove(QLatin1String(key));
        return o;
    };
    for (const QString& number :
         {QStringLiteral("SP-00000001"), QStringLiteral("SP-00000025"), QStringLiteral("SP-00000050")}) {
        const QJsonObject x = showJson(a, number);
        QVERIFY(!x.isEmpty());
        QCOMPARE(x, showJson(b, number));
    }
}

QTEST_GUILESS_MAIN(TestStationCtl)
#include "TestStationCtl.moc"
