// Money: exact formatting per locale, strict parsing, overflow and currency rules.

#include "../TestSupport.h"

#include "domain/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace saypro;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
const QChar kNbsp(0x00A0);

/// Spaces in an expected string stand for the no-break space the locales group and separate with.
QString nb(const char* text)
{
    QString s = QString::fromUtf8(text);
    s.replace(u' ', kNbsp);
    return s;
}
} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void formatUsesLocaleNotGlobalDefault();
    void canonicalString_data();
    void canonicalString();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseRoundTripsCanonical_data();
    void parseRoundTripsCanonical();
    void plus();
    void plusCurrencyMismatch();
    void plusOverflow_data();
    void plusOverflow();
    void times();
    void timesOverflow_data();
    void timesOverflow();
    void minorDigits_data();
    void minorDigits();
};

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    // South Africa writes "R 1 234,50": the rand sign, a no-break space, space grouping, decimal comma.
    QTest::addRow("en_ZA rand") << "en_ZA" << qint64(123450) << "ZAR" << nb("R 1 234,50");
    QTest::addRow("en_ZA cents only") << "en_ZA" << qint64(5) << "ZAR" << nb("R 0,05");
    QTest::addRow("en_ZA zero") << "en_ZA" << qint64(0) << "ZAR" << nb("R 0,00");
    QTest::addRow("en_ZA negative") << "en_ZA" << qint64(-123450) << "ZAR" << nb("-R 1 234,50");
    QTest::addRow("en_ZA millions") << "en_ZA" << qint64(123456789) << "ZAR" << nb("R 1 234 567,89");
    QTest::addRow("af_ZA rand") << "af_ZA" << qint64(123450) << "ZAR" << nb("R 1 234,50");
    QTest::addRow("af_ZA negative") << "af_ZA" << qint64(-99) << "ZAR" << nb("-R 0,99");
    QTest::addRow("en_US dollars") << "en_US" << qint64(123450) << "USD" << QStringLiteral("$1,234.50");
    QTest::addRow("en_US negative") << "en_US" << qint64(-123456789) << "USD" << QStringLiteral("-$1,234,567.89");
    QTest::addRow("en_US rand") << "en_US" << qint64(123450) << "ZAR"
                                << QString(QStringLiteral("R") + kNbsp + QStringLiteral("1,234.50"));
    QTest::addRow("en_US euro") << "en_US" << qint64(1999) << "EUR" << QStringLiteral("€19.99");
    QTest::addRow("en_US pound") << "en_US" << qint64(1999) << "GBP" << QStringLiteral("£19.99");
    QTest::addRow("en_US yen, no minor unit") << "en_US" << qint64(1234) << "JPY" << QStringLiteral("1,234 JPY");
    QTest::addRow("en_US dinar, three digits")
        << "en_US" << qint64(1234567) << "BHD" << QStringLiteral("1,234.567 BHD");
    QTest::addRow("en_ZA dinar, three digits")
        << "en_ZA" << qint64(5) << "KWD"
        << QString(QStringLiteral("0,005") + u' ' + QStringLiteral("KWD")); // the code after the number: a plain space
    // Exact at the extremes: built from integers, never through a double.
    QTest::addRow("en_US largest") << "en_US" << kMax << "USD" << QStringLiteral("$92,233,720,368,547,758.07");
    QTest::addRow("en_US smallest") << "en_US" << kMin << "USD" << QStringLiteral("-$92,233,720,368,547,758.08");
    QTest::addRow("en_ZA largest") << "en_ZA" << kMax << "ZAR" << nb("R 92 233 720 368 547 758,07");
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, currency).format(QLocale(locale)), expected);
}

void TestMoney::formatUsesLocaleNotGlobalDefault()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString za = Money(123450, QStringLiteral("ZAR")).format(QLocale(QStringLiteral("en_ZA")));
    QLocale::setDefault(saved);
    QCOMPARE(za, nb("R 1 234,50"));
}

void TestMoney::canonicalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::addRow("rand") << qint64(123450) << "ZAR"
                          << "1234.50 ZAR";
    QTest::addRow("cents") << qint64(7) << "ZAR"
                           << "0.07 ZAR";
    QTest::addRow("negative cents") << qint64(-7) << "USD"
                                    << "-0.07 USD";
    QTest::addRow("yen") << qint64(1234) << "JPY"
                         << "1234 JPY";
    QTest::addRow("dinar") << qint64(-1001) << "KWD"
                           << "-1.001 KWD";
    QTest::addRow("max") << kMax << "ZAR"
                         << "92233720368547758.07 ZAR";
    QTest::addRow("min") << kMin << "ZAR"
                         << "-92233720368547758.08 ZAR";
}

void TestMoney::canonicalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, currency).toCanonicalString(), expected);
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addRow("rand and cents") << "1234.50"
                                    << "ZAR" << qint64(123450);
    QTest::addRow("one decimal") << "12.3"
                                 << "ZAR" << qint64(1230);
    QTest::addRow("whole") << "7"
                           << "USD" << qint64(700);
    QTest::addRow("plus sign") << "+7.01"
                               << "USD" << qint64(701);
    QTest::addRow("minus") << "-12.34"
                           << "ZAR" << qint64(-1234);
    QTest::addRow("surrounding space") << "  99.99\t"
                                       << "ZAR" << qint64(9999);
    QTest::addRow("leading zeros") << "0005.05"
                                   << "ZAR" << qint64(505);
    QTest::addRow("zero") << "0"
                          << "ZAR" << qint64(0);
    QTest::addRow("yen whole") << "1234"
                               << "JPY" << qint64(1234);
    QTest::addRow("dinar three digits") << "1.234"
                                        << "BHD" << qint64(1234);
    QTest::addRow("dinar one digit") << "1.2"
                                     << "KWD" << qint64(1200);
    QTest::addRow("largest") << "92233720368547758.07"
                             << "ZAR" << kMax;
    QTest::addRow("largest negative") << "-92233720368547758.07"
                                      << "ZAR" << -kMax;
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, currency);
    QVERIFY(m.has_value());
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency(), currency);
    QVERIFY(m->isValid());
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addRow("empty") << ""
                           << "ZAR";
    QTest::addRow("blank") << "   "
                           << "ZAR";
    QTest::addRow("sign only") << "-"
                               << "ZAR";
    QTest::addRow("letters") << "abc"
                             << "ZAR";
    QTest::addRow("grouping comma") << "1,234.50"
                                    << "ZAR";
    QTest::addRow("decimal comma") << "12,50"
                                   << "ZAR";
    QTest::addRow("inner space") << "1 234.50"
                                 << "ZAR";
    QTest::addRow("trailing dot") << "12."
                                  << "ZAR";
    QTest::addRow("leading dot") << ".5"
                                 << "ZAR";
    QTest::addRow("two dots") << "1.2.3"
                              << "ZAR";
    QTest::addRow("too many decimals") << "1.234"
                                       << "ZAR";
    QTest::addRow("decimals for yen") << "12.5"
                                      << "JPY";
    QTest::addRow("four decimals for dinar") << "1.2345"
                                             << "BHD";
    QTest::addRow("exponent") << "1e3"
                              << "ZAR";
    QTest::addRow("double sign") << "--1"
                                 << "ZAR";
    QTest::addRow("sign after number") << "12-"
                                       << "ZAR";
    QTest::addRow("currency symbol") << "R12.00"
                                     << "ZAR";
    QTest::addRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12") << "ZAR";
    QTest::addRow("arabic-indic digits") << QStringLiteral("\u0661\u0662.\u0663\u0664") << "ZAR";
    QTest::addRow("nan") << "nan"
                         << "ZAR";
    QTest::addRow("bad currency") << "12.00"
                                  << "ZA";
    QTest::addRow("no currency") << "12.00"
                                 << "";
    // Overflow: more than a qint64 of minor units is refused, never wrapped.
    QTest::addRow("overflow by one cent") << "92233720368547758.08"
                                          << "ZAR";
    QTest::addRow("overflow in whole part") << "99999999999999999999"
                                            << "ZAR";
    QTest::addRow("overflow when scaled") << "922337203685477581"
                                          << "ZAR";
    QTest::addRow("overflow yen") << "9223372036854775808"
                                  << "JPY";
    QTest::addRow("overflow dinar") << "9223372036854775.808"
                                    << "BHD";
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    const auto m = Money::parse(text, currency);
    QVERIFY2(!m.has_value(), qPrintable(m ? m->toCanonicalString() : QString()));
}

void TestMoney::parseRoundTripsCanonical_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    for (qint64 v : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(123456789), kMax, -kMax})
        for (const char* c : {"ZAR", "JPY", "BHD"})
            QTest::addRow("%lld %s", static_cast<long long>(v), c) << v << QString::fromLatin1(c);
}

void TestMoney::parseRoundTripsCanonical()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const Money m(minor, currency);
    const QString canonical = m.toCanonicalString();
    const qsizetype space = canonical.lastIndexOf(u' ');
    QCOMPARE(canonical.mid(space + 1), currency);
    const auto back = Money::parse(canonical.left(space), currency);
    QVERIFY(back.has_value());
    QVERIFY(*back == m);
}

void TestMoney::plus()
{
    const auto sum = Money(123450, QStringLiteral("ZAR")).plus(Money(-450, QStringLiteral("ZAR")));
    QVERIFY(sum.has_value());
    QCOMPARE(sum->minorUnits(), qint64(123000));
    QCOMPARE(sum->currency(), QStringLiteral("ZAR"));
}

void TestMoney::plusCurrencyMismatch()
{
    QVERIFY(!Money(100, QStringLiteral("ZAR")).plus(Money(100, QStringLiteral("USD"))).has_value());
    QVERIFY(!Money(0, QStringLiteral("USD")).plus(Money(0, QStringLiteral("ZAR"))).has_value());
    QVERIFY(Money(100, QStringLiteral("ZAR")) != Money(100, QStringLiteral("USD")));
}

void TestMoney::plusOverflow_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addRow("max + 0") << kMax << qint64(0) << true;
    QTest::addRow("max + 1") << kMax << qint64(1) << false;
    QTest::addRow("min + -1") << kMin << qint64(-1) << false;
    QTest::addRow("max + min") << kMax << kMin << true;
    QTest::addRow("half + half") << kMax / 2 + 1 << kMax / 2 + 1 << false;
}

void TestMoney::plusOverflow()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    const auto sum = Money(a, QStringLiteral("ZAR")).plus(Money(b, QStringLiteral("ZAR")));
    QCOMPARE(sum.has_value(), ok);
    if (ok)
        QCOMPARE(sum->minorUnits(), a + b);
}

void TestMoney::times()
{
    const auto product = Money(12900, QStringLiteral("ZAR")).times(3);
    QVERIFY(product.has_value());
    QCOMPARE(product->minorUnits(), qint64(38700));
    QCOMPARE(product->currency(), QStringLiteral("ZAR"));
    QCOMPARE(Money(-5, QStringLiteral("USD")).times(-4)->minorUnits(), qint64(20));
    QCOMPARE(Money(kMax, QStringLiteral("USD")).times(0)->minorUnits(), qint64(0));
}

void TestMoney::timesOverflow_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("factor");
    QTest::addRow("max x 2") << kMax << qint64(2);
    QTest::addRow("min x -1") << kMin << qint64(-1);
    QTest::addRow("big x big") << qint64(3037000500) << qint64(3037000500);
    QTest::addRow("negative big") << qint64(-4611686018427387905) << qint64(2);
}

void TestMoney::timesOverflow()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, factor);
    QVERIFY(!Money(amount, QStringLiteral("ZAR")).times(factor).has_value());
}

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::addRow("ZAR") << "ZAR" << 2;
    QTest::addRow("USD") << "USD" << 2;
    QTest::addRow("EUR") << "EUR" << 2;
    QTest::addRow("GBP") << "GBP" << 2;
    QTest::addRow("JPY") << "JPY" << 0;
    QTest::addRow("KRW") << "KRW" << 0;
    QTest::addRow("BHD") << "BHD" << 3;
    QTest::addRow("KWD") << "KWD" << 3;
    QTest::addRow("OMR") << "OMR" << 3;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Money::minorDigits(currency), digits);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
