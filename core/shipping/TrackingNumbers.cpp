#include "TrackingNumbers.h"

#include "domain/CheckDigits.h"
#include "domain/Gtin.h"
#include "scanning/BarcodeParser.h"

#include <algorithm>

namespace saypro {

namespace {

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool allLetters(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

Error malformed(const TrackingRange& range, const QString& why)
{
    return Error{
        Error::Code::InvalidArgument,
        TrackingNumbers::tr("The %1 number range “%2” is not set up correctly: %3").arg(range.carrier, range.name, why),
        QStringLiteral("range %1 (%2, prefix '%3', %4 serial digits): %5")
            .arg(range.id)
            .arg(range.carrier, range.prefix)
            .arg(range.serialDigits)
            .arg(why)};
}

} // namespace

QStringList TrackingNumbers::carrierKeys()
{
    return {QStringLiteral("ups"), QStringLiteral("usps"), QStringLiteral("fedex"), QStringLiteral("fedex_ground"),
            QStringLiteral("dhl"), QStringLiteral("s10"),  QStringLiteral("local")};
}

QString TrackingNumbers::carrierOf(const QString& rangeCarrier)
{
    return rangeCarrier == QLatin1String("fedex_ground") ? QStringLiteral("fedex") : rangeCarrier;
}

Result<QString> TrackingNumbers::compose(const TrackingRange& range, qint64 serial)
{
    if (serial < range.firstSerial || serial > range.lastSerial)
        return fail(Error::Code::InvalidArgument,
                    tr("Serial %1 is outside the %2 number range “%3”.").arg(serial).arg(range.carrier, range.name),
                    QStringLiteral("compose: serial %1 not in [%2, %3] of range %4")
                        .arg(serial)
                        .arg(range.firstSerial)
                        .arg(range.lastSerial)
                        .arg(range.id));
    if (range.serialDigits < 1 || range.serialDigits > 15)
        return std::unexpected(malformed(range, tr("the serial must have 1 to 15 digits")));
    const QString digits = QString::number(serial).rightJustified(range.serialDigits, u'0');
    if (digits.size() > range.serialDigits)
        return std::unexpected(
            malformed(range, tr("serial %1 does not fit in %2 digits").arg(serial).arg(range.serialDigits)));
    const QString body = range.prefix + digits;
    const QString& c = range.carrier;

    auto withCheck = [&](std::optional<int> check, const QString& text) -> Result<QString> {
        if (!check)
            return std::unexpected(malformed(range, tr("no check digit for %1").arg(text)));
        return QString(text + QString::number(*check) + range.suffix);
    };
    if (c == QLatin1String("ups")) {
        if (range.prefix.size() != 8 || range.serialDigits != 7)
            return std::unexpected(
                malformed(range, tr("UPS needs the account (6) and service (2), and 7 serial digits")));
        return withCheck(CheckDigits::ups(body.toUpper()), QStringLiteral("1Z") + body.toUpper());
    }
    if (c == QLatin1String("usps")) {
        if (body.size() != 21 || !allDigits(body) || !range.prefix.startsWith(u'9'))
            return std::unexpected(malformed(range, tr("USPS needs 21 digits before the check digit, starting 92-95")));
        return withCheck(Gtin::checkDigit(body), body);
    }
    if (c == QLatin1String("fedex")) {
        if (body.size() != 11 || !allDigits(body))
            return std::unexpected(malformed(range, tr("FedEx Express needs 11 digits before the check digit")));
        return withCheck(CheckDigits::fedexExpress(body), body);
    }
    if (c == QLatin1String("fedex_ground")) {
        if (body.size() != 21 || !allDigits(body) || !range.prefix.startsWith(QLatin1String("96")))
            return std::unexpected(
                malformed(range, tr("FedEx Ground needs 21 digits starting 96 before the check digit")));
        return withCheck(Gtin::checkDigit(body.right(14)), body);
    }
    if (c == QLatin1String("dhl")) {
        if (body.size() != 9 || !allDigits(body))
            return std::unexpected(malformed(range, tr("DHL Express needs 9 digits before the check digit")));
        return withCheck(CheckDigits::dhlExpress(body), body);
    }
    if (c == QLatin1String("s10")) {
        if (range.prefix.size() != 2 || !allLetters(range.prefix) || range.serialDigits != 8 ||
            range.suffix.size() != 2 || !allLetters(range.suffix))
            return std::unexpected(
                malformed(range, tr("UPU S10 needs two letters, 8 serial digits and a two-letter country")));
        return QString(range.prefix + digits + QString::number(CheckDigits::upuS10(digits).value_or(0)) + range.suffix);
    }
    if (c == QLatin1String("local")) {
        if (!allLetters(range.prefix))
            return std::unexpected(malformed(range, tr("the local courier's numbers start with letters")));
        return withCheck(Gtin::checkDigit(digits), body);
    }
    return fail(Error::Code::InvalidArgument, tr("“%1” is not a carrier this station knows.").arg(c),
                QStringLiteral("compose: unknown carrier '%1' (range %2)").arg(c).arg(range.id));
}

TrackingCheck TrackingNumbers::check(QStringView number, const QString& localPrefix)
{
    TrackingCheck out;
    QString text = number.toString().trimmed().toUpper();
    text.remove(u' ');
    out.number = text;
    if (text.isEmpty()) {
        out.error = tr("No tracking number was given.");
        out.detail = QStringLiteral("empty input");
        return out;
    }
    // The local courier's own numbers: prefix, digits, GS1 mod-10 check digit over the digits.
    if (!localPrefix.isEmpty() && text.startsWith(localPrefix)) {
        const QString digits = text.mid(localPrefix.size());
        out.carrier = QStringLiteral("local");
        out.format = QStringLiteral("local");
        if (digits.size() < 2 || !allDigits(digits)) {
            out.error = tr("%1 is not a local courier number: %2 is followed by digits.").arg(text, localPrefix);
            out.detail = QStringLiteral("local: '%1' after the prefix is not digits").arg(digits);
            return out;
        }
        const auto check = Gtin::checkDigit(digits.chopped(1));
        out.valid = check && *check == digits.back().digitValue();
        if (!out.valid) {
            out.error = tr("%1 has a wrong check digit.").arg(text);
            out.detail =
                QStringLiteral("local: check digit %1, expected %2").arg(digits.back()).arg(check.value_or(-1));
        }
        return out;
    }
    const ParsedBarcode parsed = BarcodeParser::parse(text);
    if (parsed.kind != ParsedBarcode::Kind::Tracking && parsed.alsoValidAs.contains(QLatin1String("fedex_express"))) {
        // Twelve digits valid both as a UPC-A and as a FedEx Express number: asked about tracking, it is FedEx.
        out.valid = true;
        out.carrier = QStringLiteral("fedex");
        out.format = QStringLiteral("fedex_express");
        return out;
    }
    if (parsed.kind != ParsedBarcode::Kind::Tracking) {
        out.error = parsed.valid ? tr("%1 is not a tracking number of a known carrier.").arg(text)
                                 : tr("%1 is not a tracking number: %2").arg(text, parsed.error);
        out.detail = parsed.valid ? QStringLiteral("parsed as %1").arg(parsed.kindKey()) : parsed.detail;
        return out;
    }
    out.carrier = parsed.carrier == QLatin1String("upu") ? QStringLiteral("s10") : parsed.carrier;
    out.format = parsed.format;
    out.valid = parsed.valid;
    if (parsed.valid && !parsed.code.isEmpty())
        out.number = parsed.code;
    if (!out.valid) {
        out.error = parsed.error;
        out.detail = parsed.detail;
    }
    return out;
}

} // namespace saypro
