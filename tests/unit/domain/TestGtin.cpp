// GS1 mod-10 check digits for GTIN-8/12/13/14, against published examples.

#include "../TestSupport.h"

#include "domain/Gtin.h"

#include <QTest>

using namespace saypro;

class TestGtin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueForms();
    void isValid_data();
    void isValid();
    void checkDigit_data();
    void checkDigit();
    void everyWrongCheckDigitIsRejected_data();
    void everyWrongCheckDigitIsRejected();
    void toGtin14_data();
    void toGtin14();
};

void TestGtin::isValid_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<bool>("valid");
    // Valid: published GS1 and retail examples.
    QTest::addRow("GTIN-13 4006381333931") << "4006381333931" << true;
    QTest::addRow("GTIN-13 5901234123457") << "5901234123457" << true;
    QTest::addRow("GTIN-13 South Africa 600") << "6009876000019" << true;
    QTest::addRow("GTIN-12 036000291452") << "036000291452" << true;
    QTest::addRow("GTIN-8 96385074") << "96385074" << true;
    QTest::addRow("GTIN-8 73513537") << "73513537" << true;
    QTest::addRow("GTIN-14 10012345678902") << "10012345678902" << true;
    QTest::addRow("GTIN-14 padded GTIN-12") << "00036000291452" << true;
    QTest::addRow("GTIN-13 padded GTIN-12") << "0036000291452" << true;
    QTest::addRow("all zeros 13") << "0000000000000" << true;
    // Wrong check digit.
    QTest::addRow("GTIN-13 check off by one") << "4006381333932" << false;
    QTest::addRow("GTIN-13 two digits swapped") << "4006383133931" << false;
    QTest::addRow("GTIN-12 wrong check") << "036000291453" << false;
    QTest::addRow("GTIN-8 wrong check") << "96385070" << false;
    QTest::addRow("GTIN-14 wrong check") << "10012345678901" << false;
    // Wrong length (the digits would be valid as a GS1 key of another length).
    QTest::addRow("7 digits") << "1234565" << false;
    QTest::addRow("9 digits") << "123456789" << false;
    QTest::addRow("10 digits") << "1234567895" << false;
    QTest::addRow("11 digits") << "12345678903" << false;
    QTest::addRow("15 digits") << "400638133393100" << false;
    QTest::addRow("18 digit SSCC") << "106141411234567897" << false;
    // Not digits.
    QTest::addRow("empty") << "" << false;
    QTest::addRow("letter") << "400638133393A" << false;
    QTest::addRow("space") << "4006381 33931" << false;
    QTest::addRow("leading space") << " 4006381333931" << false;
    QTest::addRow("hyphen") << "4006381-33931" << false;
    QTest::addRow("fullwidth digits") << QStringLiteral("\uFF14\uFF10\uFF10\uFF16\uFF13\uFF18\uFF11\uFF13\uFF13\uFF13"
                                                        "\uFF19\uFF13\uFF11")
                                      << false;
}

void TestGtin::isValid()
{
    QFETCH(QString, gtin);
    QFETCH(bool, valid);
    QCOMPARE(Gtin::isValid(gtin), valid);
}

void TestGtin::checkDigit_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("check"); // -1: no check digit
    QTest::addRow("GTIN-13") << "400638133393" << 1;
    QTest::addRow("GTIN-12") << "03600029145" << 2;
    QTest::addRow("GTIN-8") << "9638507" << 4;
    QTest::addRow("GTIN-14") << "1001234567890" << 2;
    QTest::addRow("SSCC") << "10614141123456789" << 7;
    QTest::addRow("zero") << "000000000000" << 0;
    QTest::addRow("single digit") << "1" << 7;
    QTest::addRow("empty") << "" << -1;
    QTest::addRow("non-digit") << "40063813339X" << -1;
}

void TestGtin::checkDigit()
{
    QFETCH(QString, body);
    QFETCH(int, check);
    const auto d = Gtin::checkDigit(body);
    QCOMPARE(d.has_value(), check >= 0);
    if (check >= 0) {
        QCOMPARE(*d, check);
        QCOMPARE(Gtin::withCheckDigit(body), body + QString::number(check));
    } else {
        QVERIFY(Gtin::withCheckDigit(body).isEmpty());
    }
}

void TestGtin::everyWrongCheckDigitIsRejected_data()
{
    QTest::addColumn<QString>("gtin");
    for (const char* g : {"4006381333931", "036000291452", "96385074", "10012345678902"})
        QTest::addRow("%s", g) << QString::fromLatin1(g);
}

void TestGtin::everyWrongCheckDigitIsRejected()
{
    QFETCH(QString, gtin);
    QVERIFY(Gtin::isValid(gtin));
    int accepted = 0;
    for (char c = '0'; c <= '9'; ++c) {
        QString candidate = gtin;
        candidate.back() = QChar(QLatin1Char(c));
        accepted += Gtin::isValid(candidate) ? 1 : 0;
    }
    QCOMPARE(accepted, 1);
    // A single changed digit anywhere in the body is caught too.
    for (qsizetype i = 0; i + 1 < gtin.size(); ++i) {
        QString candidate = gtin;
        candidate[i] = QChar(u'0' + (candidate.at(i).unicode() - u'0' + 1) % 10);
        QVERIFY2(!Gtin::isValid(candidate), qPrintable(candidate));
    }
}

void TestGtin::toGtin14_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("expected");
    QTest::addRow("GTIN-8") << "96385074"
                            << "00000096385074";
    QTest::addRow("GTIN-12") << "036000291452"
                             << "00036000291452";
    QTest::addRow("GTIN-13") << "4006381333931"
                             << "04006381333931";
    QTest::addRow("GTIN-14") << "10012345678902"
                             << "10012345678902";
    QTest::addRow("invalid") << "4006381333932"
                             << "";
    QTest::addRow("empty") << ""
                           << "";
}

void TestGtin::toGtin14()
{
    QFETCH(QString, gtin);
    QFETCH(QString, expected);
    QCOMPARE(Gtin::toGtin14(gtin), expected);
    if (!expected.isEmpty())
        QVERIFY(Gtin::isValid(Gtin::toGtin14(gtin)));
}

void TestGtin::catalogueForms()
{
    // An EAN-8 kept as received can be found from the 14 digits a scanner's parser gives.
    QCOMPARE(Gtin::catalogueForms(QStringLiteral("00000096385074")),
             (QStringList{QStringLiteral("00000096385074"), QStringLiteral("0000096385074"),
                          QStringLiteral("000096385074"), QStringLiteral("96385074")}));
    QCOMPARE(Gtin::catalogueForms(QStringLiteral("04006381333931")),
             (QStringList{QStringLiteral("04006381333931"), QStringLiteral("4006381333931")}));
    QCOMPARE(Gtin::catalogueForms(QStringLiteral("10614141000415")), QStringList{QStringLiteral("10614141000415")});
    QVERIFY(Gtin::catalogueForms(QStringLiteral("4006381333931")).isEmpty());
}

QTEST_GUILESS_MAIN(TestGtin)
#include "TestGtin.moc"
