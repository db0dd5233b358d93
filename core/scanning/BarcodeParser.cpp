#include "BarcodeParser.h"

#include "domain/CheckDigits.h"
#include "domain/Gtin.h"
#include "domain/Location.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace saypro {

namespace {

using Kind = ParsedBarcode::Kind;

constexpr char16_t GS = BarcodeParser::GroupSeparator;
constexpr qsizetype kDetailChars = 64;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isUpperLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLetter(QChar c)
{
    return isUpperLetter(c) || (c >= u'a' && c <= u'z');
}

bool isAsciiAlnum(QChar c)
{
    return isDigit(c) || isAsciiLetter(c);
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (!isDigit(c))
            return false;
    return !s.isEmpty();
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

/// GS1 AI encodable character set 82 (GS1 General Specifications figure 7.11-1).
bool isCset82(QChar c)
{
    if (isAsciiAlnum(c))
        return true;
    switch (c.unicode()) {
    case u'!':
    case u'"':
    case u'%':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u'-':
    case u'.':
    case u'/':
    case u':':
    case u';':
    case u'<':
    case u'=':
    case u'>':
    case u'?':
    case u'_':
        return true;
    default:
        return false;
    }
}

/// The input shortened for a log line, with GS shown as <GS>.
QString shown(QStringView s)
{
    QString out = s.left(kDetailChars).toString();
    out.replace(QChar(GS), QLatin1String("<GS>"));
    if (s.size() > kDetailChars)
        out += QStringLiteral("...");
    return out;
}

bool gs1CheckOk(QStringView digits)
{
    const auto check = Gtin::checkDigit(digits.chopped(1).toString());
    return check && digitAt(digits, digits.size() - 1) == *check;
}

int gs1Check(QStringView digitsWithoutCheck)
{
    return Gtin::checkDigit(digitsWithoutCheck.toString()).value_or(-1);
}

// ---- GS1 application identifiers --------------------------------------------------------------------------

enum class Charset { Numeric, Cset82 };
enum class Rule { None, CheckDigit, Date, CountryPrefix };

struct AiSpec
{
    const char* ai; ///< 2 or 3 digits; with `decimal` a fourth digit (0-5) follows
    bool decimal;   ///< 310n and the like: the fourth digit is the number of decimals
    int fixed;      ///< fixed length of the value, 0 when variable
    int max;        ///< maximum length of a variable value
    Charset charset;
    Rule rule;
};

// GS1 General Specifications 3.2; the AIs this station reads. The table is prefix-free like the AIs themselves.
constexpr AiSpec kAis[] = {
    {"00", false, 18, 18, Charset::Numeric, Rule::CheckDigit},   // SSCC
    {"01", false, 14, 14, Charset::Numeric, Rule::CheckDigit},   // GTIN
    {"02", false, 14, 14, Charset::Numeric, Rule::CheckDigit},   // GTIN of contained trade items
    {"10", false, 0, 20, Charset::Cset82, Rule::None},           // batch or lot
    {"11", false, 6, 6, Charset::Numeric, Rule::Date},           // production date
    {"12", false, 6, 6, Charset::Numeric, Rule::Date},           // due date
    {"13", false, 6, 6, Charset::Numeric, Rule::Date},           // packaging date
    {"15", false, 6, 6, Charset::Numeric, Rule::Date},           // best before
    {"16", false, 6, 6, Charset::Numeric, Rule::Date},           // sell by
    {"17", false, 6, 6, Charset::Numeric, Rule::Date},           // expiry
    {"20", false, 2, 2, Charset::Numeric, Rule::None},           // internal product variant
    {"21", false, 0, 20, Charset::Cset82, Rule::None},           // serial number
    {"22", false, 0, 20, Charset::Cset82, Rule::None},           // consumer product variant
    {"30", false, 0, 8, Charset::Numeric, Rule::None},           // variable count
    {"37", false, 0, 8, Charset::Numeric, Rule::None},           // count of trade items
    {"240", false, 0, 30, Charset::Cset82, Rule::None},          // additional product id
    {"241", false, 0, 30, Charset::Cset82, Rule::None},          // customer part number
    {"250", false, 0, 30, Charset::Cset82, Rule::None},          // secondary serial
    {"251", false, 0, 30, Charset::Cset82, Rule::None},          // reference to source entity
    {"254", false, 0, 20, Charset::Cset82, Rule::None},          // GLN extension
    {"310", true, 6, 6, Charset::Numeric, Rule::None},           // net weight, kg
    {"320", true, 6, 6, Charset::Numeric, Rule::None},           // net weight, lb
    {"330", true, 6, 6, Charset::Numeric, Rule::None},           // gross weight, kg
    {"400", false, 0, 30, Charset::Cset82, Rule::None},          // customer's purchase order
    {"401", false, 0, 30, Charset::Cset82, Rule::None},          // GINC
    {"402", false, 17, 17, Charset::Numeric, Rule::CheckDigit},  // GSIN
    {"403", false, 0, 30, Charset::Cset82, Rule::None},          // routing code
    {"410", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // ship to GLN
    {"411", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // bill to GLN
    {"412", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // purchased from GLN
    {"413", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // ship for GLN
    {"414", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // physical location GLN
    {"415", false, 13, 13, Charset::Numeric, Rule::CheckDigit},  // invoicing party GLN
    {"420", false, 0, 20, Charset::Cset82, Rule::None},          // ship-to postal code
    {"421", false, 0, 12, Charset::Cset82, Rule::CountryPrefix}, // ship-to postal code with ISO country
    {"422", false, 3, 3, Charset::Numeric, Rule::None},          // country of origin
    {"90", false, 0, 30, Charset::Cset82, Rule::None},           // mutually agreed
    {"91", false, 0, 90, Charset::Cset82, Rule::None},           // company internal 91-99
    {"92", false, 0, 90, Charset::Cset82, Rule::None},           {"93", false, 0, 90, Charset::Cset82, Rule::None},
    {"94", false, 0, 90, Charset::Cset82, Rule::None},           {"95", false, 0, 90, Charset::Cset82, Rule::None},
    {"96", false, 0, 90, Charset::Cset82, Rule::None},           {"97", false, 0, 90, Charset::Cset82, Rule::None},
    {"98", false, 0, 90, Charset::Cset82, Rule::None},           {"99", false, 0, 90, Charset::Cset82, Rule::None},
};

/// The AI spec whose identifier begins `s`; `aiLength` receives the identifier's length (2 to 4).
const AiSpec* findAi(QStringView s, qsizetype* aiLength)
{
    for (const AiSpec& spec : kAis) {
        const qsizetype n = qsizetype(qstrlen(spec.ai));
        const qsizetype total = spec.decimal ? n + 1 : n;
        if (s.size() < total)
            continue;
        bool match = true;
        for (qsizetype i = 0; i < n && match; ++i)
            match = s.at(i) == QLatin1Char(spec.ai[i]);
        if (!match)
            continue;
        if (spec.decimal && !(s.at(n) >= u'0' && s.at(n) <= u'5'))
            continue;
        *aiLength = total;
        return &spec;
    }
    return nullptr;
}

/// An exact AI (as in Digital Link keys or the bracketed form): the spec when `ai` is one whole known AI.
const AiSpec* findExactAi(QStringView ai)
{
    qsizetype length = 0;
    const AiSpec* spec = findAi(ai, &length);
    return spec && length == ai.size() ? spec : nullptr;
}

struct Failure
{
    Kind kind = Kind::Unknown;
    QString error;
    QString detail;
};

Failure gs1Failure(QString error, QString detail)
{
    return Failure{Kind::Gs1, std::move(error), std::move(detail)};
}

/// YYMMDD with the GS1 century window around `today` (20YY without it); day 00 is the month's last day.
QDate gs1Date(QStringView v, QDate today, QString* why)
{
    const int yy = digitAt(v, 0) * 10 + digitAt(v, 1);
    const int mm = digitAt(v, 2) * 10 + digitAt(v, 3);
    const int dd = digitAt(v, 4) * 10 + digitAt(v, 5);
    int year = 2000 + yy;
    if (today.isValid()) {
        const int current = today.year();
        const int currentYY = current % 100;
        int century = current - currentYY;
        const int diff = yy - currentYY;
        if (diff >= 51)
            century -= 100;
        else if (diff <= -50)
            century += 100;
        year = century + yy;
    }
    if (mm < 1 || mm > 12) {
        *why = QStringLiteral("month %1 is not 01-12").arg(mm, 2, 10, QLatin1Char('0'));
        return {};
    }
    if (dd == 0)
        return QDate(year, mm, 1).addMonths(1).addDays(-1);
    const QDate date(year, mm, dd);
    if (!date.isValid())
        *why = QStringLiteral("day %1 does not exist in %2-%3")
                   .arg(dd, 2, 10, QLatin1Char('0'))
                   .arg(year)
                   .arg(mm, 2, 10, QLatin1Char('0'));
    return date;
}

/// Checks one value against its AI's format; fills `element`.
std::optional<Failure> checkValue(const AiSpec& spec, QStringView ai, QStringView value, QDate today,
                                  Gs1Element* element)
{
    const QString aiText = ai.toString();
    if (value.isEmpty())
        return gs1Failure(
            QCoreApplication::translate("BarcodeParser", "The GS1 barcode has no value after (%1).").arg(aiText),
            QStringLiteral("AI (%1) has an empty value").arg(aiText));
    if (spec.fixed > 0 && value.size() != spec.fixed)
        return gs1Failure(
            QCoreApplication::translate("BarcodeParser", "The GS1 barcode is cut short: (%1) needs %2 characters.")
                .arg(aiText)
                .arg(spec.fixed),
            QStringLiteral("AI (%1) needs %2 characters, got %3: '%4'")
                .arg(aiText)
                .arg(spec.fixed)
                .arg(value.size())
                .arg(shown(value)));
    if (spec.fixed == 0 && value.size() > spec.max)
        return gs1Failure(QCoreApplication::translate("BarcodeParser",
                                                      "The GS1 barcode is missing a separator after (%1), or its "
                                                      "value is too long.")
                              .arg(aiText),
                          QStringLiteral("AI (%1) value is %2 characters, more than its maximum %3 (a GS separator "
                                         "before the next AI is probably missing): '%4'")
                              .arg(aiText)
                              .arg(value.size())
                              .arg(spec.max)
                              .arg(shown(value)));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool numericHere = spec.charset == Charset::Numeric || (spec.rule == Rule::CountryPrefix && i < 3);
        const bool ok = numericHere ? isDigit(c) : isCset82(c);
        if (!ok) {
            const QString what = numericHere ? QStringLiteral("a digit") : QStringLiteral("a GS1 character (set 82)");
            const bool separatorLikely = numericHere && spec.fixed == 0 && isCset82(c);
            return gs1Failure(
                separatorLikely
                    ? QCoreApplication::translate("BarcodeParser", "The GS1 barcode is missing a separator after (%1).")
                          .arg(aiText)
                    : QCoreApplication::translate("BarcodeParser", "The GS1 barcode has an invalid value in (%1).")
                          .arg(aiText),
                QStringLiteral("AI (%1) character %2 is '%3', not %4%5: '%6'")
                    .arg(aiText)
                    .arg(i + 1)
                    .arg(c == QChar(GS) ? QStringLiteral("<GS>") : QString(c))
                    .arg(what, separatorLikely ? QStringLiteral(" (a GS separator is probably missing)") : QString(),
                         shown(value)));
        }
    }
    if (spec.rule == Rule::CountryPrefix && value.size() < 4)
        return gs1Failure(
            QCoreApplication::translate("BarcodeParser", "The GS1 barcode has an invalid value in (%1).").arg(aiText),
            QStringLiteral("AI (%1) needs a 3-digit country code and a postal code: '%2'").arg(aiText, shown(value)));
    if (spec.rule == Rule::CheckDigit && !gs1CheckOk(value))
        return gs1Failure(
            QCoreApplication::translate("BarcodeParser", "The GS1 barcode has a wrong check digit in (%1).")
                .arg(aiText),
            QStringLiteral("AI (%1) '%2': check digit %3, expected %4")
                .arg(aiText, value.toString())
                .arg(digitAt(value, value.size() - 1))
                .arg(gs1Check(value.chopped(1))));
    element->ai = aiText;
    element->value = value.toString();
    if (spec.rule == Rule::Date) {
        QString why;
        element->date = gs1Date(value, today, &why);
        if (!element->date.isValid())
            return gs1Failure(
                QCoreApplication::translate("BarcodeParser", "The GS1 barcode has an invalid date in (%1): %2.")
                    .arg(aiText, value.toString()),
                QStringLiteral("AI (%1) date '%2' (YYMMDD): %3").arg(aiText, value.toString(), why));
    }
    return std::nullopt;
}

std::optional<Failure> append(QList<Gs1Element>& out, Gs1Element element)
{
    for (const Gs1Element& e : out) {
        if (e.ai == element.ai) {
            if (e.value == element.value)
                return std::nullopt; // GS1 allows a repeat with the same value
            return gs1Failure(
                QCoreApplication::translate("BarcodeParser", "The GS1 barcode gives (%1) twice with different values.")
                    .arg(element.ai),
                QStringLiteral("AI (%1) appears twice: '%2' and '%3'")
                    .arg(element.ai, shown(e.value), shown(element.value)));
        }
    }
    out.append(std::move(element));
    return std::nullopt;
}

Failure unknownAi(QStringView rest, qsizetype offset)
{
    return gs1Failure(
        QCoreApplication::translate("BarcodeParser", "The GS1 barcode contains an application identifier this station "
                                                     "does not know (at \"%1\").")
            .arg(shown(rest.left(4))),
        QStringLiteral("unknown or malformed application identifier at offset %1: '%2'").arg(offset).arg(shown(rest)));
}

/// A raw element string: AIs chained, fixed-length ones without a separator, variable ones ended by GS.
std::optional<Failure> parseElementString(QStringView data, QDate today, QList<Gs1Element>& out)
{
    qsizetype pos = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        if (data.at(pos) == QChar(GS)) { // FNC1 in first position, after a fixed-length value, or at the end
            ++pos;
            continue;
        }
        qsizetype aiLength = 0;
        const AiSpec* spec = findAi(data.sliced(pos), &aiLength);
        if (!spec)
            return unknownAi(data.sliced(pos), pos);
        const QStringView ai = data.sliced(pos, aiLength);
        pos += aiLength;
        qsizetype end = 0;
        if (spec->fixed > 0) {
            end = std::min(n, pos + spec->fixed);
            const qsizetype gs = data.sliced(pos, end - pos).indexOf(QChar(GS));
            if (gs >= 0)
                end = pos + gs;
        } else {
            end = data.indexOf(QChar(GS), pos);
            if (end < 0)
                end = n;
        }
        Gs1Element element;
        if (auto failure = checkValue(*spec, ai, data.sliced(pos, end - pos), today, &element))
            return failure;
        if (auto failure = append(out, std::move(element)))
            return failure;
        pos = end;
    }
    if (out.isEmpty())
        return gs1Failure(QCoreApplication::translate("BarcodeParser", "The GS1 barcode holds no data."),
                          QStringLiteral("element string without any AI"));
    return std::nullopt;
}

/// The human-readable form "(01)09521234543213(10)ABC123": each AI in brackets.
std::optional<Failure> parseBracketed(QStringView data, QDate today, QList<Gs1Element>& out)
{
    qsizetype pos = 0;
    const qsizetype n = data.size();
    // Where the next "(AI)" starts at or after `from`; n when there is none.
    const auto nextAi = [&](qsizetype from, qsizetype* close) {
        for (qsizetype i = from; i < n; ++i) {
            if (data.at(i) != u'(')
                continue;
            const qsizetype c = data.indexOf(u')', i + 1);
            if (c > i + 2 && c <= i + 5 && allDigits(data.sliced(i + 1, c - i - 1)) &&
                findExactAi(data.sliced(i + 1, c - i - 1))) {
                *close = c;
                return i;
            }
        }
        return n;
    };
    while (pos < n) {
        qsizetype close = 0;
        if (data.at(pos) != u'(' || nextAi(pos, &close) != pos)
            return unknownAi(data.sliced(pos), pos);
        const QStringView ai = data.sliced(pos + 1, close - pos - 1);
        qsizetype unused = 0;
        const qsizetype end = nextAi(close + 1, &unused);
        Gs1Element element;
        if (auto failure = checkValue(*findExactAi(ai), ai, data.sliced(close + 1, end - close - 1), today, &element))
            return failure;
        if (auto failure = append(out, std::move(element)))
            return failure;
        pos = end;
    }
    return std::nullopt;
}

bool isPrimaryKey(QStringView ai)
{
    return ai == u"01" || ai == u"00" || ai == u"414" || ai == u"401" || ai == u"402";
}

/// GS1 Digital Link: https://any.host/optional/prefix/01/09521234543213/10/ABC123?17=261231
std::optional<Failure> parseDigitalLink(QStringView text, QDate today, QList<Gs1Element>& out)
{
    const QUrl url(text.toString(), QUrl::StrictMode);
    const auto notDigitalLink = [&](const QString& why) {
        return Failure{Kind::Unknown,
                       QCoreApplication::translate("BarcodeParser",
                                                   "This web address is not a GS1 Digital Link for a product or "
                                                   "shipment."),
                       why};
    };
    if (!url.isValid() || url.host().isEmpty())
        return notDigitalLink(QStringLiteral("not a valid URL: %1").arg(url.errorString()));
    const QString path = url.path(QUrl::FullyEncoded);
    const QList<QStringView> segments = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    qsizetype first = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (isPrimaryKey(segments.at(i))) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return notDigitalLink(
            QStringLiteral("no GS1 primary key (01, 00, 414, 401, 402) in the path '%1'").arg(shown(path)));
    if ((segments.size() - first) % 2 != 0)
        return gs1Failure(
            QCoreApplication::translate("BarcodeParser", "The GS1 Digital Link is cut short: (%1) has no value.")
                .arg(segments.last().toString()),
            QStringLiteral("Digital Link path ends with AI '%1' without a value").arg(shown(segments.last())));
    const auto add = [&](QStringView ai, QString value) -> std::optional<Failure> {
        const AiSpec* spec = allDigits(ai) ? findExactAi(ai) : nullptr;
        if (!spec)
            return gs1Failure(QCoreApplication::translate("BarcodeParser",
                                                          "The GS1 barcode contains an application identifier this "
                                                          "station does not know (at \"%1\").")
                                  .arg(shown(ai)),
                              QStringLiteral("Digital Link: unknown application identifier '%1'").arg(shown(ai)));
        // Digital Link may carry a GTIN-8, -12 or -13 in the path; it is the same GTIN padded to 14 digits.
        if (ai == u"01" && (value.size() == 8 || value.size() == 12 || value.size() == 13) && allDigits(value))
            value = value.rightJustified(14, u'0');
        Gs1Element element;
        if (auto failure = checkValue(*spec, ai, value, today, &element))
            return failure;
        return append(out, std::move(element));
    };
    for (qsizetype i = first; i + 1 < segments.size(); i += 2) {
        const QString value = QUrl::fromPercentEncoding(segments.at(i + 1).toUtf8());
        if (auto failure = add(segments.at(i), value))
            return failure;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allDigits(key))
            continue; // linkType, context and other non-AI attributes
        if (auto failure = add(key, value))
            return failure;
    }
    return std::nullopt;
}

// ---- results ------------------------------------------------------------------------------------------------

void setFailure(ParsedBarcode& r, Failure f)
{
    r.kind = f.kind;
    r.valid = false;
    r.error = std::move(f.error);
    r.detail = std::move(f.detail);
    r.code.clear();
    r.gtin.clear();
    r.ais.clear();
    r.alsoValidAs.clear();
}

void setFailure(ParsedBarcode& r, Kind kind, const QString& error, const QString& detail)
{
    setFailure(r, Failure{kind, error, detail});
}

void setValid(ParsedBarcode& r, Kind kind, const QString& format, const QString& code)
{
    r.kind = kind;
    r.valid = true;
    r.format = format;
    r.code = code;
}

QString gtinFormatName(const QString& format)
{
    if (format == u"ean8")
        return QStringLiteral("EAN-8");
    if (format == u"ean13")
        return QStringLiteral("EAN-13");
    if (format == u"upca")
        return QStringLiteral("UPC-A");
    if (format == u"upce")
        return QStringLiteral("UPC-E");
    return QStringLiteral("GTIN-14");
}

/// A GTIN of 8, 12, 13 or 14 digits; `format` as in ParsedBarcode::format.
bool tryGtin(ParsedBarcode& r, QStringView digits, const QString& format)
{
    r.format = format;
    if (!gs1CheckOk(digits)) {
        setFailure(r, Kind::Gtin,
                   QCoreApplication::translate("BarcodeParser", "Product barcode %1 has a wrong check digit.")
                       .arg(digits.toString()),
                   QStringLiteral("%1 %2: check digit %3, expected %4")
                       .arg(gtinFormatName(format), digits.toString())
                       .arg(digitAt(digits, digits.size() - 1))
                       .arg(gs1Check(digits.chopped(1))));
        return false;
    }
    setValid(r, Kind::Gtin, format, digits.toString());
    r.gtin = digits.toString().rightJustified(14, u'0');
    return true;
}

/// UPC-E (number system 0 or 1, six digits, check digit) expanded to its 12-digit UPC-A; empty if malformed.
QString expandUpcE(QStringView e)
{
    if (e.size() != 8 || !allDigits(e) || (e.at(0) != u'0' && e.at(0) != u'1'))
        return {};
    const QString d = e.sliced(1, 6).toString();
    const QChar last = d.at(5);
    QString a;
    a.reserve(12);
    a += e.at(0);
    if (last <= u'2')
        a += d.left(2) + last + QStringLiteral("0000") + d.mid(2, 3);
    else if (last == u'3')
        a += d.left(3) + QStringLiteral("00000") + d.mid(3, 2);
    else if (last == u'4')
        a += d.left(4) + QStringLiteral("00000") + d.mid(4, 1);
    else
        a += d.left(5) + QStringLiteral("0000") + last;
    a += e.at(7);
    return a;
}

bool tryUpcE(ParsedBarcode& r, QStringView digits)
{
    const QString upcA = expandUpcE(digits);
    r.format = QStringLiteral("upce");
    if (upcA.isEmpty()) {
        setFailure(r, Kind::Gtin,
                   QCoreApplication::translate("BarcodeParser", "Product barcode %1 is not a valid UPC-E code.")
                       .arg(digits.toString()),
                   QStringLiteral("UPC-E %1: needs 8 digits beginning with 0 or 1").arg(digits.toString()));
        return false;
    }
    if (!gs1CheckOk(upcA)) {
        setFailure(r, Kind::Gtin,
                   QCoreApplication::translate("BarcodeParser", "Product barcode %1 has a wrong check digit.")
                       .arg(digits.toString()),
                   QStringLiteral("UPC-E %1 (UPC-A %2): check digit %3, expected %4")
                       .arg(digits.toString(), upcA)
                       .arg(digitAt(upcA, 11))
                       .arg(gs1Check(QStringView(upcA).chopped(1))));
        return false;
    }
    setValid(r, Kind::Gtin, QStringLiteral("upce"), digits.toString());
    r.gtin = upcA.rightJustified(14, u'0');
    return true;
}

void trackingCheckFailure(ParsedBarcode& r, const QString& carrierName, const QString& number, int found, int expected)
{
    setFailure(r, Kind::Tracking,
               QCoreApplication::translate("BarcodeParser", "The %1 tracking number %2 has a wrong check digit.")
                   .arg(carrierName, number),
               QStringLiteral("%1 %2: check digit %3, expected %4").arg(r.format, number).arg(found).arg(expected));
}

void setTracking(ParsedBarcode& r, const QString& carrier, const QString& format, const QString& number)
{
    setValid(r, Kind::Tracking, format, number);
    r.carrier = carrier;
}

bool fedexExpressOk(QStringView digits)
{
    const auto check = CheckDigits::fedexExpress(digits.first(11).toString());
    return check && *check == digitAt(digits, 11);
}

void parseUps(ParsedBarcode& r, QStringView s)
{
    const QString upper = s.toString().toUpper();
    r.carrier = QStringLiteral("ups");
    r.format = QStringLiteral("ups_1z");
    bool alnum = true;
    for (QChar c : QStringView(upper).sliced(2))
        alnum = alnum && (isDigit(c) || isUpperLetter(c));
    if (upper.size() != 18 || !alnum || !isDigit(upper.at(17))) {
        setFailure(r, Kind::Tracking,
                   QCoreApplication::translate("BarcodeParser",
                                               "A UPS tracking number is 1Z followed by 16 letters or digits."),
                   QStringLiteral("ups_1z '%1': %2 characters, expected 18 (1Z + 15 letters or digits + check digit)")
                       .arg(shown(s))
                       .arg(s.size()));
        return;
    }
    const int expected = CheckDigits::ups(upper.mid(2, 15)).value_or(-1);
    if (expected != digitAt(upper, 17))
        return trackingCheckFailure(r, QStringLiteral("UPS"), upper, digitAt(upper, 17), expected);
    setTracking(r, QStringLiteral("ups"), QStringLiteral("ups_1z"), upper);
}

void parseS10(ParsedBarcode& r, const QString& upper)
{
    r.carrier = QStringLiteral("upu");
    r.format = QStringLiteral("upu_s10");
    const int expected = CheckDigits::upuS10(upper.mid(2, 8)).value_or(-1);
    if (expected != digitAt(upper, 10))
        return trackingCheckFailure(r, QStringLiteral("UPU S10"), upper, digitAt(upper, 10), expected);
    setTracking(r, QStringLiteral("upu"), QStringLiteral("upu_s10"), upper);
}

bool isImpbTracking(QStringView t)
{
    return t.size() >= 20 && t.size() <= 26 && allDigits(t) && t.at(0) == u'9' && t.at(1) >= u'2' && t.at(1) <= u'5';
}

/// USPS IMpb tracking part (92-95 ..., check digit GS1 mod 10 over the tracking part only).
void parseImpb(ParsedBarcode& r, QStringView tracking)
{
    r.carrier = QStringLiteral("usps");
    r.format = QStringLiteral("usps_impb");
    if (!gs1CheckOk(tracking))
        return trackingCheckFailure(r, QStringLiteral("USPS"), tracking.toString(),
                                    digitAt(tracking, tracking.size() - 1), gs1Check(tracking.chopped(1)));
    const QList<Gs1Element> keep = r.ais;
    setTracking(r, QStringLiteral("usps"), QStringLiteral("usps_impb"), tracking.toString());
    r.ais = keep;
}

/// FedEx Ground "96" + 20 digits: GS1 mod 10 over the 14 digits before the check digit.
void parseFedexGround(ParsedBarcode& r, QStringView digits)
{
    r.carrier = QStringLiteral("fedex");
    r.format = QStringLiteral("fedex_ground_96");
    const int expected = gs1Check(digits.sliced(7, 14));
    if (expected != digitAt(digits, 21))
        return trackingCheckFailure(r, QStringLiteral("FedEx"), digits.toString(), digitAt(digits, 21), expected);
    setTracking(r, QStringLiteral("fedex"), QStringLiteral("fedex_ground_96"), digits.toString());
}

/// The result of an element string or Digital Link that parsed: Gs1 or Sscc, or USPS/FedEx tracking on GS1-128.
void finishGs1(ParsedBarcode& r, QList<Gs1Element> ais, const QString& format)
{
    r.ais = std::move(ais);
    const Gs1Element& first = r.ais.first();
    if (first.ai == u"00")
        setValid(r, Kind::Sscc, format, first.value);
    else
        setValid(r, Kind::Gs1, format, QString());
    if (const Gs1Element* gtin = r.element(u"01"))
        r.gtin = gtin->value;
    if (format != u"element_string")
        return;
    // IMpb on GS1-128: optional (420) ZIP, then the tracking part read as AI 92-95; FedEx Ground as AI 96.
    const qsizetype n = r.ais.size();
    const bool routed = n == 2 && first.ai == u"420";
    if (n == 1 || routed) {
        const Gs1Element& last = r.ais.last();
        const QString whole = last.ai + last.value;
        if (isImpbTracking(whole))
            return parseImpb(r, whole);
        if (n == 1 && last.ai == u"96" && whole.size() == 22 && allDigits(whole))
            return parseFedexGround(r, whole);
    }
}

void parseGs1Data(ParsedBarcode& r, QStringView data, QDate today)
{
    QList<Gs1Element> ais;
    const bool bracketed = !data.isEmpty() && data.at(0) == u'(';
    r.format = QStringLiteral("element_string");
    auto failure = bracketed ? parseBracketed(data, today, ais) : parseElementString(data, today, ais);
    if (failure)
        return setFailure(r, std::move(*failure));
    finishGs1(r, std::move(ais), QStringLiteral("element_string"));
}

bool isGs1Symbology(QStringView aim)
{
    return aim == u"]C1" || aim == u"]e0" || aim == u"]d2" || aim == u"]Q3" || aim == u"]J1";
}

void parseDigits(ParsedBarcode& r, QStringView s, QDate today)
{
    const qsizetype n = s.size();
    const QStringView aim = r.symbology;
    if (aim.startsWith(u"]E")) { // EAN/UPC symbologies carry GTINs only
        if (aim == u"]E4" && n == 8)
            return void(tryGtin(r, s, QStringLiteral("ean8")));
        if (aim == u"]E0" && n == 8)
            return void(tryUpcE(r, s));
        if (n == 12)
            return void(tryGtin(r, s, QStringLiteral("upca")));
        if (n == 13)
            return void(tryGtin(r, s, QStringLiteral("ean13")));
        return setFailure(
            r, Kind::Gtin,
            QCoreApplication::translate("BarcodeParser", "Product barcode %1 has the wrong number of digits.")
                .arg(shown(s)),
            QStringLiteral("%1 with %2 digits: EAN/UPC carries 8, 12 or 13").arg(aim.toString()).arg(n));
    }
    switch (n) {
    case 8: {
        ParsedBarcode upce = r;
        const bool upceOk = tryUpcE(upce, s);
        ParsedBarcode ean8 = r;
        if (tryGtin(ean8, s, QStringLiteral("ean8"))) {
            r = ean8;
            if (upceOk)
                r.alsoValidAs << QStringLiteral("upce");
        } else if (upceOk) {
            r = upce;
        } else {
            r = ean8; // neither: report the EAN-8 reading and mention UPC-E in the detail
            const QString upcA = expandUpcE(s);
            if (!upcA.isEmpty())
                r.detail += QStringLiteral("; not a UPC-E either (UPC-A %1, check digit expected %2)")
                                .arg(upcA)
                                .arg(gs1Check(QStringView(upcA).chopped(1)));
        }
        return;
    }
    case 10: {
        r.carrier = QStringLiteral("dhl");
        r.format = QStringLiteral("dhl_express");
        const int expected = CheckDigits::dhlExpress(s.first(9).toString()).value_or(-1);
        if (expected != digitAt(s, 9))
            return trackingCheckFailure(r, QStringLiteral("DHL Express"), s.toString(), digitAt(s, 9), expected);
        return setTracking(r, QStringLiteral("dhl"), QStringLiteral("dhl_express"), s.toString());
    }
    case 12: {
        const bool fedex = fedexExpressOk(s);
        ParsedBarcode upc = r;
        if (tryGtin(upc, s, QStringLiteral("upca"))) {
            r = upc;
            if (fedex)
                r.alsoValidAs << QStringLiteral("fedex_express");
            return;
        }
        if (fedex)
            return setTracking(r, QStringLiteral("fedex"), QStringLiteral("fedex_express"), s.toString());
        r = upc; // neither: report the GTIN reading and mention FedEx in the detail
        r.detail += QStringLiteral("; not a FedEx Express number either (check digit expected %1)")
                        .arg(CheckDigits::fedexExpress(s.first(11).toString()).value_or(-1));
        return;
    }
    case 13:
        return void(tryGtin(r, s, QStringLiteral("ean13")));
    case 14:
        return void(tryGtin(r, s, QStringLiteral("gtin14")));
    default:
        break;
    }
    if (n == 22 && s.startsWith(u"96"))
        return parseFedexGround(r, s);
    if (isImpbTracking(s))
        return parseImpb(r, s);
    if (s.startsWith(u"420")) { // IMpb with its ZIP routing code, FNC1 dropped: 420 + ZIP5 or ZIP+4
        for (qsizetype zip : {5, 9}) {
            if (n > 3 + zip && isImpbTracking(s.sliced(3 + zip))) {
                r.ais = {Gs1Element{QStringLiteral("420"), s.sliced(3, zip).toString(), {}}};
                return parseImpb(r, s.sliced(3 + zip));
            }
        }
    }
    if (s.startsWith(u"00") || s.startsWith(u"01") || s.startsWith(u"02"))
        return parseGs1Data(r, s, today);
    setFailure(r, Kind::Unknown,
               QCoreApplication::translate("BarcodeParser", "This barcode is not one the station knows."),
               QStringLiteral("%1 digits: not a GTIN, GS1 element string or known tracking number length").arg(n));
}

bool parseInternal(ParsedBarcode& r, QStringView s)
{
    const auto prefixed = [&](QStringView prefix) { return s.startsWith(prefix, Qt::CaseInsensitive); };
    const QString upper = s.toString().toUpper();
    if (prefixed(u"SP-")) {
        r.format = QStringLiteral("order");
        if (s.size() == 11 && allDigits(s.sliced(3)))
            setValid(r, Kind::Order, QStringLiteral("order"), upper);
        else
            setFailure(r, Kind::Order,
                       QCoreApplication::translate("BarcodeParser",
                                                   "An order number is SP- followed by 8 digits, e.g. SP-00012345."),
                       QStringLiteral("order number '%1': expected SP- and 8 digits").arg(shown(s)));
        return true;
    }
    if (prefixed(u"RMA-")) {
        r.format = QStringLiteral("rma");
        if (s.size() == 15 && allDigits(s.sliced(4, 4)) && s.at(8) == u'-' && allDigits(s.sliced(9)))
            setValid(r, Kind::Rma, QStringLiteral("rma"), upper);
        else
            setFailure(r, Kind::Rma,
                       QCoreApplication::translate("BarcodeParser",
                                                   "A return number is RMA-, the year, - and 6 digits, e.g. "
                                                   "RMA-2026-000321."),
                       QStringLiteral("RMA '%1': expected RMA-YYYY-NNNNNN").arg(shown(s)));
        return true;
    }
    if (prefixed(u"USR-")) {
        r.format = QStringLiteral("badge");
        bool ok = s.size() >= 8 && s.size() <= 12;
        for (QChar c : s.sliced(4))
            ok = ok && isAsciiAlnum(c);
        if (ok)
            setValid(r, Kind::Badge, QStringLiteral("badge"), upper);
        else
            setFailure(r, Kind::Badge,
                       QCoreApplication::translate("BarcodeParser",
                                                   "A user badge is USR- followed by 4 to 8 letters or digits."),
                       QStringLiteral("badge '%1': expected USR- and 4-8 letters or digits").arg(shown(s)));
        return true;
    }
    if (s.count(u'-') == 5) {
        r.format = QStringLiteral("bin");
        if (const auto location = Location::parse(upper))
            setValid(r, Kind::Bin, QStringLiteral("bin"), location->code());
        else
            setFailure(r, Kind::Bin,
                       QCoreApplication::translate("BarcodeParser", "This bin label is not valid: it should look like "
                                                                    "JHB1-A-03-12-2-04."),
                       QStringLiteral("bin code '%1': expected WAREHOUSE-ZONE-AISLE-BAY-LEVEL-BIN").arg(shown(s)));
        return true;
    }
    return false;
}

bool isS10(const QString& upper)
{
    if (upper.size() != 13)
        return false;
    return isUpperLetter(upper.at(0)) && isUpperLetter(upper.at(1)) && allDigits(QStringView(upper).sliced(2, 9)) &&
           isUpperLetter(upper.at(11)) && isUpperLetter(upper.at(12));
}

} // namespace

ParsedBarcode BarcodeParser::parse(QStringView code, QDate today)
{
    ParsedBarcode r;
    r.raw = code.toString();
    QStringView s = code.trimmed(); // whitespace, CR and LF; GS is not whitespace
    if (s.size() >= 3 && s.at(0) == u']' && isAsciiLetter(s.at(1)) && isAsciiAlnum(s.at(2))) {
        r.symbology = s.first(3).toString();
        s = s.sliced(3);
    }
    r.text = s.toString();
    if (s.isEmpty()) {
        setFailure(r, Kind::Unknown, QCoreApplication::translate("BarcodeParser", "Nothing was scanned."),
                   r.symbology.isEmpty() ? QStringLiteral("empty input")
                                         : QStringLiteral("only the AIM identifier %1").arg(r.symbology));
        return r;
    }
    if (isGs1Symbology(r.symbology) || s.contains(QChar(GS)) || s.at(0) == u'(') {
        parseGs1Data(r, s, today);
        return r;
    }
    if (s.startsWith(u"https://", Qt::CaseInsensitive) || s.startsWith(u"http://", Qt::CaseInsensitive)) {
        QList<Gs1Element> ais;
        r.format = QStringLiteral("digital_link");
        if (auto failure = parseDigitalLink(s, today, ais))
            setFailure(r, std::move(*failure));
        else
            finishGs1(r, std::move(ais), QStringLiteral("digital_link"));
        return r;
    }
    if (allDigits(s)) {
        parseDigits(r, s, today);
        return r;
    }
    if (parseInternal(r, s))
        return r;
    if (s.startsWith(u"1Z", Qt::CaseInsensitive)) {
        parseUps(r, s);
        return r;
    }
    const QString upper = s.toString().toUpper();
    if (isS10(upper)) {
        parseS10(r, upper);
        return r;
    }
    // An element string with letters in it, e.g. 01 + GTIN + 10 + lot, read without an AIM identifier.
    if (s.size() > 14 && (s.startsWith(u"00") || s.startsWith(u"01") || s.startsWith(u"02")) && allDigits(s.first(2))) {
        parseGs1Data(r, s, today);
        return r;
    }
    setFailure(r, Kind::Unknown,
               QCoreApplication::translate("BarcodeParser", "This barcode is not one the station knows."),
               QStringLiteral("no format matches '%1' (%2 characters)").arg(shown(s)).arg(s.size()));
    return r;
}

} // namespace saypro
