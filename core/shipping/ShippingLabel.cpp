#include "ShippingLabel.h"

#include <QLocale>

#include <algorithm>

namespace saypro {

namespace {

/// Builds a ZPL format with positions and sizes given in millimetres, converted to the printer's dots.
class Zpl
{
public:
    explicit Zpl(int dpi) : m_dotsPerMm(dpi >= 300 ? 11.811 : 8.0) {}

    int dots(double mm) const { return int(mm * m_dotsPerMm + 0.5); }
    void raw(const QString& command) { m_out += command; }
    /// Text at (x, y) mm, `height` mm tall.
    void text(double x, double y, double height, const QString& value)
    {
        if (value.isEmpty())
            return;
        const int h = dots(height);
        m_out += QStringLiteral("^FO%1,%2^A0N,%3,%3^FH\\^FD%4^FS\n")
                     .arg(dots(x))
                     .arg(dots(y))
                     .arg(h)
                     .arg(ZplLabel::escape(value));
    }
    /// A horizontal rule across the label at `y` mm.
    void rule(double y, double widthMm)
    {
        m_out +=
            QStringLiteral("^FO%1,%2^GB%3,%4,%4^FS\n").arg(dots(3)).arg(dots(y)).arg(dots(widthMm - 6)).arg(dots(0.5));
    }
    /// Code 128 of `data` (field data as given: subsets and FNC1 codes allowed), `height` mm, human-readable below.
    void code128(double x, double y, double height, const QString& data, int moduleDots)
    {
        m_out += QStringLiteral("^FO%1,%2^BY%3^BCN,%4,Y,N,N,N^FD%5^FS\n")
                     .arg(dots(x))
                     .arg(dots(y))
                     .arg(moduleDots)
                     .arg(dots(height))
                     .arg(data);
    }
    void qr(double x, double y, int magnification, const QString& text)
    {
        m_out += QStringLiteral("^FO%1,%2^BQN,2,%3^FH\\^FDQA,%4^FS\n")
                     .arg(dots(x))
                     .arg(dots(y))
                     .arg(magnification)
                     .arg(ZplLabel::escape(text));
    }
    QString result() const { return m_out; }

private:
    double m_dotsPerMm;
    QString m_out;
};

/// Code 128 field data needs no escaping for the characters tracking numbers use; anything else is dropped.
QString barcodeSafe(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    return out;
}

} // namespace

int ZplLabel::lengthDots(LabelSize size, int dpi)
{
    const bool high = dpi >= 300;
    if (size == LabelSize::FourByEight)
        return high ? 2436 : 1624;
    return high ? 1827 : 1218;
}

QString ZplLabel::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'^')
            out += QStringLiteral("\\5E");
        else if (c == u'~')
            out += QStringLiteral("\\7E");
        else if (c == u'\\')
            out += QStringLiteral("\\5C");
        else if (c == u'\n' || c == u'\r')
            out += u' ';
        else
            out += c;
    }
    return out;
}

QByteArray ZplLabel::render(const ShippingLabelData& label, LabelSize size, int dpi)
{
    Zpl z(dpi);
    const double widthMm = 101.6;
    const int module = dpi >= 300 ? 4 : 3;
    z.raw(QStringLiteral("^XA\n^CI28\n^PW%1\n^LL%2\n^LH0,0\n").arg(widthDots(dpi)).arg(lengthDots(size, dpi)));

    // Ship-from, small, top left; carrier and service, top right.
    double y = 3;
    for (const QString& line : label.shipFrom.lines()) {
        z.text(3, y, 2.6, line);
        y += 3.2;
    }
    z.text(62, 3, 6, label.carrierName);
    z.text(62, 10, 3.2, label.serviceName);
    y = std::max(y, 16.0) + 1;
    z.rule(y, widthMm);

    // Ship-to, large.
    y += 2;
    z.text(3, y, 3, QStringLiteral("SHIP TO"));
    y += 4;
    const QStringList to = label.shipTo.lines();
    for (qsizetype i = 0; i < to.size(); ++i) {
        const double h = i == 0 ? 6 : 5;
        z.text(6, y, h, to.at(i));
        y += h + 1.2;
    }
    y = std::max(y, 58.0) + 1;
    z.rule(y, widthMm);

    // USPS: the GS1-128 routing barcode, (420) + ZIP.
    y += 2;
    const QString zip = barcodeSafe(label.uspsRoutingZip);
    if (!zip.isEmpty()) {
        z.text(3, y, 2.6, QStringLiteral("(420) ") + zip);
        z.code128(12, y + 3.5, 14, QStringLiteral(">;>8420") + zip, module);
        y += 24;
        z.rule(y, widthMm);
        y += 2;
    }

    // The tracking number: text and Code 128.
    const QString tracking = barcodeSafe(label.trackingNumber);
    z.text(3, y, 3, QStringLiteral("TRACKING #"));
    z.text(28, y - 0.5, 4.2, label.trackingNumber);
    z.code128(6, y + 6, 22, tracking, module);
    y += 36;
    z.rule(y, widthMm);

    // Order, parcel n of m, weight, date; the QR code with the tracking link on the right.
    y += 3;
    const QLocale c = QLocale::c();
    z.text(3, y, 4, QStringLiteral("ORDER ") + label.orderNumber);
    z.text(3, y + 6, 4, QStringLiteral("PARCEL %1 OF %2").arg(label.parcel).arg(label.parcels));
    z.text(3, y + 12, 4, QStringLiteral("WEIGHT %1 KG").arg(c.toString(label.weightGrams / 1000.0, 'f', 2)));
    z.text(3, y + 18, 4, QStringLiteral("DATE ") + label.shipDate.toString(Qt::ISODate));
    if (!label.trackingLink.isEmpty())
        z.qr(66, y - 2, dpi >= 300 ? 5 : 4, label.trackingLink);

    z.raw(QStringLiteral("^PQ1\n^XZ\n"));
    return z.result().toUtf8();
}

} // namespace saypro
