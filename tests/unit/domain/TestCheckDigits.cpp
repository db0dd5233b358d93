// Carrier check digits (UPS 1Z, DHL Express, UPU S10, FedEx Express) against worked examples from the
// carriers' reference material, plus inputs every algorithm must refuse.

#include "../TestSupport.h"

#include "domain/CheckDigits.h"

#include <QTest>

#include <functional>

using namespace saypro;

namespace {
using Algorithm = std::function<std::optional<int>(const QString&)>;

Algorithm algorithm(const QString& name)
{
    if (name == QLatin1String("ups"))
        return &CheckDigits::ups;
    if (name == QLatin1String("dhl"))
        return &CheckDigits::dhlExpress;
    if (name == QLatin1String("s10"))
        return &CheckDigits::upuS10;
    return &CheckDigits::fedexExpress;
}
} // namespace

class TestCheckDigits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceExamples_data();
    void referenceExamples();
    void fullTrackingNumbers_data();
    void fullTrackingNumbers();
    void refused_data();
    void refused();
};

void TestCheckDigits::referenceExamples_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("check");
    // UPS: 1Z5R89390357567127 -> 7 over "5R8939035756712"; the UPS developer-guide sample 1Z999AA10123456784 -> 4.
    QTest::addRow("ups 1Z5R89390357567127") << "ups"
                                            << "5R8939035756712" << 7;
    QTest::addRow("ups 1Z999AA10123456784") << "ups"
                                            << "999AA1012345678" << 4;
    QTest::addRow("ups lower case letters") << "ups"
                                            << "5r8939035756712" << 7;
    // DHL Express: 3318810025 -> 331881002 mod 7 = 5.
    QTest::addRow("dhl 3318810025") << "dhl"
                                    << "331881002" << 5;
    QTest::addRow("dhl zero") << "dhl"
                              << "000000007" << 0;
    QTest::addRow("dhl six") << "dhl"
                             << "000000013" << 6;
    // UPU S10: RR123456785ZA -> 5 (sum 204, 204 mod 11 = 6, 11 - 6 = 5).
    QTest::addRow("s10 RR123456785ZA") << "s10"
                                       << "12345678" << 5;
    // The two special cases of S10: 11 - r = 11 -> 5 and 11 - r = 10 -> 0.
    QTest::addRow("s10 remainder 0 gives 5") << "s10"
                                             << "00000000" << 5;
    QTest::addRow("s10 remainder 1 gives 0") << "s10"
                                             << "00060000" << 0;
    QTest::addRow("s10 ordinary") << "s10"
                                  << "00000001" << 4;
    // FedEx Express 12-digit: 986578788855 -> 5.
    QTest::addRow("fedex 986578788855") << "fedex"
                                        << "98657878885" << 5;
    QTest::addRow("fedex mod 11 = 10 gives 0") << "fedex"
                                               << "00000000110" << 0;
}

void TestCheckDigits::referenceExamples()
{
    QFETCH(QString, carrier);
    QFETCH(QString, body);
    QFETCH(int, check);
    const auto d = algorithm(carrier)(body);
    QVERIFY(d.has_value());
    QCOMPARE(*d, check);
}

void TestCheckDigits::fullTrackingNumbers_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ups ok") << "ups"
                            << "1Z5R89390357567127" << true;
    QTest::addRow("ups sample ok") << "ups"
                                   << "1Z999AA10123456784" << true;
    QTest::addRow("ups wrong check") << "ups"
                                     << "1Z5R89390357567128" << false;
    QTest::addRow("ups typo in body") << "ups"
                                      << "1Z5R89390357567227" << false;
    QTest::addRow("dhl ok") << "dhl"
                            << "3318810025" << true;
    QTest::addRow("dhl wrong check") << "dhl"
                                     << "3318810026" << false;
    QTest::addRow("s10 ok") << "s10"
                            << "RR123456785ZA" << true;
    QTest::addRow("s10 wrong check") << "s10"
                                     << "RR123456784ZA" << false;
    QTest::addRow("s10 typo in serial") << "s10"
                                        << "RR123456795ZA" << false;
    QTest::addRow("fedex ok") << "fedex"
                              << "986578788855" << true;
    QTest::addRow("fedex wrong check") << "fedex"
                                       << "986578788856" << false;
}

void TestCheckDigits::fullTrackingNumbers()
{
    QFETCH(QString, carrier);
    QFETCH(QString, tracking);
    QFETCH(bool, valid);
    QString body;
    QChar check;
    if (carrier == QLatin1String("ups")) {
        body = tracking.mid(2, 15);
        check = tracking.at(17);
    } else if (carrier == QLatin1String("dhl")) {
        body = tracking.left(9);
        check = tracking.at(9);
    } else if (carrier == QLatin1String("s10")) {
        body = tracking.mid(2, 8);
        check = tracking.at(10);
    } else {
        body = tracking.left(11);
        check = tracking.at(11);
    }
    const auto d = algorithm(carrier)(body);
    QVERIFY(d.has_value());
    QCOMPARE(QChar(u'0' + *d) == check, valid);
}

void TestCheckDigits::refused_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("body");
    QTest::addRow("ups empty") << "ups"
                               << "";
    QTest::addRow("ups 14 chars") << "ups"
                                  << "5R893903575671";
    QTest::addRow("ups 16 chars") << "ups"
                                  << "5R89390357567127";
    QTest::addRow("ups with 1Z prefix") << "ups"
                                        << "1Z5R8939035756712";
    QTest::addRow("ups punctuation") << "ups"
                                     << "5R8939-35756712";
    QTest::addRow("ups non-ASCII letter") << "ups" << QStringLiteral("5\u00C58939035756712");
    QTest::addRow("dhl empty") << "dhl"
                               << "";
    QTest::addRow("dhl 8 digits") << "dhl"
                                  << "33188100";
    QTest::addRow("dhl 10 digits") << "dhl"
                                   << "3318810025";
    QTest::addRow("dhl letter") << "dhl"
                                << "33188100A";
    QTest::addRow("s10 empty") << "s10"
                               << "";
    QTest::addRow("s10 7 digits") << "s10"
                                  << "1234567";
    QTest::addRow("s10 9 digits") << "s10"
                                  << "123456785";
    QTest::addRow("s10 with letters") << "s10"
                                      << "RR123456";
    QTest::addRow("fedex empty") << "fedex"
                                 << "";
    QTest::addRow("fedex 10 digits") << "fedex"
                                     << "9865787888";
    QTest::addRow("fedex 12 digits") << "fedex"
                                     << "986578788855";
    QTest::addRow("fedex letter") << "fedex"
                                  << "98657878A85";
    QTest::addRow("fedex fullwidth digit") << "fedex" << QStringLiteral("9865787888\uFF15");
}

void TestCheckDigits::refused()
{
    QFETCH(QString, carrier);
    QFETCH(QString, body);
    QVERIFY(!algorithm(carrier)(body).has_value());
}

QTEST_GUILESS_MAIN(TestCheckDigits)
#include "TestCheckDigits.moc"
