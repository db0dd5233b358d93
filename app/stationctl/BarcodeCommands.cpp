// stationctl: `barcode parse` (what the station reads in a scanned code) and `barcode decode` (barcodes in an
// image file, each with what the station reads in it).

#include "Cli.h"

#include "common/Clock.h"
#include "scanning/BarcodeParser.h"
#include "scanning/ImageDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

/// A GS cannot be typed on a command line: "\x1d" (as literal text) and "<GS>" stand for it.
QString withGroupSeparators(QString code)
{
    const QString gs(QChar(BarcodeParser::GroupSeparator));
    code.replace(QLatin1String("\\x1d"), gs, Qt::CaseInsensitive);
    code.replace(QLatin1String("<GS>"), gs, Qt::CaseInsensitive);
    return code;
}

/// For people: GS shown as <GS>.
QString printable(QString text)
{
    text.replace(QChar(BarcodeParser::GroupSeparator), QLatin1String("<GS>"));
    return text;
}

QDate today()
{
    return SystemClock().now().toLocalTime().date();
}

QJsonObject parseJson(const ParsedBarcode& p)
{
    QJsonObject o{
        {QStringLiteral("kind"), p.kindKey()}, {QStringLiteral("valid"), p.valid}, {QStringLiteral("text"), p.text}};
    if (!p.format.isEmpty())
        o.insert(QStringLiteral("format"), p.format);
    if (!p.valid) {
        o.insert(QStringLiteral("error"), p.error);
        o.insert(QStringLiteral("detail"), p.detail);
    }
    if (!p.symbology.isEmpty())
        o.insert(QStringLiteral("symbology"), p.symbology);
    if (!p.code.isEmpty())
        o.insert(QStringLiteral("code"), p.code);
    if (!p.gtin.isEmpty())
        o.insert(QStringLiteral("gtin"), p.gtin);
    if (!p.ais.isEmpty()) {
        QJsonObject ais;
        QJsonObject dates;
        for (const Gs1Element& e : p.ais) {
            ais.insert(e.ai, e.value);
            if (e.date.isValid())
                dates.insert(e.ai, e.date.toString(Qt::ISODate));
        }
        o.insert(QStringLiteral("ais"), ais);
        if (!dates.isEmpty())
            o.insert(QStringLiteral("dates"), dates);
    }
    if (!p.carrier.isEmpty())
        o.insert(QStringLiteral("carrier"), p.carrier);
    if (!p.alsoValidAs.isEmpty())
        o.insert(QStringLiteral("also_valid_as"), QJsonArray::fromStringList(p.alsoValidAs));
    return o;
}

void printParsed(QTextStream& out, const ParsedBarcode& p, const QString& indent)
{
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << indent << label.leftJustified(11) << value << "\n";
    };
    line(tr("kind:"), p.kindKey());
    line(tr("valid:"), p.valid ? tr("yes") : tr("no"));
    line(tr("format:"), p.format);
    line(tr("symbology:"), p.symbology);
    line(tr("code:"), p.code);
    line(tr("gtin:"), p.gtin);
    line(tr("carrier:"), p.carrier);
    for (const Gs1Element& e : p.ais)
        line(QStringLiteral("(%1)").arg(e.ai),
             e.date.isValid() ? QString(e.value + QStringLiteral("  ") + e.date.toString(Qt::ISODate)) : e.value);
    line(tr("also:"), p.alsoValidAs.join(QStringLiteral(", ")));
    line(tr("error:"), p.error);
    line(tr("detail:"), p.detail);
}

int barcodeParse(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(
            tr("Give exactly one code, quoted if it has spaces, e.g. 'barcode parse 4006381333931'."));
    const ParsedBarcode parsed = BarcodeParser::parse(withGroupSeparators(positional.first()), today());
    if (ctx.json()) {
        ctx.printJson(parseJson(parsed));
    } else {
        printParsed(ctx.out(), parsed, QString());
        ctx.out().flush();
    }
    return parsed.valid ? ExitOk : ExitFailure;
}

int barcodeDecode(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one image file, e.g. 'barcode decode label.png'."));
    const QString path = positional.first();
    const auto decoded = ImageDecoder::decodeFile(path);
    if (!decoded)
        return ctx.failWith(decoded.error());
    const QDate day = today();
    QJsonArray array;
    QTextStream& out = ctx.out();
    int index = 0;
    for (const DecodedBarcode& d : *decoded) {
        const ParsedBarcode parsed = BarcodeParser::parse(QString(d.symbologyId + d.text), day);
        if (ctx.json()) {
            array.append(QJsonObject{{QStringLiteral("format"), d.format},
                                     {QStringLiteral("symbology"), d.symbologyId},
                                     {QStringLiteral("text"), d.text},
                                     {QStringLiteral("parse"), parseJson(parsed)}});
        } else {
            out << tr("%1. %2 %3: %4").arg(++index).arg(d.format, d.symbologyId, printable(d.text)) << "\n";
            printParsed(out, parsed, QStringLiteral("   "));
        }
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("barcodes"), array}});
    else
        out.flush();
    if (decoded->isEmpty()) {
        ctx.err() << tr("error: ") << tr("No barcode was found in %1.").arg(path) << Qt::endl;
        return ExitFailure;
    }
    // Decoding worked; whether each code is valid is in its parse result.
    return ExitOk;
}
} // namespace

void registerBarcodeCommands(Cli& cli)
{
    cli.add({{QStringLiteral("barcode"), QStringLiteral("parse")},
             tr("Show what the station reads in a scanned code: GTIN, GS1 data, SSCC, order, RMA, bin, badge or "
                "tracking number."),
             QStringLiteral("CODE"),
             tr("CODE is the text a scanner sends, optionally beginning with its AIM symbology identifier (]C1,\n"
                "]E0, ]d2, ]Q3, ...). A GS (group separator, FNC1) inside GS1 data can be written as the literal\n"
                "text \\x1d or <GS>, e.g. ']C1010952123454321310ABC123<GS>21SN42'. The human-readable form\n"
                "'(01)09521234543213(10)ABC123' and GS1 Digital Link URLs are read too. Dates in GS1 data use\n"
                "today's date to pick the century.\n"
                "With --json: an object with kind (gtin, gs1, sscc, order, rma, bin, badge, tracking, unknown),\n"
                "valid, text, format, and when they apply error and detail, symbology, code, gtin (14 digits),\n"
                "ais (AI -> value), dates (AI -> YYYY-MM-DD), carrier (ups, fedex, usps, dhl, upu) and\n"
                "also_valid_as.\n"
                "Exit status: 0 valid, 1 not valid (the result is still printed), 2 wrong command line."),
             {},
             barcodeParse});
    cli.add({{QStringLiteral("barcode"), QStringLiteral("decode")},
             tr("Decode the barcodes in an image file and show what the station reads in each."),
             QStringLiteral("IMAGE"),
             tr("IMAGE is a PNG, JPEG or other image file (a photographed label, a screenshot). Each barcode found\n"
                "is parsed as if scanned, with its AIM symbology identifier in front.\n"
                "With --json: an object with file and barcodes, an array of objects with format (ZXing's name),\n"
                "symbology, text and parse (the object 'barcode parse --json' prints).\n"
                "Exit status: 0 at least one barcode found (each one's validity is in its parse result), 1 none\n"
                "found or the file cannot be read, 2 wrong command line."),
             {},
             barcodeDecode});
}

} // namespace saypro
