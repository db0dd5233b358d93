// `saypro-stationctl label`, `label void`, `manifest close|list` and `print-jobs` run as a child process against a
// demo database: what the label files hold (ZPL, PDF, PNG), that a second label is a reprint, that every refused
// command leaves the file as it was, raw printing to a port-9100 printer (and one that is not there), void and
// manifest, and that killing the process between allocating tracking numbers and writing the label never issues a
// number twice or loses one.

#include "StationCtlRun.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using saypro::test::fileHash;
using saypro::test::Run;
using saypro::test::stationctl;

namespace {

/// Every row of `sql` (bound `values`) in the database at `path`, values joined with '|'; "error: ..." when the
/// statement fails. Opens and closes its own connection, so the CLI stays the last one to close the file.
QStringList sqlRows(const QString& path, const QString& sql, const QVariantList& values = {})
{
    const QString name = QStringLiteral("label-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            out << QStringLiteral("error: open");
        } else {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            if (q.exec()) {
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells << q.value(i).toString();
                    out << cells.join(u'|');
                }
            } else {
                out << QString(QStringLiteral("error: ") + q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// The single value `sql` returns.
QString sqlValue(const QString& path, const QString& sql, const QVariantList& values = {})
{
    const QStringList rows = sqlRows(path, sql, values);
    return rows.size() == 1 ? rows.constFirst() : QStringLiteral("<%1 rows>").arg(rows.size());
}

/// The database file and its write-ahead log, as bytes: equal before and after means nothing was written.
QByteArray fingerprint(const QString& db)
{
    return fileHash(db) + fileHash(db + QStringLiteral("-wal"));
}

QJsonObject jsonObject(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString orderStatus(const QString& db, const QString& order)
{
    return sqlValue(db, QStringLiteral("SELECT status FROM orders WHERE number = ?"), {order});
}

/// A raw-TCP label printer (the port-9100 way a Zebra takes ZPL) on 127.0.0.1, in its own thread with blocking
/// calls: takes one connection and keeps every byte until the sender closes it.
class FakePrinter final
{
public:
    FakePrinter()
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
        m_listening.acquire();
    }
    ~FakePrinter() { m_thread->wait(); }
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    /// Waits for the connection to end; what the printer received.
    QByteArray received()
    {
        m_thread->wait();
        return m_bytes;
    }
    bool connected()
    {
        m_thread->wait();
        return m_connected;
    }

private:
    void run()
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        m_listening.release();
        if (m_port == 0 || !server.waitForNewConnection(20000))
            return;
        QTcpSocket* socket = server.nextPendingConnection();
        m_connected = true;
        while (socket->waitForReadyRead(10000))
            m_bytes += socket->readAll();
        m_bytes += socket->readAll();
    }

    std::unique_ptr<QThread> m_thread;
    QSemaphore m_listening;
    quint16 m_port = 0;
    bool m_connected = false;
    QByteArray m_bytes;
};

/// A local port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestLabelCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void zplStructure_data();
    void zplStructure();
    void pdfAndPng();
    void secondLabelIsAReprint();
    void badInputChangesNothing();
    void serviceWithoutReasonChangesNothing();
    void exhaustedRangeChangesNothing();
    void rawPrinterGetsTheSameBytes();
    void unreachablePrinterKeepsTheJob();
    void voidAndManifest();
    void killedBetweenAllocationAndPrinting();

private:
    /// A copy of the demo database (packed orders, the built-in tracking ranges) for one test.
    QString freshDb(const QString& name);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// `label ORDER --db DB ARGS... --json`.
    Run label(const QString& db, const QString& order, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_base;
    QStringList m_packed;                ///< packed orders with a packed shipment that can be labelled, by number
    QHash<QString, QString> m_carrierOf; ///< the carrier each of them gets
    QStringList m_unlabellable;          ///< packed orders no carrier service of the station takes
    QString m_packedAbroad;              ///< one of them going by USPS to the US (a routing barcode too)
    QString m_ready;                     ///< an order that is not packed yet
};

void TestLabelCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The children read Settings (a carriers file could be configured there): give them an empty configuration.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    m_base = path(QStringLiteral("base.db"));
    const Run demo = stationctl({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--db"), m_base,
                                 QStringLiteral("--orders"), QStringLiteral("3000")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const Run ranges = stationctl({QStringLiteral("tracking"), QStringLiteral("add-range"),
                                   QStringLiteral("--defaults"), QStringLiteral("--db"), m_base});
    QVERIFY2(ranges.exitCode == 0, ranges.err.constData());
    const QStringList packed =
        sqlRows(m_base, QStringLiteral("SELECT o.number, o.ship_country FROM orders o JOIN shipments s ON s.order_id = "
                                       "o.id WHERE o.status = 'packed' AND s.status = 'packed' ORDER BY o.number"));
    // Which of them a label can be made for (a few demo orders have no allowed service) and with which carrier:
    // label them all on a copy.
    const QString probe = path(QStringLiteral("probe.db"));
    QVERIFY(QFile::copy(m_base, probe));
    for (const QString& row : packed) {
        const QStringList cells = row.split(u'|');
        QCOMPARE(cells.size(), 2);
        const Run r = label(probe, cells.at(0), {QStringLiteral("--out"), path(QStringLiteral("probe.zpl"))});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        if (r.exitCode == 1) {
            QVERIFY2(r.err.contains("No carrier service takes"), r.err.constData());
            m_unlabellable << cells.at(0);
            continue;
        }
        const QString carrier = jsonObject(r).value(QLatin1String("carrier")).toString();
        m_packed << cells.at(0);
        m_carrierOf.insert(cells.at(0), carrier);
        if (m_packedAbroad.isEmpty() && cells.at(1) == QLatin1String("US") && carrier == QLatin1String("usps"))
            m_packedAbroad = cells.at(0);
    }
    QVERIFY2(m_packed.size() >= 10, qPrintable(packed.join(u',')));
    QVERIFY2(!m_packedAbroad.isEmpty(), qPrintable(packed.join(u',')));
    m_ready =
        sqlValue(m_base, QStringLiteral("SELECT number FROM orders WHERE status = 'ready' ORDER BY number LIMIT 1"));
    QVERIFY2(m_ready.startsWith(QLatin1String("SP-")), qPrintable(m_ready));
    QCOMPARE(sqlValue(m_base, QStringLiteral("SELECT count(*) FROM tracking_numbers")), QStringLiteral("0"));
}

QString TestLabelCli::freshDb(const QString& name)
{
    const QString db = path(name);
    QFile::remove(db);
    if (!QFile::copy(m_base, db))
        return {};
    return db;
}

Run TestLabelCli::label(const QString& db, const QString& order, const QStringList& args)
{
    return stationctl(QStringList{QStringLiteral("label"), order, QStringLiteral("--db"), db} + args +
                      QStringList{QStringLiteral("--json")});
}

void TestLabelCli::zplStructure_data()
{
    QTest::addColumn<bool>("abroad");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("length");
    QTest::addRow("domestic 203 dpi") << false << 203 << 812 << 1218;
    QTest::addRow("domestic 300 dpi") << false << 300 << 1218 << 1827;
    QTest::addRow("US 203 dpi") << true << 203 << 812 << 1218;
    QTest::addRow("US 300 dpi") << true << 300 << 1218 << 1827;
}

void TestLabelCli::zplStructure()
{
    QFETCH(bool, abroad);
    QFETCH(int, dpi);
    QFETCH(int, width);
    QFETCH(int, length);
    const QString db = freshDb(QStringLiteral("zpl.db"));
    QVERIFY(!db.isEmpty());
    const QString order = abroad ? m_packedAbroad : m_packed.constFirst();
    const QString out = path(QStringLiteral("label.zpl"));
    const Run r = label(db, order,
                        {QStringLiteral("--format"), QStringLiteral("zpl"), QStringLiteral("--dpi"),
                         QString::number(dpi), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = jsonObject(r);
    QCOMPARE(o.value(QLatin1String("order")).toString(), order);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("labelled"));
    QCOMPARE(o.value(QLatin1String("reprint")).toBool(true), false);
    QCOMPARE(strings(o.value(QLatin1String("files"))), QStringList{out});
    const QStringList numbers = strings(o.value(QLatin1String("tracking_numbers")));
    QVERIFY(!numbers.isEmpty());

    const QByteArray zpl = readAll(out).trimmed();
    QVERIFY2(zpl.startsWith("^XA"), zpl.left(40).constData());
    QVERIFY2(zpl.endsWith("^XZ"), zpl.right(40).constData());
    const QString text = QString::fromUtf8(zpl);
    // One format per parcel, each as wide and as long as the label at this resolution.
    QCOMPARE(text.count(QLatin1String("^XA")), numbers.size());
    QCOMPARE(text.count(QLatin1String("^XZ")), numbers.size());
    const QRegularExpression pw(QStringLiteral("\\^PW(\\d+)"));
    const QRegularExpression ll(QStringLiteral("\\^LL(\\d+)"));
    int formats = 0;
    for (const QRegularExpressionMatch& m : pw.globalMatch(text)) {
        QCOMPARE(m.captured(1).toInt(), width);
        ++formats;
    }
    QCOMPARE(formats, numbers.size());
    formats = 0;
    for (const QRegularExpressionMatch& m : ll.globalMatch(text)) {
        QCOMPARE(m.captured(1).toInt(), length);
        ++formats;
    }
    QCOMPARE(formats, numbers.size());

    // Every tracking number is the data of a Code 128 field (after any subset switch such as >: or >;).
    const QRegularExpression code128(QStringLiteral("\\^BC[^\\^]*\\^FD([^\\^]*)\\^FS"));
    QStringList barcodes;
    for (const QRegularExpressionMatch& m : code128.globalMatch(text)) {
        QString data = m.captured(1);
        while (data.size() >= 2 && data.at(0) == u'>')
            data.remove(0, 2);
        barcodes << data;
    }
    for (const QString& number : numbers)
        QVERIFY2(barcodes.contains(number), qPrintable(QString(number + QStringLiteral(" not in ^BC fields: ") +
                                                               barcodes.join(QStringLiteral(", ")))));
    if (abroad) // the USPS routing barcode, (420) + ZIP, is a second Code 128 field
        QVERIFY2(barcodes.size() >= 2 * numbers.size(), qPrintable(barcodes.join(u',')));
}

void TestLabelCli::pdfAndPng()
{
    const QString db = freshDb(QStringLiteral("pdf.db"));
    QVERIFY(!db.isEmpty());
    const QString order = m_packed.at(1);
    auto mediaBox = [](const QByteArray& pdf) {
        static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*0(?:\\.0*)?\\s+0(?:\\.0*)?\\s+([0-9]+(?"
                                                           ":\\.[0-9]+)?)\\s+([0-9]+(?:\\.[0-9]+)?)\\s*\\]"));
        QList<QSizeF> out;
        for (const QRegularExpressionMatch& m : box.globalMatch(QString::fromLatin1(pdf)))
            out << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        return out;
    };

    const QString pdfPath = path(QStringLiteral("label.pdf"));
    Run r = label(db, order, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int parcels = int(strings(jsonObject(r).value(QLatin1String("tracking_numbers"))).size());
    QVERIFY(parcels >= 1);
    QCOMPARE(strings(jsonObject(r).value(QLatin1String("files"))), QStringList{pdfPath});
    QByteArray pdf = readAll(pdfPath);
    QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(16).constData());
    QList<QSizeF> pages = mediaBox(pdf);
    QCOMPARE(pages.size(), parcels); // one 4x6 inch page per parcel: 288 x 432 points
    for (const QSizeF& page : std::as_const(pages)) {
        QCOMPARE(page.width(), 288.0);
        QCOMPARE(page.height(), 432.0);
    }

    // 4x8: 288 x 576 points.
    const QString pdf8 = path(QStringLiteral("label-4x8.pdf"));
    r = label(db, order,
              {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--size"), QStringLiteral("4x8"),
               QStringLiteral("--out"), pdf8});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    pdf = readAll(pdf8);
    QVERIFY(pdf.startsWith("%PDF-"));
    pages = mediaBox(pdf);
    QCOMPARE(pages.size(), parcels);
    QCOMPARE(pages.constFirst().width(), 288.0);
    QCOMPARE(pages.constFirst().height(), 576.0);

    // PNG at 203 dpi: 4 x 6 inches are 812 x 1218 pixels.
    const QString png = path(QStringLiteral("label.png"));
    QFile::remove(png);
    r = label(db, order, {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList files = strings(jsonObject(r).value(QLatin1String("files")));
    QCOMPARE(files.size(), parcels);
    QCOMPARE(files.constFirst(), png);
    for (const QString& file : files) {
        QImageReader reader(file);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(812, 1218));
    }
}

void TestLabelCli::secondLabelIsAReprint()
{
    const QString db = freshDb(QStringLiteral("reprint.db"));
    QVERIFY(!db.isEmpty());
    const QString order = m_packed.at(2);
    const QString ranges = QStringLiteral("SELECT id, next_serial FROM tracking_ranges ORDER BY id");
    const QStringList rangesBefore = sqlRows(db, ranges);
    const QString first = path(QStringLiteral("first.zpl"));
    const QString second = path(QStringLiteral("second.zpl"));

    const Run one = label(db, order, {QStringLiteral("--out"), first});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const QJsonObject a = jsonObject(one);
    QCOMPARE(a.value(QLatin1String("reprint")).toBool(true), false);
    const QStringList numbers = strings(a.value(QLatin1String("tracking_numbers")));
    QVERIFY(!numbers.isEmpty());
    const QStringList rangesLabelled = sqlRows(db, ranges);
    QVERIFY(rangesLabelled != rangesBefore); // labelling took numbers
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), QString::number(numbers.size()));

    const Run two = label(db, order, {QStringLiteral("--out"), second});
    QVERIFY2(two.exitCode == 0, two.err.constData());
    const QJsonObject b = jsonObject(two);
    QCOMPARE(b.value(QLatin1String("reprint")).toBool(false), true);
    QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("labelled"));
    QCOMPARE(strings(b.value(QLatin1String("tracking_numbers"))), numbers);
    QCOMPARE(b.value(QLatin1String("carrier")).toString(), a.value(QLatin1String("carrier")).toString());
    QCOMPARE(b.value(QLatin1String("service")).toString(), a.value(QLatin1String("service")).toString());
    // No range moved, no number issued; the same label; the reprint audited.
    QCOMPARE(sqlRows(db, ranges), rangesLabelled);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), QString::number(numbers.size()));
    QCOMPARE(readAll(second), readAll(first));
    QCOMPARE(sqlValue(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? AND "
                                     "action = 'label_reprinted'"),
                      {order}),
             QStringLiteral("1"));
    QCOMPARE(sqlValue(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? AND "
                                     "action = 'labelled'"),
                      {order}),
             QStringLiteral("1"));

    // The ranges as `tracking ranges` shows them: as many used as numbers issued.
    const Run list = stationctl(
        {QStringLiteral("tracking"), QStringLiteral("ranges"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    qint64 used = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
        used += v.toObject().value(QLatin1String("used")).toInteger();
    QCOMPARE(used, qint64(numbers.size()));
}

void TestLabelCli::badInputChangesNothing()
{
    const QString db = freshDb(QStringLiteral("bad.db"));
    QVERIFY(!db.isEmpty());
    const QString packed = m_packed.at(3);
    const QString out = path(QStringLiteral("bad.zpl"));
    struct Case
    {
        const char* name;
        QString order;
        QStringList args;
        int exitCode;
        const char* message; ///< in stderr
    };
    QList<Case> cases = {
        {"unknown order", QStringLiteral("SP-99999999"), {QStringLiteral("--out"), out}, 1, "SP-99999999"},
        {"not packed", m_ready, {QStringLiteral("--out"), out}, 1, "not packed"},
        {"unknown service",
         packed,
         {QStringLiteral("--out"), out, QStringLiteral("--service"), QStringLiteral("carrier_pigeon"),
          QStringLiteral("--reason"), QStringLiteral("faster")},
         1,
         "carrier_pigeon"},
        {"format bmp",
         packed,
         {QStringLiteral("--format"), QStringLiteral("bmp"), QStringLiteral("--out"), out},
         2,
         ""},
        {"dpi 250", packed, {QStringLiteral("--dpi"), QStringLiteral("250"), QStringLiteral("--out"), out}, 2, ""},
        {"size 5x7", packed, {QStringLiteral("--size"), QStringLiteral("5x7"), QStringLiteral("--out"), out}, 2, ""},
        {"nowhere to go", packed, {}, 2, ""},
        {"pdf to a printer",
         packed,
         {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--printer"), QStringLiteral("127.0.0.1")},
         2,
         ""},
    };
    for (const QString& order : std::as_const(m_unlabellable)) // no carrier service takes it
        cases.append({"no service", order, {QStringLiteral("--out"), out}, 1, "error: "});
    const QByteArray before = fingerprint(db);
    QVERIFY(!before.isEmpty());
    for (const Case& c : std::as_const(cases)) {
        const Run r = label(db, c.order, c.args);
        QVERIFY2(r.exitCode == c.exitCode, qPrintable(QStringLiteral("%1: exit %2, %3")
                                                          .arg(QLatin1String(c.name))
                                                          .arg(r.exitCode)
                                                          .arg(QString::fromUtf8(r.err))));
        if (c.exitCode == 1) {
            QVERIFY2(r.err.contains("error: "), c.name);
            QVERIFY2(r.err.contains(c.message),
                     qPrintable(QString(QLatin1String(c.name) + QStringLiteral(": ") + QString::fromUtf8(r.err))));
        }
        QVERIFY2(fingerprint(db) == before, c.name);
        QVERIFY2(!QFile::exists(out), c.name);
    }
    QCOMPARE(orderStatus(db, packed), QStringLiteral("packed"));
    QCOMPARE(orderStatus(db, m_ready), QStringLiteral("ready"));

    // The fingerprint does see a change: the same order, asked properly, is labelled.
    const QByteArray unchanged = fingerprint(db);
    const Run ok = label(db, packed, {QStringLiteral("--out"), out});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(fingerprint(db) != unchanged);
}

void TestLabelCli::serviceWithoutReasonChangesNothing()
{
    // Which service would be proposed: label a copy.
    const QString probe = freshDb(QStringLiteral("probe-service.db"));
    QVERIFY(!probe.isEmpty());
    const QString order = m_packed.at(3);
    const Run proposed = label(probe, order, {QStringLiteral("--out"), path(QStringLiteral("probe.zpl"))});
    QVERIFY2(proposed.exitCode == 0, proposed.err.constData());
    const QString proposal = jsonObject(proposed).value(QLatin1String("service")).toString();
    QVERIFY(!proposal.isEmpty());

    const QString db = freshDb(QStringLiteral("service.db"));
    QVERIFY(!db.isEmpty());
    const QByteArray before = fingerprint(db);
    int askedWhy = 0;
    for (const QString& service :
         {QStringLiteral("dhl_express"), QStringLiteral("post_registered"), QStringLiteral("ups_ground"),
          QStringLiteral("local_next_day"), QStringLiteral("local_same_day"), QStringLiteral("fedex_ground"),
          QStringLiteral("fedex_express"), QStringLiteral("usps_priority")}) {
        if (service == proposal)
            continue;
        const Run r =
            label(db, order,
                  {QStringLiteral("--service"), service, QStringLiteral("--out"), path(QStringLiteral("service.zpl"))});
        QVERIFY2(r.exitCode == 1, qPrintable(QString(service + QStringLiteral(": ") + QString::fromUtf8(r.err))));
        QVERIFY(r.err.contains("error: "));
        if (r.err.contains("Say why"))
            ++askedWhy;
        QVERIFY2(fingerprint(db) == before, qPrintable(service));
    }
    // At least one other service could take the parcel, and that one needed a reason.
    QVERIFY(askedWhy > 0);
    QCOMPARE(orderStatus(db, order), QStringLiteral("packed"));
}

void TestLabelCli::exhaustedRangeChangesNothing()
{
    // Two packed orders that get the same carrier.
    QHash<QString, QString> firstOfCarrier;
    QString carrier, first, second;
    for (const QString& order : std::as_const(m_packed)) {
        const QString c = m_carrierOf.value(order);
        QVERIFY(!c.isEmpty());
        if (firstOfCarrier.contains(c)) {
            carrier = c;
            first = firstOfCarrier.value(c);
            second = order;
            break;
        }
        firstOfCarrier.insert(c, order);
    }
    QVERIFY2(!carrier.isEmpty(), "no two packed orders share a carrier");

    // A database whose only range of that carrier holds one number.
    const QString db = freshDb(QStringLiteral("exhausted.db"));
    QVERIFY(!db.isEmpty());
    const QStringList range =
        sqlRows(db,
                QStringLiteral("SELECT prefix, suffix, serial_digits, first_serial FROM tracking_ranges WHERE "
                               "carrier = ? ORDER BY id LIMIT 1"),
                {carrier});
    QCOMPARE(range.size(), 1);
    const QStringList parts = range.constFirst().split(u'|');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(sqlRows(db, QStringLiteral("DELETE FROM tracking_ranges")), QStringList());
    QStringList add = {QStringLiteral("tracking"),  QStringLiteral("add-range"),
                       QStringLiteral("--db"),      db,
                       QStringLiteral("--carrier"), carrier,
                       QStringLiteral("--name"),    QStringLiteral("one number"),
                       QStringLiteral("--prefix"),  parts.at(0),
                       QStringLiteral("--digits"),  parts.at(2),
                       QStringLiteral("--first"),   parts.at(3),
                       QStringLiteral("--last"),    parts.at(3)};
    if (!parts.at(1).isEmpty())
        add << QStringLiteral("--suffix") << parts.at(1);
    const Run added = stationctl(add);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const Run one = label(db, first, {QStringLiteral("--out"), path(QStringLiteral("last-number.zpl"))});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    QCOMPARE(jsonObject(one).value(QLatin1String("carrier")).toString(), carrier);
    QCOMPARE(strings(jsonObject(one).value(QLatin1String("tracking_numbers"))).size(), 1);
    QVERIFY2(!strings(jsonObject(one).value(QLatin1String("warnings"))).isEmpty(), one.out.constData());

    const QString out = path(QStringLiteral("no-number.zpl"));
    const QByteArray before = fingerprint(db);
    const Run two = label(db, second, {QStringLiteral("--out"), out});
    QCOMPARE(two.exitCode, 1);
    QVERIFY2(two.err.contains("error: "), two.err.constData());
    QVERIFY2(two.err.contains("used up"), two.err.constData());
    QCOMPARE(fingerprint(db), before);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(orderStatus(db, second), QStringLiteral("packed"));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), QStringLiteral("1"));
}

void TestLabelCli::rawPrinterGetsTheSameBytes()
{
    const QString db = freshDb(QStringLiteral("print.db"));
    QVERIFY(!db.isEmpty());
    const QString order = m_packedAbroad;
    const QString file = path(QStringLiteral("printed.zpl"));

    QByteArray firstPrint;
    qint64 firstJob = 0;
    {
        FakePrinter printer;
        QVERIFY(printer.port() != 0);
        const Run r = label(db, order,
                            {QStringLiteral("--format"), QStringLiteral("zpl"), QStringLiteral("--out"), file,
                             QStringLiteral("--printer"), printer.address()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QLatin1String("printed")).toBool(false), true);
        QVERIFY(!o.contains(QLatin1String("print_error")));
        firstJob = o.value(QLatin1String("print_job")).toInteger();
        QVERIFY(firstJob > 0);
        QVERIFY(printer.connected());
        firstPrint = printer.received();
    }
    const QByteArray written = readAll(file);
    QVERIFY(written.startsWith("^XA"));
    QCOMPARE(firstPrint.size(), written.size());
    QCOMPARE(firstPrint, written);

    // A reprint to the printer only, and an export afterwards: the same bytes again.
    QByteArray secondPrint;
    qint64 secondJob = 0;
    {
        FakePrinter printer;
        QVERIFY(printer.port() != 0);
        const Run r = label(db, order, {QStringLiteral("--printer"), printer.address()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonObject(r).value(QLatin1String("reprint")).toBool(false), true);
        QCOMPARE(jsonObject(r).value(QLatin1String("printed")).toBool(false), true);
        secondJob = jsonObject(r).value(QLatin1String("print_job")).toInteger();
        secondPrint = printer.received();
    }
    QCOMPARE(secondPrint, written);
    const QString later = path(QStringLiteral("later.zpl"));
    const Run exported = label(db, order, {QStringLiteral("--out"), later});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(readAll(later), firstPrint);

    const Run jobs = stationctl({QStringLiteral("print-jobs"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(jobs.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& v : list) {
        const QJsonObject j = v.toObject();
        const qint64 id = j.value(QLatin1String("id")).toInteger();
        QVERIFY(id == firstJob || id == secondJob);
        QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("printed"));
        QCOMPARE(j.value(QLatin1String("document")).toString(), QStringLiteral("label"));
        QCOMPARE(j.value(QLatin1String("format")).toString(), QStringLiteral("zpl"));
        QCOMPARE(j.value(QLatin1String("reprint")).toBool(), id == secondJob);
        QCOMPARE(j.value(QLatin1String("attempts")).toInt(), 1);
    }
}

void TestLabelCli::unreachablePrinterKeepsTheJob()
{
    const QString db = freshDb(QStringLiteral("noprinter.db"));
    QVERIFY(!db.isEmpty());
    const QString order = m_packed.at(4);
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const QString kept = path(QStringLiteral("kept.zpl"));
    const Run r =
        label(db, order,
              {QStringLiteral("--out"), kept, QStringLiteral("--printer"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
    QVERIFY2(r.err.contains("kept"), r.err.constData());
    const QJsonObject o = jsonObject(r);
    QCOMPARE(o.value(QLatin1String("printed")).toBool(true), false);
    QVERIFY(!o.value(QLatin1String("print_error")).toString().isEmpty());
    const qint64 jobId = o.value(QLatin1String("print_job")).toInteger();
    QVERIFY(jobId > 0);
    const QStringList numbers = strings(o.value(QLatin1String("tracking_numbers")));
    QVERIFY(!numbers.isEmpty());

    // The order is labelled all the same; the label file is written; the job failed and keeps what to print.
    QCOMPARE(orderStatus(db, order), QStringLiteral("labelled"));
    const QByteArray file = readAll(kept);
    QVERIFY(file.contains(numbers.constFirst().toUtf8()));
    const Run jobs = stationctl({QStringLiteral("print-jobs"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(jobs.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject job = list.at(0).toObject();
    QCOMPARE(job.value(QLatin1String("id")).toInteger(), jobId);
    QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY(job.value(QLatin1String("attempts")).toInt() >= 1);
    QVERIFY(!job.value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(job.value(QLatin1String("printer")).toString(), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT hex(payload) FROM print_jobs WHERE id = ?"), {jobId}),
             QString::fromLatin1(file.toHex().toUpper()));
}

void TestLabelCli::voidAndManifest()
{
    const QString db = freshDb(QStringLiteral("manifest.db"));
    QVERIFY(!db.isEmpty());
    const QString order = m_packed.at(5);
    const Run one = label(db, order, {QStringLiteral("--out"), path(QStringLiteral("void1.zpl"))});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const QStringList voided = strings(jsonObject(one).value(QLatin1String("tracking_numbers")));
    QVERIFY(!voided.isEmpty());

    const Run v = stationctl({QStringLiteral("label"), QStringLiteral("void"), order, QStringLiteral("--db"), db,
                              QStringLiteral("--supervisor"), QStringLiteral("thandi"), QStringLiteral("--reason"),
                              QStringLiteral("label torn")});
    QVERIFY2(v.exitCode == 0, v.err.constData());
    QCOMPARE(orderStatus(db, order), QStringLiteral("packed"));
    for (const QString& n : voided)
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT voided_at IS NOT NULL FROM tracking_numbers WHERE number = ?"), {n}),
            QStringLiteral("1"));

    const Run two = label(db, order, {QStringLiteral("--out"), path(QStringLiteral("void2.zpl"))});
    QVERIFY2(two.exitCode == 0, two.err.constData());
    const QJsonObject labelled = jsonObject(two);
    QCOMPARE(labelled.value(QLatin1String("reprint")).toBool(true), false);
    const QStringList numbers = strings(labelled.value(QLatin1String("tracking_numbers")));
    QCOMPARE(numbers.size(), voided.size());
    for (const QString& n : numbers)
        QVERIFY2(!voided.contains(n), qPrintable(n));
    const QString carrier = labelled.value(QLatin1String("carrier")).toString();
    QVERIFY(!carrier.isEmpty());

    const QString waiting = sqlValue(db,
                                     QStringLiteral("SELECT count(*) FROM parcels p JOIN shipments s ON s.id = "
                                                    "p.shipment_id WHERE s.status = 'labelled' AND s.carrier = ?"),
                                     {carrier});
    QVERIFY(waiting.toInt() >= numbers.size());
    Run list = stationctl(
        {QStringLiteral("manifest"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(list.out).object().value(QLatin1String("awaiting")).toObject().value(carrier).toInt(),
        waiting.toInt());

    const QString outDir = path(QStringLiteral("manifests"));
    QVERIFY(QDir().mkpath(outDir));
    const Run closed = stationctl({QStringLiteral("manifest"), QStringLiteral("close"), QStringLiteral("--db"), db,
                                   QStringLiteral("--carrier"), carrier, QStringLiteral("--out-dir"), outDir,
                                   QStringLiteral("--json")});
    QVERIFY2(closed.exitCode == 0, closed.err.constData());
    const QJsonObject m = jsonObject(closed);
    const qint64 manifestId = m.value(QLatin1String("id")).toInteger();
    QVERIFY(manifestId > 0);
    QCOMPARE(m.value(QLatin1String("parcels")).toInt(), waiting.toInt());
    const QString pdfPath = QDir(outDir).filePath(QStringLiteral("manifest-%1-%2.pdf").arg(carrier).arg(manifestId));
    const QString csvPath = QDir(outDir).filePath(QStringLiteral("manifest-%1-%2.csv").arg(carrier).arg(manifestId));
    QVERIFY2(readAll(pdfPath).startsWith("%PDF-"), qPrintable(pdfPath));
    QStringList lines = QString::fromUtf8(readAll(csvPath)).split(QStringLiteral("\r\n"));
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.takeLast(), QString()); // every line ends with CRLF
    QVERIFY2(lines.size() >= 2, qPrintable(csvPath));
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("manifest,carrier,")), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().contains(QLatin1String("tracking_number")));
    QCOMPARE(lines.size() - 1, waiting.toInt());
    for (const QString& n : numbers) {
        int found = 0;
        for (const QString& line : std::as_const(lines))
            if (line.split(u',').contains(n))
                ++found;
        QVERIFY2(found == 1, qPrintable(n));
        QVERIFY(lines.filter(order).size() == numbers.size());
    }
    for (const QString& n : voided)
        QVERIFY2(lines.filter(n).isEmpty(), qPrintable(n));
    QCOMPARE(orderStatus(db, order), QStringLiteral("shipped"));

    // Once manifested: no void, and nothing more to close for that carrier. Neither changes the file.
    const QByteArray before = fingerprint(db);
    const Run refused = stationctl({QStringLiteral("label"), QStringLiteral("void"), order, QStringLiteral("--db"), db,
                                    QStringLiteral("--supervisor"), QStringLiteral("thandi"),
                                    QStringLiteral("--reason"), QStringLiteral("too late")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("manifest"), refused.err.constData());
    QCOMPARE(fingerprint(db), before);
    const Run again = stationctl({QStringLiteral("manifest"), QStringLiteral("close"), QStringLiteral("--db"), db,
                                  QStringLiteral("--carrier"), carrier, QStringLiteral("--out-dir"), outDir});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("error: "));
    QCOMPARE(fingerprint(db), before);
    QCOMPARE(orderStatus(db, order), QStringLiteral("shipped"));

    list = stationctl(
        {QStringLiteral("manifest"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
    QVERIFY(!listed.value(QLatin1String("awaiting")).toObject().contains(carrier));
    const QJsonArray manifests = listed.value(QLatin1String("manifests")).toArray();
    QCOMPARE(manifests.size(), 1);
    QCOMPARE(manifests.at(0).toObject().value(QLatin1String("id")).toInteger(), manifestId);
    QCOMPARE(manifests.at(0).toObject().value(QLatin1String("parcels")).toInt(), waiting.toInt());
}

void TestLabelCli::killedBetweenAllocationAndPrinting()
{
    const QString db = freshDb(QStringLiteral("killed.db"));
    QVERIFY(!db.isEmpty());
    const QStringList orders = m_packed.mid(0, 10);
    QVERIFY(orders.size() >= 8);

    // Kill each `label` after a random delay between 0 and 150 ms, denser at the start (a run labels within a few
    // tens of milliseconds), so that some die before, some between allocation and writing the PDF, some after.
    QRandomGenerator random(20261123);
    int before = 0;
    int between = 0;
    int after = 0;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const double share = double(i) / double(orders.size());
        const int delay = int(150 * share * share) + int(random.bounded(10));
        const QString pdf = path(QStringLiteral("killed-%1.pdf").arg(i));
        QProcess p;
        p.setProgram(QStringLiteral(STATIONCTL_PATH));
        p.setArguments({QStringLiteral("label"), orders.at(i), QStringLiteral("--db"), db, QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        p.start();
        QVERIFY(p.waitForStarted(10000));
        QThread::msleep(delay);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
    }
    // (Read only now: the next run after a kill, not this test's connection, finds what the killed one left.)
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (orderStatus(db, orders.at(i)) != QLatin1String("labelled"))
            ++before;
        else if (!QFile::exists(path(QStringLiteral("killed-%1.pdf").arg(i))))
            ++between;
        else
            ++after;
    }
    qInfo("killed: %d before labelling, %d between labelling and the PDF, %d after", before, between, after);

    // On restart every order labels (or re-exports) to completion.
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const Run r = label(db, orders.at(i),
                            {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                             path(QStringLiteral("restart-%1.pdf").arg(i))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonObject(r).value(QLatin1String("status")).toString(), QStringLiteral("labelled"));
        QVERIFY(readAll(path(QStringLiteral("restart-%1.pdf").arg(i))).startsWith("%PDF-"));
    }

    QString inList;
    QVariantList numbersBound;
    for (const QString& o : orders) {
        inList += inList.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        numbersBound << o;
    }
    // No number twice: in the issue log, and on the parcels.
    QCOMPARE(sqlRows(db, QStringLiteral("SELECT number FROM tracking_numbers GROUP BY number HAVING count(*) > 1")),
             QStringList());
    QCOMPARE(sqlRows(db, QStringLiteral("SELECT tracking_number FROM parcels WHERE tracking_number IS NOT NULL "
                                        "GROUP BY tracking_number HAVING count(*) > 1")),
             QStringList());
    // Every parcel of these orders carries a live number issued to its order.
    const QString parcels = sqlValue(
        db,
        QString(QStringLiteral("SELECT count(*) FROM parcels p JOIN orders o ON o.id = p.order_id WHERE o.number "
                               "IN (") +
                inList + QStringLiteral(")")),
        numbersBound);
    QVERIFY(parcels.toInt() >= orders.size());
    QCOMPARE(sqlValue(db,
                      QString(QStringLiteral("SELECT count(*) FROM parcels p JOIN orders o ON o.id = p.order_id "
                                             "WHERE o.number IN (") +
                              inList +
                              QStringLiteral(") AND (p.tracking_number IS NULL OR NOT EXISTS (SELECT 1 FROM "
                                             "tracking_numbers t WHERE t.number = p.tracking_number AND t.order_id = "
                                             "p.order_id AND t.voided_at IS NULL))")),
                      numbersBound),
             QStringLiteral("0"));
    // No number lost: every issued number is on a parcel, and each range advanced by exactly what it issued.
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), parcels);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM tracking_numbers t WHERE NOT EXISTS (SELECT 1 FROM "
                                         "parcels p WHERE p.tracking_number = t.number)")),
             QStringLiteral("0"));
    const QStringList ranges = sqlRows(
        db, QStringLiteral("SELECT r.id, r.next_serial - r.first_serial, (SELECT count(*) FROM tracking_numbers t "
                           "WHERE t.range_id = r.id), coalesce((SELECT min(serial) FROM tracking_numbers t WHERE "
                           "t.range_id = r.id), r.first_serial), coalesce((SELECT max(serial) FROM tracking_numbers t "
                           "WHERE t.range_id = r.id), r.next_serial - 1), r.first_serial, r.next_serial - 1 FROM "
                           "tracking_ranges r ORDER BY r.id"));
    QVERIFY(ranges.size() >= 7);
    for (const QString& row : ranges) {
        const QStringList c = row.split(u'|');
        QCOMPARE(c.size(), 7);
        QVERIFY2(c.at(1) == c.at(2),
                 qPrintable(QStringLiteral("range %1: advanced %2, issued %3").arg(c.at(0), c.at(1), c.at(2))));
        QVERIFY2(c.at(3) == c.at(5) && c.at(4) == c.at(6), qPrintable(row));
    }
    // One labelling each, one marketplace shipment per parcel: nothing from a killed run survived.
    const QStringList audits =
        sqlRows(db,
                QString(QStringLiteral("SELECT entity_id, count(*) FROM audit_log WHERE entity = 'order' AND action = "
                                       "'labelled' AND entity_id IN (") +
                        inList + QStringLiteral(") GROUP BY entity_id ORDER BY entity_id")),
                numbersBound);
    QCOMPARE(audits.size(), orders.size());
    for (const QString& a : audits)
        QVERIFY2(a.endsWith(QLatin1String("|1")), qPrintable(a));
    QCOMPARE(sqlValue(db,
                      QString(QStringLiteral("SELECT count(*) FROM outbox x JOIN orders o ON o.id = x.order_id WHERE "
                                             "x.kind = 'shipment' AND o.number IN (") +
                              inList + QStringLiteral(")")),
                      numbersBound),
             parcels);

    QCOMPARE(sqlRows(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    const Run check = stationctl(
        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const QJsonObject report = jsonObject(check);
    QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("audit_ok")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("foreign_key_violations")).toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestLabelCli)
#include "TestLabelCli.moc"
