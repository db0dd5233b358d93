// Printing: a local TCP listener stands in for a Zebra printer on port 9100 and must receive the ZPL byte for
// byte (blocking, as the command line sends, and asynchronously, as the Label screen sends); a printer that does
// not answer or cuts the connection reports a clear error, and the job stays recorded, ready to print again.

#include "../TestSupport.h"
#include "common/Clock.h"
#include "shipping/PrintJobs.h"
#include "shipping/ShippingLabel.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace saypro;

namespace {

/// A printer on a thread of its own: accepts one connection and keeps every byte until the peer closes.
class FakeZebra final : public QThread
{
public:
    explicit FakeZebra(bool cutAfterFirstRead = false) : m_cut(cutAfterFirstRead) {}
    ~FakeZebra() override { wait(); }

    /// Starts the printer's thread and waits until it listens.
    bool listen()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QByteArray received() const { return m_received; }

protected:
    void run() override
    {
        QTcpServer server;
        const bool listening = server.listen(QHostAddress::LocalHost, 0);
        m_port = listening ? server.serverPort() : 0;
        m_ready.release();
        if (!listening || !server.waitForNewConnection(10000))
            return;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        while (socket->state() == QAbstractSocket::ConnectedState) {
            if (!socket->waitForReadyRead(3000) && socket->bytesAvailable() == 0)
                break;
            m_received += socket->readAll();
            if (m_cut) {
                socket->abort();
                return;
            }
        }
        m_received += socket->readAll();
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
    bool m_cut = false;
    QByteArray m_received;
};

QByteArray sampleZpl()
{
    ShippingLabelData l;
    l.shipFrom.name = QStringLiteral("SayPro Midrand DC");
    l.shipTo.name = QStringLiteral("Sipho Khumalo");
    l.shipTo.city = QStringLiteral("Soweto");
    l.carrierName = QStringLiteral("UPS");
    l.serviceName = QStringLiteral("UPS Ground");
    l.trackingNumber = QStringLiteral("1Z5R89390350000009");
    l.orderNumber = QStringLiteral("SP-00000001");
    l.weightGrams = 910;
    l.shipDate = QDate(2026, 3, 3);
    QByteArray zpl;
    // Big enough to need several writes.
    for (int i = 0; i < 200; ++i)
        zpl += ZplLabel::render(l);
    return zpl;
}

/// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestPrintJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addressesParse();
    void blockingSendArrivesByteForByte();
    void asyncSendArrivesByteForByte();
    void printerThatDoesNotAnswer();
    void printerThatCutsTheConnection();
    void jobsAreRecordedAndFailedOnesStayReady();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{test::utc(2026, 3, 3, 9, 0)};
};

void TestPrintJobs::init()
{
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("print-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
}

void TestPrintJobs::cleanup()
{
    m_db.reset();
}

void TestPrintJobs::addressesParse()
{
    QCOMPARE(RawTcpPrinter::parseAddress(QStringLiteral("zebra-3")),
             (std::optional<std::pair<QString, quint16>>{{QStringLiteral("zebra-3"), 9100}}));
    QCOMPARE(RawTcpPrinter::parseAddress(QStringLiteral(" 10.0.0.7:6101 ")),
             (std::optional<std::pair<QString, quint16>>{{QStringLiteral("10.0.0.7"), 6101}}));
    QVERIFY(!RawTcpPrinter::parseAddress(QString()));
    QVERIFY(!RawTcpPrinter::parseAddress(QStringLiteral("zebra:0")));
    QVERIFY(!RawTcpPrinter::parseAddress(QStringLiteral("zebra:70000")));
    QVERIFY(!RawTcpPrinter::parseAddress(QStringLiteral(":9100")));
}

void TestPrintJobs::blockingSendArrivesByteForByte()
{
    FakeZebra printer;
    QVERIFY(printer.listen());
    const QByteArray zpl = sampleZpl();
    QVERIFY(zpl.size() > 64 * 1024);
    STATION_VERIFY_OK(RawTcpPrinter::sendBlocking(QStringLiteral("127.0.0.1"), printer.port(), zpl));
    printer.wait();
    QCOMPARE(printer.received().size(), zpl.size());
    QCOMPARE(printer.received(), zpl);
}

void TestPrintJobs::asyncSendArrivesByteForByte()
{
    FakeZebra printer;
    QVERIFY(printer.listen());
    const QByteArray zpl = sampleZpl();
    RawTcpPrinter sender;
    QSignalSpy finished(&sender, &RawTcpPrinter::finished);
    sender.send(QStringLiteral("127.0.0.1"), printer.port(), zpl);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
    printer.wait();
    QCOMPARE(printer.received(), zpl);
}

void TestPrintJobs::printerThatDoesNotAnswer()
{
    const quint16 port = closedPort();
    auto blocking = RawTcpPrinter::sendBlocking(QStringLiteral("127.0.0.1"), port, "^XA^XZ", 2000);
    QVERIFY(!blocking);
    QVERIFY2(blocking.error().message.contains(QStringLiteral("can be printed again")),
             qPrintable(blocking.error().message));
    RawTcpPrinter sender;
    QSignalSpy finished(&sender, &RawTcpPrinter::finished);
    sender.send(QStringLiteral("127.0.0.1"), port, "^XA^XZ", 2000);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const QString error = finished.first().first().toString();
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestPrintJobs::printerThatCutsTheConnection()
{
    FakeZebra printer(true);
    QVERIFY(printer.listen());
    QByteArray huge;
    for (int i = 0; i < 100; ++i) // ~20 MB: more than loopback buffers hold
        huge += sampleZpl();
    auto sent = RawTcpPrinter::sendBlocking(QStringLiteral("127.0.0.1"), printer.port(), huge, 3000);
    printer.wait();
    QVERIFY2(!sent, "a printer that cut the connection mid-job must not count as printed");
    QVERIFY(printer.received().size() < huge.size());
}

void TestPrintJobs::jobsAreRecordedAndFailedOnesStayReady()
{
    PrintJobs jobs(*m_db, m_clock, QStringLiteral("LABEL-01"));
    PrintJob job;
    job.actor = QStringLiteral("thandi");
    job.document = QStringLiteral("label");
    job.format = QStringLiteral("zpl");
    job.printer = QStringLiteral("tcp://127.0.0.1:9100");
    job.payload = "^XA^XZ";
    auto printed = jobs.add(job);
    STATION_VERIFY_OK(printed);
    STATION_VERIFY_OK(jobs.markPrinted(*printed));
    auto failed = jobs.add(job);
    STATION_VERIFY_OK(failed);
    STATION_VERIFY_OK(jobs.markFailed(*failed, QStringLiteral("connection refused")));

    auto waiting = jobs.unprinted(10);
    STATION_VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().id, *failed);
    QCOMPARE(waiting->first().payload, QByteArray("^XA^XZ"));
    QCOMPARE(waiting->first().lastError, QStringLiteral("connection refused"));
    QCOMPARE(waiting->first().attempts, 1);
    // Printed on the second try.
    STATION_VERIFY_OK(jobs.markPrinted(*failed));
    auto after = jobs.job(*failed);
    STATION_VERIFY_OK(after);
    QCOMPARE(after->status, QStringLiteral("printed"));
    QCOMPARE(after->attempts, 2);
    QVERIFY(after->finishedAt.isValid());

    // A reprint needs its reason; an empty job is refused.
    PrintJob reprint = job;
    reprint.reprint = true;
    auto noReason = jobs.add(reprint);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, Error::Code::InvalidArgument);
    PrintJob empty = job;
    empty.payload.clear();
    QVERIFY(!jobs.add(empty));
    auto latest = jobs.latest(10);
    STATION_VERIFY_OK(latest);
    QCOMPARE(latest->size(), 2);
}

QTEST_MAIN(TestPrintJobs)
#include "TestPrintJobs.moc"
