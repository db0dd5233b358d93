#include "shipping/LabelPainter.h"

#include "scanning/ImageDecoder.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace saypro {

namespace {

constexpr double MmPerInch = 25.4;
constexpr int PdfResolution = 300;

/// A barcode symbol as modules (true = dark), without its quiet zone; one row for a linear symbol.
struct Symbol
{
    int width = 0;
    int height = 0;
    std::vector<bool> dark;

    bool at(int x, int y) const
    {
        return dark[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
    }
};

/// The symbol ImageDecoder::encode renders at one pixel per module, cut out of its quiet zone.
Result<Symbol> encodeSymbol(const QString& text, const QString& format, bool linear)
{
    const auto image = ImageDecoder::encode(text, format, 1, 1);
    if (!image)
        return std::unexpected(image.error());
    const QImage& img = *image;
    int left = img.width();
    int right = -1;
    int top = img.height();
    int bottom = -1;
    for (int y = 0; y < img.height(); ++y) {
        const uchar* line = img.constScanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            if (line[x] < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return fail(Error::Code::InvalidArgument, LabelPainter::tr("A barcode on the label could not be drawn."),
                    format + QStringLiteral(": the encoder returned an empty symbol for ") + text);
    Symbol s;
    s.width = right - left + 1;
    s.height = linear ? 1 : bottom - top + 1;
    s.dark.resize(static_cast<size_t>(s.width) * static_cast<size_t>(s.height));
    const int sampleRow = linear ? (top + bottom) / 2 : top;
    for (int y = 0; y < s.height; ++y) {
        const uchar* line = img.constScanLine(sampleRow + y);
        for (int x = 0; x < s.width; ++x)
            s.dark[static_cast<size_t>(y) * static_cast<size_t>(s.width) + static_cast<size_t>(x)] =
                line[left + x] < 128;
    }
    return s;
}

/// Fills the dark modules of `s` from (x0, y0), `module` device pixels per module; a linear symbol is `barHeight` tall.
void drawSymbol(QPainter& painter, const Symbol& s, int x0, int y0, int module, int barHeight)
{
    const int rowHeight = s.height == 1 ? barHeight : module;
    for (int y = 0; y < s.height; ++y) {
        int x = 0;
        while (x < s.width) {
            if (!s.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < s.width && s.at(x + run, y))
                ++run;
            painter.fillRect(QRect(x0 + x * module, y0 + y * rowHeight, run * module, rowHeight), Qt::black);
            x += run;
        }
    }
}

/// Code 128 field data: the characters tracking numbers use, anything else dropped (as ZplLabel does).
QString barcodeSafe(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    return out;
}

/// Positions in millimetres from the label's top left, converted to the device.
class Canvas
{
public:
    Canvas(QPainter& painter, const QRectF& page, double dpi)
        : m_painter(painter), m_origin(std::round(page.left()), std::round(page.top())), m_dotsPerMm(dpi / MmPerInch),
          m_widthMm(page.width() / m_dotsPerMm), m_heightMm(page.height() / m_dotsPerMm)
    {}

    double widthMm() const { return m_widthMm; }
    double heightMm() const { return m_heightMm; }
    int dots(double mm) const { return int(std::lround(mm * m_dotsPerMm)); }
    int x(double mm) const { return int(m_origin.x()) + dots(mm); }
    int y(double mm) const { return int(m_origin.y()) + dots(mm); }
    QRectF rect(double xMm, double yMm, double wMm, double hMm) const
    {
        return QRectF(m_origin.x() + xMm * m_dotsPerMm, m_origin.y() + yMm * m_dotsPerMm, wMm * m_dotsPerMm,
                      hMm * m_dotsPerMm);
    }

    QFont font(double heightMm, bool bold) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPixelSize(std::max(1, dots(heightMm)));
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    /// One line of text in a box `wMm` wide from (xMm, yMm): shrunk down to `minScale` of `heightMm`, then elided.
    void text(double xMm, double yMm, double wMm, double heightMm, const QString& value, bool bold = false,
              Qt::Alignment align = Qt::AlignLeft, double minScale = 0.7)
    {
        QString line = value.simplified();
        if (line.isEmpty() || wMm <= 0 || heightMm <= 0)
            return;
        QFont f = font(heightMm, bold);
        const QRectF box = rect(xMm, yMm, wMm, heightMm * 1.3);
        QFontMetricsF fm(f, m_painter.device());
        const double natural = fm.horizontalAdvance(line);
        if (natural > box.width()) {
            const double scale = std::max(minScale, box.width() / natural);
            f.setPixelSize(std::max(1, int(std::floor(f.pixelSize() * scale))));
            fm = QFontMetricsF(f, m_painter.device());
            if (fm.horizontalAdvance(line) > box.width())
                line = fm.elidedText(line, Qt::ElideRight, box.width());
        }
        m_painter.save();
        m_painter.setClipRect(box, Qt::IntersectClip);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(box, int(align | Qt::AlignTop) | Qt::TextSingleLine, line);
        m_painter.restore();
    }

    /// A horizontal rule across the label, 0.5 mm thick, at `yMm`.
    void rule(double yMm)
    {
        m_painter.fillRect(QRect(x(3), y(yMm), dots(m_widthMm - 6), std::max(1, dots(0.5))), Qt::black);
    }

    QPainter& painter() { return m_painter; }

private:
    QPainter& m_painter;
    QPointF m_origin;
    double m_dotsPerMm;
    double m_widthMm;
    double m_heightMm;
};

/// Draws a linear symbol centred across the label at `yMm`, `heightMm` tall, with `preferredModule` pixels per module
/// or fewer so that the symbol and its 10-module quiet zones fit. False when even one pixel per module is too wide.
bool drawLinear(Canvas& c, const Symbol& s, double yMm, double heightMm, int preferredModule)
{
    const int available = c.dots(c.widthMm() - 2);
    const int module = std::min(preferredModule, available / (s.width + 20));
    if (module < 1)
        return false;
    const int width = s.width * module;
    const int x0 = c.x(0) + (c.dots(c.widthMm()) - width) / 2;
    drawSymbol(c.painter(), s, x0, c.y(yMm), module, c.dots(heightMm));
    return true;
}

} // namespace

QSizeF LabelPainter::pageInches(LabelSize size)
{
    return size == LabelSize::FourByEight ? QSizeF(4, 8) : QSizeF(4, 6);
}

Status LabelPainter::paint(QPainter& painter, const QRectF& page, const ShippingLabelData& label, double dpi)
{
    const QString tracking = barcodeSafe(label.trackingNumber);
    if (tracking.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("The label cannot be printed without a tracking number."),
                    QStringLiteral("LabelPainter: empty tracking number (\"%1\")").arg(label.trackingNumber));
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return fail(Error::Code::Unsupported, tr("Labels can only be drawn from the station."),
                    QStringLiteral("LabelPainter needs a QGuiApplication (fonts)"));
    }
    if (!painter.isActive())
        return fail(Error::Code::InvalidArgument, tr("The label could not be drawn."),
                    QStringLiteral("LabelPainter: the painter is not active"));
    if (!(dpi >= 72 && dpi <= 2400) || page.width() < dpi * 3 || page.height() < dpi * 4) {
        return fail(Error::Code::InvalidArgument, tr("The label could not be drawn."),
                    QStringLiteral("LabelPainter: unusable page %1x%2 at %3 dpi")
                        .arg(page.width())
                        .arg(page.height())
                        .arg(dpi));
    }

    // Every barcode first: nothing is drawn when one of them cannot be encoded.
    const auto trackingBars = encodeSymbol(tracking, QStringLiteral("Code128"), true);
    if (!trackingBars)
        return std::unexpected(trackingBars.error());
    const QString zip = barcodeSafe(label.uspsRoutingZip);
    std::optional<Symbol> routingBars;
    if (!zip.isEmpty()) {
        auto s = encodeSymbol(QStringLiteral("]C1420") + zip, QStringLiteral("Code128"), true);
        if (!s)
            return std::unexpected(s.error());
        routingBars = std::move(*s);
    }
    std::optional<Symbol> qr;
    if (!label.trackingLink.isEmpty()) {
        auto s = encodeSymbol(label.trackingLink, QStringLiteral("QRCode"), false);
        if (!s)
            return std::unexpected(s.error());
        qr = std::move(*s);
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(page, Qt::white);
    painter.setClipRect(page, Qt::IntersectClip);

    Canvas c(painter, page, dpi);
    const double w = c.widthMm();
    const double h = c.heightMm();
    const int linearModule = std::max(1, int(std::lround(dpi * 0.375 / MmPerInch))); // 203: 3, 300: 4
    const int qrModule = std::max(1, int(std::lround(dpi * 0.5 / MmPerInch)));       // 203: 4, 300: 6
    Status status;

    // Ship-from, small, top left; carrier and service, top right.
    double y = 3;
    const QStringList from = label.shipFrom.lines().mid(0, 6);
    for (qsizetype i = 0; i < from.size(); ++i) {
        c.text(3, y, 57, 2.6, from.at(i), i == 0);
        y += 3.2;
    }
    c.text(62, 3, w - 65, 6, label.carrierName, true, Qt::AlignLeft, 0.5);
    c.text(62, 10, w - 65, 3.2, label.serviceName, false, Qt::AlignLeft, 0.6);
    y = std::max(y, 16.0) + 1;
    c.rule(y);

    // What the sections below the ship-to block need (mm), so that the ship-to block gives way on a full label.
    const double bottomNeeds = 3 + 26;
    const double trackingNeeds = 2 + 36;
    const double routingNeeds = routingBars ? 2 + 24 : 0;
    const double shipToLimit = h - bottomNeeds - trackingNeeds - routingNeeds;

    // Ship-to, large: the name 6 mm, the other lines 5 mm; shrunk together when they do not fit.
    y += 2;
    c.text(3, y, 40, 3, tr("SHIP TO"), true);
    y += 4;
    const QStringList to = label.shipTo.lines();
    double natural = 0;
    for (qsizetype i = 0; i < to.size(); ++i)
        natural += (i == 0 ? 6 : 5) + 1.2;
    double shipToEnd = std::min(std::max(y + natural, 58.0) + 1, std::max(shipToLimit, y + 6));
    const double room = shipToEnd - 1 - y;
    const double scale = natural > room && natural > 0 ? std::max(0.5, room / natural) : 1.0;
    painter.save();
    painter.setClipRect(c.rect(0, y, w, room), Qt::IntersectClip);
    for (qsizetype i = 0; i < to.size(); ++i) {
        const double lineHeight = (i == 0 ? 6 : 5) * scale;
        c.text(6, y, w - 9, lineHeight, to.at(i), i == 0, Qt::AlignLeft, 0.65);
        y += lineHeight + 1.2 * scale;
    }
    painter.restore();
    y = shipToEnd;
    c.rule(y);

    // USPS: the GS1-128 routing barcode, (420) + ZIP.
    y += 2;
    if (routingBars) {
        c.text(3, y, w - 6, 2.6, QStringLiteral("(420) ") + zip, true, Qt::AlignHCenter);
        if (!drawLinear(c, *routingBars, y + 3.5, 14, linearModule))
            status = fail(Error::Code::InvalidArgument, tr("The USPS routing barcode does not fit on the label."),
                          QStringLiteral("LabelPainter: (420)%1 too wide at %2 dpi").arg(zip).arg(dpi));
        y += 24;
        c.rule(y);
        y += 2;
    }

    // The tracking number: text, Code 128 and the number again under the bars.
    c.text(3, y, 24, 3, tr("TRACKING #"), true);
    c.text(28, y - 0.5, w - 31, 4.2, label.trackingNumber, true, Qt::AlignLeft, 0.6);
    if (!drawLinear(c, *trackingBars, y + 6, 22, linearModule) && status)
        status = fail(Error::Code::InvalidArgument, tr("The tracking number is too long for a barcode on this label."),
                      QStringLiteral("LabelPainter: %1 too wide at %2 dpi").arg(tracking).arg(dpi));
    c.text(3, y + 29, w - 6, 3.2, tracking, false, Qt::AlignHCenter);
    y += 36;
    c.rule(y);
    const double ruleY = y;

    // Order, parcel n of m, weight, date; the QR code with the tracking link on the right.
    y += 3;
    const QLocale locale = QLocale::c();
    const double textWidth = qr ? 60 : w - 6;
    c.text(3, y, textWidth, 4, tr("ORDER %1").arg(label.orderNumber), true);
    c.text(3, y + 6, textWidth, 4, tr("PARCEL %1 OF %2").arg(label.parcel).arg(label.parcels));
    c.text(3, y + 12, textWidth, 4, tr("WEIGHT %1 KG").arg(locale.toString(label.weightGrams / 1000.0, 'f', 2)));
    if (label.shipDate.isValid())
        c.text(3, y + 18, textWidth, 4, tr("DATE %1").arg(label.shipDate.toString(Qt::ISODate)));
    if (qr) {
        // The region right of the text, below the rule; the symbol with its 4-module quiet zone fits inside it.
        const int left = c.x(64);
        const int top = c.y(ruleY + 0.5) + c.dots(0.5);
        const int right = c.x(w - 1);
        const int bottom = c.y(h - 1);
        const int side = std::min(right - left, bottom - top);
        const int module = std::min(qrModule, side / (qr->width + 8));
        if (module >= 1) {
            const int size = qr->width * module;
            drawSymbol(painter, *qr, left + (right - left - size) / 2, top + (bottom - top - size) / 2, module, module);
        } else if (status) {
            status =
                fail(Error::Code::InvalidArgument, tr("The tracking link is too long for the QR code on this label."),
                     QStringLiteral("LabelPainter: %1 modules do not fit at %2 dpi").arg(qr->width).arg(dpi));
        }
    }

    painter.restore();
    return status;
}

Result<QImage> LabelPainter::toImage(const ShippingLabelData& label, LabelSize size, int dpi)
{
    if (dpi < 72 || dpi > 1200) {
        return fail(Error::Code::InvalidArgument, tr("The label could not be drawn."),
                    QStringLiteral("LabelPainter::toImage: unsupported resolution %1 dpi").arg(dpi));
    }
    const QSizeF inches = pageInches(size);
    QImage image(int(std::lround(inches.width() * dpi)), int(std::lround(inches.height() * dpi)),
                 QImage::Format_Grayscale8);
    if (image.isNull())
        return fail(Error::Code::Io, tr("The label could not be drawn."),
                    QStringLiteral("LabelPainter::toImage: out of memory"));
    image.fill(255);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    const Status painted = paint(painter, QRectF(image.rect()), label, dpi);
    painter.end();
    if (!painted)
        return std::unexpected(painted.error());
    return image;
}

Result<QByteArray> LabelPainter::toPdf(const ShippingLabelData& label, LabelSize size)
{
    return toPdf(QList<ShippingLabelData>{label}, size);
}

Result<QByteArray> LabelPainter::toPdf(const QList<ShippingLabelData>& labels, LabelSize size)
{
    if (labels.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("There is no label to print."),
                    QStringLiteral("LabelPainter: no labels"));
    for (const ShippingLabelData& label : labels)
        if (barcodeSafe(label.trackingNumber).isEmpty())
            return fail(Error::Code::InvalidArgument, tr("The label cannot be printed without a tracking number."),
                        QStringLiteral("LabelPainter: empty tracking number (\"%1\")").arg(label.trackingNumber));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("The label PDF could not be written."), buffer.errorString());
    Status painted;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setCreator(QStringLiteral("SayPro Station"));
        writer.setTitle(tr("Shipping label %1").arg(labels.constFirst().trackingNumber));
        const QPageSize pageSize(pageInches(size), QPageSize::Inch, QString(), QPageSize::ExactMatch);
        if (!writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)))) {
            return fail(Error::Code::Io, tr("The label PDF could not be written."),
                        QStringLiteral("QPdfWriter refused the %1 page").arg(pageSize.name()));
        }
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, tr("The label PDF could not be written."),
                        QStringLiteral("QPainter::begin failed on QPdfWriter"));
        const QRectF page(0, 0, writer.width(), writer.height());
        for (qsizetype i = 0; i < labels.size() && painted; ++i) {
            if (i > 0)
                writer.newPage();
            painted = paint(painter, page, labels.at(i), writer.resolution());
        }
        painter.end();
    }
    buffer.close();
    if (!painted)
        return std::unexpected(painted.error());
    if (!pdf.startsWith("%PDF"))
        return fail(Error::Code::Io, tr("The label PDF could not be written."),
                    QStringLiteral("QPdfWriter wrote no PDF"));
    return pdf;
}

} // namespace saypro
