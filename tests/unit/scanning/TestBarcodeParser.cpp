// BarcodeParser: every kind of code the station reads, with the ways each can be wrong (check digits, truncation,
// unknown AIs, missing separators, bad dates), AIM identifiers, Digital Link, UPC-E expansion and whitespace.

#include "scanning/BarcodeParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace saypro;

namespace {

/// Test inputs write GS as "<GS>" (a "\x1d" escape would swallow the hex digits after it).
QString gs(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("<GS>"), QString(QChar(BarcodeParser::GroupSeparator)));
    return out;
}

/// "01=09521234543213;17=261231": the elements in scan order.
QString aisText(const ParsedBarcode& p)
{
    QStringList parts;
    for (const Gs1Element& e : p.ais)
        parts << e.ai + u'=' + e.value;
    return parts.join(u';');
}

struct Row
{
    const char* input;
    const char* kind;
    bool valid;
    const char* format;
    const char* code = "";
    const char* gtin = "";
    const char* carrier = "";
    const char* ais = "";
    const char* detail = ""; ///< a part of the detail of an invalid result
};

void addRows(const QList<std::pair<const char*, Row>>& rows)
{
    for (const auto& [name, r] : rows)
        QTest::addRow("%s", name) << gs(QString::fromUtf8(r.input)) << QString::fromUtf8(r.kind) << r.valid
                                  << QString::fromUtf8(r.format) << QString::fromUtf8(r.code)
                                  << QString::fromUtf8(r.gtin) << QString::fromUtf8(r.carrier)
                                  << QString::fromUtf8(r.ais) << QString::fromUtf8(r.detail);
}

} // namespace

class TestBarcodeParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void aimIdentifiers_data();
    void aimIdentifiers();
    void datesAndDayZero_data();
    void datesAndDayZero();
    void centuryWindow();
    void accessors();
    void ambiguousCodesSayWhatElseTheyCouldBe();
    void whitespaceAndLineEndsAreIgnored();
    void invalidResultsCarryMessageAndDetail();
    void truncatedCodesNeverPass();
    void arbitraryInputNeverCrashes();

private:
    void addParseColumns();
};

void TestBarcodeParser::addParseColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("ais");
    QTest::addColumn<QString>("detail");
}

void TestBarcodeParser::parse_data()
{
    addParseColumns();
    addRows({
        // GTINs, check digit verified, as 14 digits.
        {"ean13", {"4006381333931", "gtin", true, "ean13", "4006381333931", "04006381333931"}},
        {"ean13 wrong check", {"4006381333932", "gtin", false, "ean13", "", "", "", "", "check digit 2, expected 1"}},
        {"ean8", {"96385074", "gtin", true, "ean8", "96385074", "00000096385074"}},
        {"ean8 wrong check", {"96385075", "gtin", false, "ean8", "", "", "", "", "check digit 5, expected 4"}},
        {"upca", {"036000291452", "gtin", true, "upca", "036000291452", "00036000291452"}},
        {"upca wrong check",
         {"036000291453", "gtin", false, "upca", "", "", "", "", "check digit 3, expected 2; not a FedEx"}},
        {"gtin14", {"10952123454321", "gtin", true, "gtin14", "10952123454321", "10952123454321"}},
        {"gtin14 wrong check", {"10952123454329", "gtin", false, "gtin14", "", "", "", "", "expected 1"}},
        // UPC-E expanded to UPC-A, each expansion rule (last data digit 0-2, 3, 4, 5-9).
        {"upce rule 0-2", {"01234505", "gtin", true, "upce", "01234505", "00012000003455"}},
        {"upce rule 3", {"01234531", "gtin", true, "upce", "01234531", "00012300000451"}},
        {"upce rule 4", {"01234543", "gtin", true, "upce", "01234543", "00012340000053"}},
        {"upce rule 5-9", {"06543217", "gtin", true, "upce", "06543217", "00065100004327"}},
        {"upce 04252614", {"04252614", "gtin", true, "upce", "04252614", "00042100005264"}},
        {"upce wrong check",
         {"04252615", "gtin", false, "ean8", "", "", "", "", "not a UPC-E either (UPC-A 042100005265"}},

        // GS1 element strings: fixed-length chaining, GS after variable-length fields.
        {"gs1 01 17 10 chained",
         {"01095212345432131726123110ABC123", "gs1", true, "element_string", "", "09521234543213", "",
          "01=09521234543213;17=261231;10=ABC123"}},
        {"gs1 with GS",
         {"]C10109521234543213"
          "10ABC<GS>21XYZ-9",
          "gs1", true, "element_string", "", "09521234543213", "", "01=09521234543213;10=ABC;21=XYZ-9"}},
        {"gs1 GS after fixed and at the end",
         {"]C10109521234543213<GS>10ABC<GS>", "gs1", true, "element_string", "", "09521234543213", "",
          "01=09521234543213;10=ABC"}},
        {"gs1 leading GS (FNC1 first)",
         {"<GS>0109521234543213", "gs1", true, "element_string", "", "09521234543213", "", "01=09521234543213"}},
        {"gs1 datamatrix day 00",
         {"]d201095060001343521725120010LOT7<GS>21SN-0042", "gs1", true, "element_string", "", "09506000134352", "",
          "01=09506000134352;17=251200;10=LOT7;21=SN-0042"}},
        {"gs1 count and weight",
         {"]C10209521234543213"
          "3712<GS>3103000125",
          "gs1", true, "element_string", "", "", "", "02=09521234543213;37=12;3103=000125"}},
        {"gs1 human readable",
         {"(01)09521234543213(17)261231(10)AB(C)1", "gs1", true, "element_string", "", "09521234543213", "",
          "01=09521234543213;17=261231;10=AB(C)1"}},
        {"gs1 400 and 420",
         {"]C1400PO-778<GS>4201804", "gs1", true, "element_string", "", "", "", "400=PO-778;420=1804"}},
        {"gs1 repeated AI same value",
         {"]C10109521234543213"
          "0109521234543213",
          "gs1", true, "element_string", "", "09521234543213", "", "01=09521234543213"}},
        {"gs1 01 wrong check", {"]C10109521234543214", "gs1", false, "element_string", "", "", "", "", "expected 3"}},
        {"gs1 truncated fixed",
         {"]C1010952123454321317261", "gs1", false, "element_string", "", "", "", "",
          "AI (17) needs 6 characters, got 3"}},
        {"gs1 truncated gtin", {"]C10109521234", "gs1", false, "element_string", "", "", "", "", "got 8"}},
        {"gs1 fixed cut by GS",
         {"]C1011234<GS>10ABC", "gs1", false, "element_string", "", "", "", "", "AI (01) needs 14 characters, got 4"}},
        {"gs1 unknown AI",
         {"]C1010952123454321323X", "gs1", false, "element_string", "", "", "", "", "at offset 16: '23X'"}},
        {"gs1 not an AI at all", {"]C1SP-00012345", "gs1", false, "element_string", "", "", "", "", "offset 0"}},
        {"gs1 missing separator, numeric AI",
         {"]C10109521234543213"
          "3712"
          "10ABC",
          "gs1", false, "element_string", "", "", "", "", "GS separator is probably missing"}},
        {"gs1 missing separator, too long",
         {"]C10109521234543213"
          "10ABCDEFGHIJKLMNOPQRSTU21X",
          "gs1", false, "element_string", "", "", "", "", "more than its maximum 20"}},
        {"gs1 empty variable value",
         {"]C10109521234543213"
          "10<GS>21X",
          "gs1", false, "element_string", "", "", "", "", "AI (10) has an empty"}},
        {"gs1 bad character", {"]C110AB\tC", "gs1", false, "element_string", "", "", "", "", "not a GS1 character"}},
        {"gs1 duplicate AI", {"(10)A(10)B", "gs1", false, "element_string", "", "", "", "", "appears twice"}},
        {"gs1 month 13",
         {"]C1010952123454321317261331", "gs1", false, "element_string", "", "", "", "", "month 13 is not 01-12"}},
        {"gs1 30 February",
         {"]C11726023010X", "gs1", false, "element_string", "", "", "", "", "day 30 does not exist in 2026-02"}},
        {"gs1 29 February 2025", {"]C117250229", "gs1", false, "element_string", "", "", "", "", "day 29"}},
        {"gs1 29 February 2024", {"]C117240229", "gs1", true, "element_string", "", "", "", "17=240229"}},

        // SSCC.
        {"sscc",
         {"]C100340123451234567895", "sscc", true, "element_string", "340123451234567895", "", "",
          "00=340123451234567895"}},
        {"sscc digits only",
         {"00340123451234567895", "sscc", true, "element_string", "340123451234567895", "", "",
          "00=340123451234567895"}},
        {"sscc with ship-to postal code",
         {"]C1003401234512345678954201804", "sscc", true, "element_string", "340123451234567895", "", "",
          "00=340123451234567895;420=1804"}},
        {"sscc wrong check",
         {"]C100340123451234567896", "gs1", false, "element_string", "", "", "", "", "check digit 6, expected 5"}},

        // GS1 Digital Link.
        {"digital link",
         {"https://id.gs1.org/01/09521234543213/10/ABC123/21/12345?17=261231", "gs1", true, "digital_link", "",
          "09521234543213", "", "01=09521234543213;10=ABC123;21=12345;17=261231"}},
        {"digital link other host, prefix, GTIN-13, non-AI keys",
         {"https://shop.example.co.za/p/01/9521234543213?linkType=gs1:pip&17=261200&3103=000250", "gs1", true,
          "digital_link", "", "09521234543213", "", "01=09521234543213;17=261200;3103=000250"}},
        {"digital link percent-encoded",
         {"HTTP://example.com/01/09521234543213/10/AB%2F12", "gs1", true, "digital_link", "", "09521234543213", "",
          "01=09521234543213;10=AB/12"}},
        {"digital link sscc",
         {"https://example.com/00/340123451234567895", "sscc", true, "digital_link", "340123451234567895", "", "",
          "00=340123451234567895"}},
        {"digital link wrong check",
         {"https://id.gs1.org/01/09521234543214", "gs1", false, "digital_link", "", "", "", "", "expected 3"}},
        {"digital link unknown query AI",
         {"https://id.gs1.org/01/09521234543213?23=1", "gs1", false, "digital_link", "", "", "", "",
          "unknown application identifier '23'"}},
        {"digital link bad query date",
         {"https://id.gs1.org/01/09521234543213?17=261340", "gs1", false, "digital_link", "", "", "", "", "month 13"}},
        {"digital link cut short",
         {"https://id.gs1.org/01/09521234543213/10", "gs1", false, "digital_link", "", "", "", "", "without a value"}},
        {"plain web address",
         {"https://example.com/about", "unknown", false, "digital_link", "", "", "", "", "no GS1 primary key"}},

        // The station's own codes.
        {"order", {"SP-00012345", "order", true, "order", "SP-00012345"}},
        {"order lower case", {"sp-00012345", "order", true, "order", "SP-00012345"}},
        {"order 7 digits", {"SP-0001234", "order", false, "order", "", "", "", "", "expected SP- and 8 digits"}},
        {"order letters", {"SP-0001234X", "order", false, "order", "", "", "", "", "SP-0001234X"}},
        {"rma", {"RMA-2026-000321", "rma", true, "rma", "RMA-2026-000321"}},
        {"rma short year", {"RMA-26-000321", "rma", false, "rma", "", "", "", "", "expected RMA-YYYY-NNNNNN"}},
        {"rma no dash", {"RMA-2026000321", "rma", false, "rma", "", "", "", "", "RMA-YYYY-NNNNNN"}},
        {"bin", {"JHB1-A-03-12-2-04", "bin", true, "bin", "JHB1-A-03-12-2-04"}},
        {"bin lower case, short numbers", {"jhb1-b-3-7-1-2", "bin", true, "bin", "JHB1-B-03-07-1-02"}},
        {"bin malformed", {"JHB1-A-03-12-2-XX", "bin", false, "bin", "", "", "", "", "WAREHOUSE-ZONE"}},
        {"badge", {"USR-0042", "badge", true, "badge", "USR-0042"}},
        {"badge 8 alphanumerics", {"usr-ab12cd34", "badge", true, "badge", "USR-AB12CD34"}},
        {"badge too short", {"USR-12", "badge", false, "badge", "", "", "", "", "4-8 letters or digits"}},
        {"badge too long", {"USR-123456789", "badge", false, "badge"}},
        {"badge punctuation", {"USR-12.4", "badge", false, "badge"}},

        // Tracking numbers with their check digits.
        {"ups", {"1Z5R89390357567127", "tracking", true, "ups_1z", "1Z5R89390357567127", "", "ups"}},
        {"ups developer sample", {"1Z999AA10123456784", "tracking", true, "ups_1z", "1Z999AA10123456784", "", "ups"}},
        {"ups lower case", {"1z999aa10123456784", "tracking", true, "ups_1z", "1Z999AA10123456784", "", "ups"}},
        {"ups wrong check",
         {"1Z5R89390357567128", "tracking", false, "ups_1z", "", "", "ups", "", "check digit 8, expected 7"}},
        {"ups truncated", {"1Z5R8939035756712", "tracking", false, "ups_1z", "", "", "ups", "", "17 characters"}},
        {"fedex express", {"986578788855", "tracking", true, "fedex_express", "986578788855", "", "fedex"}},
        {"fedex ground 96",
         {"9611020987654312345672", "tracking", true, "fedex_ground_96", "9611020987654312345672", "", "fedex"}},
        {"fedex ground 96 wrong check",
         {"9611020987654312345673", "tracking", false, "fedex_ground_96", "", "", "fedex", "", "expected 2"}},
        {"usps impb", {"9400111206206406260787", "tracking", true, "usps_impb", "9400111206206406260787", "", "usps"}},
        {"usps impb wrong check",
         {"9400111206206406260788", "tracking", false, "usps_impb", "", "", "usps", "", "expected 7"}},
        {"usps impb with ZIP routing, no FNC1",
         {"420021349400111206206406260787", "tracking", true, "usps_impb", "9400111206206406260787", "", "usps",
          "420=02134"}},
        {"usps impb on GS1-128",
         {"]C142002134<GS>9400111206206406260787", "tracking", true, "usps_impb", "9400111206206406260787", "", "usps",
          "420=02134;94=00111206206406260787"}},
        {"usps impb on GS1-128 wrong check",
         {"]C142002134<GS>92612903123456789012345", "tracking", false, "usps_impb", "", "", "usps", "",
          "check digit 5, expected 1"}},
        {"dhl express", {"3318810025", "tracking", true, "dhl_express", "3318810025", "", "dhl"}},
        {"dhl express wrong check",
         {"3318810026", "tracking", false, "dhl_express", "", "", "dhl", "", "check digit 6, expected 5"}},
        {"upu s10", {"RR123456785ZA", "tracking", true, "upu_s10", "RR123456785ZA", "", "upu"}},
        {"upu s10 lower case", {"re123456785za", "tracking", true, "upu_s10", "RE123456785ZA", "", "upu"}},
        {"upu s10 wrong check",
         {"RR123456784ZA", "tracking", false, "upu_s10", "", "", "upu", "", "check digit 4, expected 5"}},

        // Nothing the station knows.
        {"text", {"hello world", "unknown", false, "", "", "", "", "", "no format matches 'hello world'"}},
        {"18 digits", {"123456789012345678", "unknown", false, "", "", "", "", "", "18 digits"}},
        {"empty", {"", "unknown", false, "", "", "", "", "", "empty input"}},
        {"only whitespace", {" \t\r\n", "unknown", false, "", "", "", "", "", "empty input"}},
        {"only an AIM identifier", {"]C1", "unknown", false, "", "", "", "", "", "only the AIM identifier ]C1"}},
    });
}

void TestBarcodeParser::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QFETCH(QString, format);
    QFETCH(QString, code);
    QFETCH(QString, gtin);
    QFETCH(QString, carrier);
    QFETCH(QString, ais);
    QFETCH(QString, detail);

    const ParsedBarcode p = BarcodeParser::parse(input);
    QCOMPARE(p.valid, valid);
    QCOMPARE(p.kindKey(), kind);
    QCOMPARE(p.format, format);
    QCOMPARE(p.code, code);
    QCOMPARE(p.gtin, gtin);
    QCOMPARE(p.carrier, carrier);
    QCOMPARE(aisText(p), ais);
    QCOMPARE(p.raw, input);
    if (valid) {
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY2(p.detail.isEmpty(), qPrintable(p.detail));
    } else {
        QVERIFY2(p.detail.contains(detail), qPrintable(p.detail));
    }
}

void TestBarcodeParser::aimIdentifiers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("symbology");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("format");
    QTest::addRow("]E0 EAN-13") << "]E04006381333931"
                                << "]E0"
                                << "gtin" << true << "ean13";
    QTest::addRow("]E0 UPC-A") << "]E0036000291452"
                               << "]E0"
                               << "gtin" << true << "upca";
    // 01234565 is valid both as EAN-8 and as UPC-E: the AIM id decides.
    QTest::addRow("]E0 8 digits is UPC-E") << "]E001234565"
                                           << "]E0"
                                           << "gtin" << true << "upce";
    QTest::addRow("]E4 8 digits is EAN-8") << "]E401234565"
                                           << "]E4"
                                           << "gtin" << true << "ean8";
    QTest::addRow("]E0 wrong length") << "]E01234567890"
                                      << "]E0"
                                      << "gtin" << false << "";
    QTest::addRow("]C1 GS1-128") << "]C10109521234543213"
                                 << "]C1"
                                 << "gs1" << true << "element_string";
    QTest::addRow("]e0 DataBar") << "]e00109521234543213"
                                 << "]e0"
                                 << "gs1" << true << "element_string";
    QTest::addRow("]d2 GS1 DataMatrix") << "]d20109521234543213"
                                        << "]d2"
                                        << "gs1" << true << "element_string";
    QTest::addRow("]Q3 GS1 QR") << "]Q30109521234543213"
                                << "]Q3"
                                << "gs1" << true << "element_string";
    QTest::addRow("]Q1 Digital Link") << "]Q1https://id.gs1.org/01/09521234543213/10/ABC123?17=261231"
                                      << "]Q1"
                                      << "gs1" << true << "digital_link";
    QTest::addRow("]Q1 RMA") << "]Q1RMA-2026-000321"
                             << "]Q1"
                             << "rma" << true << "rma";
    QTest::addRow("]C0 UPS") << "]C01Z5R89390357567127"
                             << "]C0"
                             << "tracking" << true << "ups_1z";
    QTest::addRow("]C0 order") << "]C0SP-00012345"
                               << "]C0"
                               << "order" << true << "order";
    QTest::addRow("]I0 ITF-14") << "]I010952123454321"
                                << "]I0"
                                << "gtin" << true << "gtin14";
    QTest::addRow("]C1 is GS1 only") << "]C11Z5R89390357567127"
                                     << "]C1"
                                     << "gs1" << false << "element_string";
    QTest::addRow("AIM id with whitespace around") << "  ]E04006381333931\r\n"
                                                   << "]E0"
                                                   << "gtin" << true << "ean13";
}

void TestBarcodeParser::aimIdentifiers()
{
    QFETCH(QString, input);
    QFETCH(QString, symbology);
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QFETCH(QString, format);
    const ParsedBarcode p = BarcodeParser::parse(input);
    QCOMPARE(p.symbology, symbology);
    QCOMPARE(p.kindKey(), kind);
    QVERIFY2(p.valid == valid, qPrintable(p.detail));
    QCOMPARE(p.format, format);
    QVERIFY(!p.text.startsWith(u']'));
}

void TestBarcodeParser::datesAndDayZero_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ai");
    QTest::addColumn<QDate>("date");
    QTest::addRow("expiry") << "]C117261231"
                            << "17" << QDate(2026, 12, 31);
    QTest::addRow("day 00 in a 31-day month") << "]C117260100"
                                              << "17" << QDate(2026, 1, 31);
    QTest::addRow("day 00 in a 30-day month") << "]C117260400"
                                              << "17" << QDate(2026, 4, 30);
    QTest::addRow("day 00 in February of a leap year") << "]C117240200"
                                                       << "17" << QDate(2024, 2, 29);
    QTest::addRow("day 00 in February") << "]C117250200"
                                        << "17" << QDate(2025, 2, 28);
    QTest::addRow("day 00 in December") << "]C117251200"
                                        << "17" << QDate(2025, 12, 31);
    QTest::addRow("best before") << "]C11527030510X"
                                 << "15" << QDate(2027, 3, 5);
    QTest::addRow("production") << "]C11125010110X"
                                << "11" << QDate(2025, 1, 1);
    QTest::addRow("digital link query") << "https://id.gs1.org/01/09521234543213?17=280200"
                                        << "17" << QDate(2028, 2, 29);
}

void TestBarcodeParser::datesAndDayZero()
{
    QFETCH(QString, input);
    QFETCH(QString, ai);
    QFETCH(QDate, date);
    const ParsedBarcode p = BarcodeParser::parse(input);
    QVERIFY2(p.valid, qPrintable(p.detail));
    QVERIFY(p.element(ai));
    QCOMPARE(p.element(ai)->date, date);
    if (ai == u"17")
        QCOMPARE(p.expiry(), date);
    if (ai == u"15")
        QCOMPARE(p.bestBefore(), date);
}

void TestBarcodeParser::centuryWindow()
{
    // GS1 General Specifications 7.12: 51-99 years ahead of today reads as the previous century.
    const QString production = QStringLiteral("]C111760101");
    QCOMPARE(BarcodeParser::parse(production).element(u"11")->date, QDate(2076, 1, 1));
    QCOMPARE(BarcodeParser::parse(production, QDate(2025, 6, 1)).element(u"11")->date, QDate(1976, 1, 1));
    QCOMPARE(BarcodeParser::parse(production, QDate(2030, 6, 1)).element(u"11")->date, QDate(2076, 1, 1));
    // 50 or more years back reads as the next century.
    QCOMPARE(BarcodeParser::parse(QStringLiteral("]C117100101"), QDate(2060, 1, 1)).expiry(), QDate(2110, 1, 1));
    QCOMPARE(BarcodeParser::parse(QStringLiteral("]C117261231"), QDate(2025, 6, 1)).expiry(), QDate(2026, 12, 31));
}

void TestBarcodeParser::accessors()
{
    const ParsedBarcode p = BarcodeParser::parse(gs(QStringLiteral("]d201095060001343521725120010LOT7<GS>21SN-0042")));
    QVERIFY2(p.valid, qPrintable(p.detail));
    QCOMPARE(p.gtin, QStringLiteral("09506000134352"));
    QCOMPARE(p.batch(), QStringLiteral("LOT7"));
    QCOMPARE(p.serial(), QStringLiteral("SN-0042"));
    QCOMPARE(p.expiry(), QDate(2025, 12, 31));
    QVERIFY(!p.quantity());
    QVERIFY(!p.hasAi(u"37"));
    QCOMPARE(p.ai(u"37"), QString());
    QCOMPARE(p.text, gs(QStringLiteral("01095060001343521725120010LOT7<GS>21SN-0042")));

    const ParsedBarcode counted = BarcodeParser::parse(gs(QStringLiteral("]C10209521234543213"
                                                                         "3712")));
    QCOMPARE(counted.quantity(), std::optional<qint64>(12));
    const ParsedBarcode variable = BarcodeParser::parse(gs(QStringLiteral("]C10109521234543213"
                                                                          "3005")));
    QCOMPARE(variable.quantity(), std::optional<qint64>(5));

    const ParsedBarcode sscc = BarcodeParser::parse(QStringLiteral("00340123451234567895"));
    QCOMPARE(sscc.sscc(), QStringLiteral("340123451234567895"));
}

void TestBarcodeParser::ambiguousCodesSayWhatElseTheyCouldBe()
{
    // 100000000014 passes both the UPC-A and the FedEx Express check: read as the GTIN, FedEx noted.
    const ParsedBarcode both = BarcodeParser::parse(QStringLiteral("100000000014"));
    QVERIFY(both.valid);
    QCOMPARE(both.kind, ParsedBarcode::Kind::Gtin);
    QCOMPARE(both.alsoValidAs, QStringList{QStringLiteral("fedex_express")});
    // With the EAN/UPC AIM id it is a GTIN and nothing else.
    QVERIFY(BarcodeParser::parse(QStringLiteral("]E0100000000014")).alsoValidAs.isEmpty());
    // A FedEx number that is not a valid UPC-A is tracking only.
    QVERIFY(BarcodeParser::parse(QStringLiteral("986578788855")).alsoValidAs.isEmpty());
    // 01234565: EAN-8 and UPC-E (012345000065) both fit.
    const ParsedBarcode eight = BarcodeParser::parse(QStringLiteral("01234565"));
    QCOMPARE(eight.format, QStringLiteral("ean8"));
    QCOMPARE(eight.alsoValidAs, QStringList{QStringLiteral("upce")});
    QCOMPARE(BarcodeParser::parse(QStringLiteral("]E001234565")).gtin, QStringLiteral("00012345000065"));
}

void TestBarcodeParser::whitespaceAndLineEndsAreIgnored()
{
    for (const QString& input : {QStringLiteral("4006381333931\r\n"), QStringLiteral("  4006381333931  "),
                                 QStringLiteral("\t4006381333931\n"), QStringLiteral("4006381333931\r")}) {
        const ParsedBarcode p = BarcodeParser::parse(input);
        QVERIFY2(p.valid, qPrintable(input));
        QCOMPARE(p.gtin, QStringLiteral("04006381333931"));
        QCOMPARE(p.text, QStringLiteral("4006381333931"));
        QCOMPARE(p.raw, input);
    }
    QCOMPARE(BarcodeParser::parse(QStringLiteral("SP-00012345\r\n")).kind, ParsedBarcode::Kind::Order);
    // A trailing GS is data, not whitespace: it ends the last GS1 field.
    QVERIFY(BarcodeParser::parse(gs(QStringLiteral("]C110ABC<GS>\r\n"))).valid);
    // Whitespace inside a code is not ignored.
    QVERIFY(!BarcodeParser::parse(QStringLiteral("4006381 333931")).valid);
}

void TestBarcodeParser::invalidResultsCarryMessageAndDetail()
{
    for (const char* input : {"4006381333932", "]C10109521234", "]C1230123", "SP-1", "1Z5R89390357567128",
                              "https://id.gs1.org/01/09521234543214", "nonsense", ""}) {
        const ParsedBarcode p = BarcodeParser::parse(QString::fromUtf8(input));
        QVERIFY2(!p.valid, input);
        QVERIFY2(!p.error.isEmpty(), input);
        QVERIFY2(!p.detail.isEmpty(), input);
        QVERIFY2(p.error != p.detail, input);
        // Never a partial result to act on.
        QVERIFY2(p.gtin.isEmpty() && p.ais.isEmpty() && p.code.isEmpty(), input);
    }
}

void TestBarcodeParser::truncatedCodesNeverPass()
{
    // Every proper prefix of these codes is refused (or, for GS1 data, reads as fewer complete fields).
    for (const char* full : {"4006381333931", "1Z5R89390357567127", "SP-00012345", "RMA-2026-000321", "RR123456785ZA",
                             "3318810025", "9400111206206406260787"}) {
        const QString code = QString::fromUtf8(full);
        QVERIFY(BarcodeParser::parse(code).valid);
        for (qsizetype n = 1; n < code.size(); ++n) {
            const ParsedBarcode p = BarcodeParser::parse(code.left(n));
            // A shorter prefix may happen to be another valid code (8 digits of an EAN-13 can be an EAN-8);
            // it must never be read as the same kind with the same code.
            QVERIFY2(!(p.valid && p.code == code), qPrintable(code.left(n)));
            if (p.valid)
                QVERIFY2(p.code.size() == n, qPrintable(code.left(n)));
        }
    }
}

void TestBarcodeParser::arbitraryInputNeverCrashes()
{
    QRandomGenerator random(20260101);
    const QString alphabet = QStringLiteral("0123456789ABCZaz]-()/%?=&:.") + QChar(BarcodeParser::GroupSeparator) +
                             QStringLiteral(" \r\n") + QChar(0x00E9) + QChar(0xD83D);
    const QStringList prefixes{QString(),
                               QStringLiteral("]C1"),
                               QStringLiteral("]d2"),
                               QStringLiteral("https://id.gs1.org/01/"),
                               QStringLiteral("("),
                               QStringLiteral("01"),
                               QStringLiteral("1Z"),
                               QStringLiteral("SP-"),
                               QStringLiteral("420")};
    for (int i = 0; i < 20000; ++i) {
        QString s = prefixes.at(random.bounded(int(prefixes.size())));
        const int length = random.bounded(40);
        for (int j = 0; j < length; ++j)
            s += alphabet.at(random.bounded(int(alphabet.size())));
        const ParsedBarcode p = BarcodeParser::parse(s);
        QVERIFY(p.valid == p.error.isEmpty());
        QVERIFY(p.valid == p.detail.isEmpty());
        if (p.valid && p.kind == ParsedBarcode::Kind::Gtin)
            QCOMPARE(p.gtin.size(), 14);
    }
}

QTEST_GUILESS_MAIN(TestBarcodeParser)
#include "TestBarcodeParser.moc"
