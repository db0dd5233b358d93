#include "shipping/ShippingDocuments.h"

#include "domain/ServiceLevel.h"
#include "scanning/ImageDecoder.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>
#include <vector>

namespace saypro {

namespace {

/// What one document prints, before layout. Every section is optional.
struct Model
{
    QString title;
    QStringList from; ///< company name, then the sender's address
    QList<std::pair<QString, QStringList>> addresses;
    QList<std::pair<QString, QString>> meta; ///< label, value (top right)
    QString highlightTitle;
    QString highlight; ///< gift message / RMA number, in a box
    QString stepsTitle;
    QStringList steps;
    QString qrText;
    QString qrCaption;
    QString notesTitle;
    QStringList notes;
    QString tableTitle;
    QStringList headers;
    QList<QStringList> rows;
    QList<double> widths;     ///< column shares, summing to 1
    QList<bool> rightAligned; ///< numbers and amounts
    QList<QStringList> totals;
    QString closing;
    QString footer;
};

QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return Money(minor, currency).format(locale);
}

QDate documentDate(const DocumentContext& c)
{
    return c.date.isValid() ? c.date : c.order.placedAt.date();
}

QString formatDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QStringList fromLines(const DocumentContext& c)
{
    QStringList out;
    if (!c.companyName.isEmpty())
        out << c.companyName;
    for (const QString& line : c.shipFrom.lines())
        if (line != c.companyName)
            out << line;
    return out;
}

Model packingSlipModel(const DocumentContext& c)
{
    Model m;
    const bool gift = ShippingDocuments::isGift(c.order);
    m.title = ShippingDocuments::tr("Packing slip");
    m.from = fromLines(c);
    m.addresses.append({ShippingDocuments::tr("Ship to"), c.order.shipTo.lines()});
    m.meta.append({ShippingDocuments::tr("Order"), c.order.number});
    m.meta.append({ShippingDocuments::tr("Date"), formatDate(documentDate(c), c.locale)});
    m.meta.append({ShippingDocuments::tr("Service"), ServiceLevels::displayName(c.order.serviceLevel)});
    int units = 0;
    for (const OrderLine& l : c.order.lines)
        units += l.quantityToShip();
    m.meta.append({ShippingDocuments::tr("Items"), c.locale.toString(units)});
    if (!c.order.instructions.giftMessage.isEmpty()) {
        m.highlightTitle = ShippingDocuments::tr("A gift for you");
        m.highlight = c.order.instructions.giftMessage;
    }
    m.notesTitle = ShippingDocuments::tr("Special instructions");
    m.notes = ShippingDocuments::packingSlipNotes(c);
    if (!m.highlight.isEmpty()) // the message is in its own box already
        m.notes.removeAll(ShippingDocuments::tr("Gift message: \u201c%1\u201d").arg(m.highlight));
    m.tableTitle = ShippingDocuments::tr("In this parcel");
    m.headers = ShippingDocuments::packingSlipHeaders(c);
    m.rows = ShippingDocuments::packingSlipRows(c);
    if (gift) {
        m.widths = {0.25, 0.63, 0.12};
        m.rightAligned = {false, false, true};
    } else {
        m.widths = {0.22, 0.48, 0.10, 0.20};
        m.rightAligned = {false, false, true, true};
    }
    m.closing = gift ? ShippingDocuments::tr("With best wishes, packed with care.")
                     : ShippingDocuments::tr("Thank you for your order.");
    m.footer = c.supportContact;
    return m;
}

Model invoiceModel(const DocumentContext& c)
{
    Model m;
    m.title = ShippingDocuments::tr("Invoice");
    m.from = fromLines(c);
    QStringList billTo;
    if (!c.order.customer.name.isEmpty())
        billTo << c.order.customer.name;
    if (!c.order.customer.email.isEmpty())
        billTo << c.order.customer.email;
    if (!c.order.customer.phone.isEmpty())
        billTo << c.order.customer.phone;
    if (!billTo.isEmpty())
        m.addresses.append({ShippingDocuments::tr("Bill to"), billTo});
    m.addresses.append({ShippingDocuments::tr("Ship to"), c.order.shipTo.lines()});
    m.meta.append({ShippingDocuments::tr("Order"), c.order.number});
    m.meta.append({ShippingDocuments::tr("Invoice date"), formatDate(documentDate(c), c.locale)});
    if (c.order.placedAt.isValid())
        m.meta.append({ShippingDocuments::tr("Order date"), formatDate(c.order.placedAt.date(), c.locale)});
    m.meta.append({ShippingDocuments::tr("Payment"), PaymentStatuses::displayName(c.order.paymentStatus)});
    m.tableTitle = ShippingDocuments::tr("Items");
    m.headers = ShippingDocuments::invoiceHeaders();
    m.rows = ShippingDocuments::invoiceRows(c);
    m.widths = {0.16, 0.34, 0.07, 0.15, 0.13, 0.15};
    m.rightAligned = {false, false, true, true, true, true};
    m.totals = ShippingDocuments::invoiceTotals(c);
    m.closing = ShippingDocuments::tr("Thank you for your order.");
    m.footer = c.supportContact;
    return m;
}

Model returnModel(const DocumentContext& c)
{
    Model m;
    m.title = ShippingDocuments::tr("Return instructions");
    m.from = fromLines(c);
    m.addresses.append({ShippingDocuments::tr("Return to"), fromLines(c)});
    m.meta.append({ShippingDocuments::tr("Order"), c.order.number});
    if (!c.returnRma.isEmpty())
        m.meta.append({ShippingDocuments::tr("RMA"), c.returnRma});
    m.meta.append({ShippingDocuments::tr("Date"), formatDate(documentDate(c), c.locale)});
    if (!c.returnRma.isEmpty()) {
        m.highlightTitle = ShippingDocuments::tr("Your return number (RMA)");
        m.highlight = c.returnRma;
    }
    m.stepsTitle = ShippingDocuments::tr("How to return");
    m.steps = ShippingDocuments::returnSteps(c);
    m.qrText = ShippingDocuments::returnQrText(c);
    m.qrCaption = c.returnLink.isEmpty() ? ShippingDocuments::tr("RMA %1").arg(c.returnRma) : c.returnLink;
    m.tableTitle = ShippingDocuments::tr("Items in this order");
    m.headers = QStringList{ShippingDocuments::tr("SKU"), ShippingDocuments::tr("Item"), ShippingDocuments::tr("Qty")};
    m.rows = ShippingDocuments::returnRows(c);
    m.widths = {0.25, 0.63, 0.12};
    m.rightAligned = {false, false, true};
    m.footer = c.supportContact;
    return m;
}

Model model(DocumentKind kind, const DocumentContext& c)
{
    switch (kind) {
    case DocumentKind::PackingSlip:
        return packingSlipModel(c);
    case DocumentKind::Invoice:
        return invoiceModel(c);
    case DocumentKind::ReturnInstructions:
        return returnModel(c);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: positions in points (1/72 in) converted to device units; text broken into lines with QTextLayout so the
// measuring pass (page count) and the painting pass break lines identically.

/// A QR symbol, one entry per module (true = dark), cut out of the quiet zone ImageDecoder::encode adds.
struct QrSymbol
{
    int size = 0;
    std::vector<bool> dark;
};

Result<QrSymbol> encodeQr(const QString& text)
{
    const auto image = ImageDecoder::encode(text, QStringLiteral("QRCode"), 1, 1);
    if (!image)
        return std::unexpected(image.error());
    int left = image->width();
    int top = image->height();
    int right = -1;
    for (int y = 0; y < image->height(); ++y) {
        const uchar* line = image->constScanLine(y);
        for (int x = 0; x < image->width(); ++x) {
            if (line[x] < 128) {
                left = std::min(left, x);
                top = std::min(top, y);
                right = std::max(right, x);
            }
        }
    }
    QrSymbol s;
    s.size = right - left + 1;
    if (s.size <= 0 || top + s.size > image->height())
        return fail(Error::Code::InvalidArgument, ShippingDocuments::tr("The QR code could not be drawn."),
                    QStringLiteral("empty QR symbol for ") + text);
    s.dark.resize(static_cast<size_t>(s.size) * static_cast<size_t>(s.size));
    for (int y = 0; y < s.size; ++y) {
        const uchar* line = image->constScanLine(top + y);
        for (int x = 0; x < s.size; ++x)
            s.dark[static_cast<size_t>(y) * static_cast<size_t>(s.size) + static_cast<size_t>(x)] =
                line[left + x] < 128;
    }
    return s;
}

class Layout
{
public:
    /// `newPage` starts page n (0-based) and returns its painter, or nullptr in the measuring pass.
    Layout(const Model& model, const QSizeF& pagePt, double dpi, const std::optional<QrSymbol>& qr,
           std::function<QPainter*(int)> newPage, int totalPages)
        : m_model(model), m_k(dpi / 72.0), m_pageW(pagePt.width() * m_k), m_pageH(pagePt.height() * m_k), m_qr(qr),
          m_newPage(std::move(newPage)), m_totalPages(totalPages)
    {
        m_left = pt(40);
        m_right = m_pageW - pt(40);
        m_bottom = m_pageH - pt(52);
    }

    /// Lays out (and, with painters, paints) the whole document; returns the number of pages.
    int run()
    {
        startPage();
        addresses();
        highlight();
        steps();
        notes();
        table();
        totals();
        closing();
        finishPage();
        return m_page + 1;
    }

private:
    double pt(double points) const { return points * m_k; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPixelSize(std::max(1, int(std::lround(points * m_k))));
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    /// `text` broken into lines no wider than `width`; at most `maxLines`, the last one elided.
    static QStringList wrap(const QFont& f, const QString& text, double width, int maxLines = 1000)
    {
        QStringList out;
        const QFontMetricsF fm(f);
        for (const QString& paragraph : text.split(u'\n')) {
            QTextLayout layout(paragraph, f);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (;;) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(width);
                out << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
            if (paragraph.isEmpty())
                out << QString();
        }
        if (out.size() > maxLines) {
            const QString rest = QStringList(out.mid(maxLines - 1)).join(u' ');
            out = out.mid(0, maxLines - 1);
            out << fm.elidedText(rest, Qt::ElideRight, width);
        }
        for (QString& line : out)
            if (fm.horizontalAdvance(line) > width)
                line = fm.elidedText(line, Qt::ElideRight, width);
        return out;
    }

    static double lineHeight(const QFont& f) { return QFontMetricsF(f).lineSpacing(); }

    /// Draws lines from (x, y) (top), each aligned in `width`; returns the height used.
    double drawLines(const QStringList& lines, const QFont& f, double x, double y, double width,
                     Qt::Alignment align = Qt::AlignLeft, const QColor& color = Qt::black)
    {
        const double h = lineHeight(f);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            for (qsizetype i = 0; i < lines.size(); ++i)
                m_painter->drawText(QRectF(x, y + double(i) * h, width, h),
                                    int(align | Qt::AlignVCenter) | Qt::TextSingleLine, lines.at(i));
        }
        return double(lines.size()) * h;
    }

    double text(const QString& value, const QFont& f, double x, double y, double width,
                Qt::Alignment align = Qt::AlignLeft, const QColor& color = Qt::black, int maxLines = 1000)
    {
        return drawLines(wrap(f, value, width, maxLines), f, x, y, width, align, color);
    }

    void fill(const QRectF& r, const QColor& color)
    {
        if (m_painter)
            m_painter->fillRect(r, color);
    }

    void hline(double y, double thickness = 0.75, const QColor& color = Qt::black)
    {
        fill(QRectF(m_left, y, m_right - m_left, std::max(1.0, pt(thickness))), color);
    }

    /// Moves to a new page unless `height` still fits below the current position.
    void ensure(double height)
    {
        if (m_y + height > m_bottom && !m_atTop) {
            finishPage();
            ++m_page;
            startPage();
            if (m_inTable)
                tableHeader();
        }
    }

    void startPage()
    {
        m_painter = m_newPage ? m_newPage(m_page) : nullptr;
        if (m_painter) {
            m_painter->setRenderHint(QPainter::Antialiasing, false);
            m_painter->setRenderHint(QPainter::TextAntialiasing, true);
        }
        const double width = m_right - m_left;
        double y = pt(36);
        const QFont company = font(16, true);
        const QFont title = font(18, true);
        const QString companyName = m_model.from.isEmpty() ? QString() : m_model.from.first();
        text(companyName, company, m_left, y, width * 0.5, Qt::AlignLeft, Qt::black, 1);
        QString titleText = m_model.title;
        if (m_page > 0)
            titleText = ShippingDocuments::tr("%1 (continued)").arg(m_model.title);
        text(titleText, title, m_left + width * 0.5, y, width * 0.5, Qt::AlignRight, Qt::black, 1);
        y += std::max(lineHeight(company), lineHeight(title)) + pt(4);

        const QFont small = font(8.5);
        const QFont smallBold = font(8.5, true);
        double left = y;
        double right = y;
        if (m_page == 0) {
            for (qsizetype i = 1; i < m_model.from.size(); ++i)
                left += text(m_model.from.at(i), small, m_left, left, width * 0.5, Qt::AlignLeft, Qt::darkGray, 1);
            for (const auto& [label, value] : m_model.meta) {
                text(label, smallBold, m_left + width * 0.55, right, width * 0.17, Qt::AlignLeft, Qt::black, 1);
                right += text(value, font(9), m_left + width * 0.72, right, width * 0.28, Qt::AlignRight, Qt::black, 2);
            }
        } else {
            const QString order = m_model.meta.isEmpty() ? QString() : m_model.meta.first().second;
            right += text(order, font(9), m_left + width * 0.5, right, width * 0.5, Qt::AlignRight, Qt::black, 1);
        }
        m_y = std::max(left, right) + pt(8);
        hline(m_y, 1.2);
        m_y += pt(14);
        m_atTop = true;
    }

    void finishPage()
    {
        const QFont f = font(8);
        const double y = m_pageH - pt(40);
        hline(y, 0.5, Qt::gray);
        const double width = m_right - m_left;
        text(m_model.footer, f, m_left, y + pt(5), width * 0.7, Qt::AlignLeft, Qt::darkGray, 1);
        text(ShippingDocuments::tr("Page %1 of %2").arg(m_page + 1).arg(std::max(m_totalPages, m_page + 1)), f,
             m_left + width * 0.7, y + pt(5), width * 0.3, Qt::AlignRight, Qt::darkGray, 1);
    }

    void moved(double height)
    {
        m_y += height;
        m_atTop = false;
    }

    void sectionTitle(const QString& title)
    {
        if (title.isEmpty())
            return;
        const QFont f = font(10, true);
        ensure(lineHeight(f) + pt(30)); // keep a title with what follows it
        moved(text(title, f, m_left, m_y, m_right - m_left, Qt::AlignLeft, Qt::black, 1) + pt(4));
    }

    void addresses()
    {
        if (m_model.addresses.isEmpty())
            return;
        const double width = (m_right - m_left) / 2;
        const QFont heading = font(8.5, true);
        const QFont body = font(10.5);
        double height = 0;
        for (qsizetype i = 0; i < m_model.addresses.size() && i < 2; ++i) {
            const auto& [title, lines] = m_model.addresses.at(i);
            const double x = m_left + double(i) * width;
            double y = m_y + text(title.toUpper(), heading, x, m_y, width - pt(12), Qt::AlignLeft, Qt::darkGray, 1);
            for (qsizetype l = 0; l < lines.size(); ++l)
                y += text(lines.at(l), l == 0 ? font(10.5, true) : body, x, y, width - pt(12), Qt::AlignLeft, Qt::black,
                          2);
            height = std::max(height, y - m_y);
        }
        moved(height + pt(16));
    }

    void highlight()
    {
        if (m_model.highlight.isEmpty())
            return;
        const double width = m_right - m_left;
        const QFont titleFont = font(9, true);
        const QFont body = font(m_model.highlight.size() <= 24 ? 20 : 12, m_model.highlight.size() <= 24);
        const QStringList lines = wrap(body, m_model.highlight, width - pt(24), 12);
        const double height = pt(10) + lineHeight(titleFont) + pt(4) + double(lines.size()) * lineHeight(body) + pt(10);
        ensure(height);
        fill(QRectF(m_left, m_y, width, height), QColor(238, 238, 238));
        fill(QRectF(m_left, m_y, pt(3), height), Qt::black);
        double y = m_y + pt(10);
        y += text(m_model.highlightTitle, titleFont, m_left + pt(12), y, width - pt(24), Qt::AlignLeft, Qt::darkGray,
                  1) +
             pt(4);
        drawLines(lines, body, m_left + pt(12), y, width - pt(24));
        moved(height + pt(16));
    }

    void steps()
    {
        if (m_model.steps.isEmpty() && m_model.qrText.isEmpty())
            return;
        sectionTitle(m_model.stepsTitle);
        const double qrSide = m_qr ? pt(120) : 0;
        const double width = m_right - m_left - (m_qr ? qrSide + pt(20) : 0);
        const QFont body = font(10);
        const QFont number = font(10, true);
        double stepsHeight = 0;
        QList<QStringList> wrapped;
        for (const QString& step : m_model.steps) {
            wrapped << wrap(body, step, width - pt(22));
            stepsHeight += double(wrapped.last().size()) * lineHeight(body) + pt(6);
        }
        const QFont caption = font(7.5);
        const QStringList captionLines = wrap(caption, m_model.qrCaption, qrSide, 3);
        const double qrHeight = m_qr ? qrSide + double(captionLines.size()) * lineHeight(caption) : 0;
        ensure(std::max(stepsHeight, qrHeight));
        double y = m_y;
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            drawLines({QStringLiteral("%1.").arg(i + 1)}, number, m_left, y, pt(20));
            y += drawLines(wrapped.at(i), body, m_left + pt(22), y, width - pt(22)) + pt(6);
        }
        if (m_qr && m_painter) {
            // Whole device pixels per module, the 4-module quiet zone inside the square.
            const int side = int(std::floor(qrSide));
            const int module = std::max(1, side / (m_qr->size + 8));
            const int symbol = module * m_qr->size;
            const int x0 = int(std::lround(m_right - qrSide)) + (side - symbol) / 2;
            const int y0 = int(std::lround(m_y)) + (side - symbol) / 2;
            for (int row = 0; row < m_qr->size; ++row) {
                for (int col = 0; col < m_qr->size; ++col) {
                    if (m_qr->dark[static_cast<size_t>(row) * static_cast<size_t>(m_qr->size) +
                                   static_cast<size_t>(col)])
                        m_painter->fillRect(QRect(x0 + col * module, y0 + row * module, module, module), Qt::black);
                }
            }
            drawLines(captionLines, caption, m_right - qrSide, m_y + qrSide, qrSide, Qt::AlignHCenter, Qt::darkGray);
        }
        moved(std::max(stepsHeight, qrHeight) + pt(14));
    }

    void notes()
    {
        if (m_model.notes.isEmpty())
            return;
        sectionTitle(m_model.notesTitle);
        const QFont body = font(10);
        const double width = m_right - m_left;
        for (const QString& note : m_model.notes) {
            const QStringList lines = wrap(body, note, width - pt(14));
            const double height = double(lines.size()) * lineHeight(body);
            ensure(height);
            drawLines({QStringLiteral("\u2022")}, body, m_left + pt(2), m_y, pt(10));
            drawLines(lines, body, m_left + pt(14), m_y, width - pt(14));
            moved(height + pt(3));
        }
        moved(pt(12));
    }

    QRectF cell(int column, double y, double height) const
    {
        const double width = m_right - m_left;
        double x = m_left;
        for (int i = 0; i < column; ++i)
            x += width * m_model.widths.value(i);
        return QRectF(x + pt(4), y, width * m_model.widths.value(column) - pt(8), height);
    }

    void tableHeader()
    {
        const QFont f = font(8.5, true);
        const double height = lineHeight(f) + pt(8);
        fill(QRectF(m_left, m_y, m_right - m_left, height), QColor(225, 225, 225));
        for (int c = 0; c < m_model.headers.size(); ++c) {
            const QRectF r = cell(c, m_y + pt(4), lineHeight(f));
            text(m_model.headers.at(c), f, r.x(), r.y(), r.width(),
                 m_model.rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft, Qt::black, 1);
        }
        moved(height);
        m_atTop = true; // a row that does not fit under a fresh header is drawn anyway (clipped by nothing)
    }

    void table()
    {
        if (m_model.headers.isEmpty())
            return;
        sectionTitle(m_model.tableTitle);
        const QFont body = font(9.5);
        ensure(lineHeight(font(8.5, true)) + pt(8) + lineHeight(body) * 3 + pt(8));
        tableHeader();
        m_inTable = true;
        for (qsizetype r = 0; r < m_model.rows.size(); ++r) {
            const QStringList& row = m_model.rows.at(r);
            QList<QStringList> cells;
            int lines = 1;
            for (int c = 0; c < m_model.headers.size(); ++c) {
                cells << wrap(body, row.value(c), cell(c, 0, 0).width(), 3);
                lines = std::max(lines, int(cells.last().size()));
            }
            const double height = double(lines) * lineHeight(body) + pt(8);
            ensure(height);
            if (r % 2 == 1)
                fill(QRectF(m_left, m_y, m_right - m_left, height), QColor(246, 246, 246));
            for (int c = 0; c < m_model.headers.size(); ++c) {
                const QRectF rect = cell(c, m_y + pt(4), height);
                drawLines(cells.at(c), body, rect.x(), rect.y(), rect.width(),
                          m_model.rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft);
            }
            moved(height);
            hline(m_y - pt(0.5), 0.5, QColor(200, 200, 200));
        }
        m_inTable = false;
        moved(pt(14));
    }

    void totals()
    {
        if (m_model.totals.isEmpty())
            return;
        const QFont body = font(10);
        const QFont bold = font(11, true);
        const double rowHeight = lineHeight(bold) + pt(3);
        ensure(double(m_model.totals.size()) * rowHeight + pt(6));
        const double x = m_left + (m_right - m_left) * 0.5;
        const double width = m_right - x;
        for (const QStringList& row : m_model.totals) {
            const bool total = row.value(0) == ShippingDocuments::tr("Total");
            if (total) {
                fill(QRectF(x, m_y + pt(1), width, std::max(1.0, pt(1))), Qt::black);
                moved(pt(4));
            }
            const QFont& f = total ? bold : body;
            text(row.value(0), f, x, m_y, width * 0.5, Qt::AlignLeft, Qt::black, 1);
            text(row.value(1), f, x + width * 0.4, m_y, width * 0.6, Qt::AlignRight, Qt::black, 1);
            moved(rowHeight);
        }
        moved(pt(14));
    }

    void closing()
    {
        if (m_model.closing.isEmpty())
            return;
        const QFont f = font(10);
        const QStringList lines = wrap(f, m_model.closing, m_right - m_left);
        ensure(double(lines.size()) * lineHeight(f));
        moved(drawLines(lines, f, m_left, m_y, m_right - m_left));
    }

    const Model& m_model;
    double m_k;
    double m_pageW;
    double m_pageH;
    const std::optional<QrSymbol>& m_qr;
    std::function<QPainter*(int)> m_newPage;
    int m_totalPages;
    QPainter* m_painter = nullptr;
    int m_page = 0;
    double m_left = 0;
    double m_right = 0;
    double m_bottom = 0;
    double m_y = 0;
    bool m_atTop = true;
    bool m_inTable = false;
};

QSizeF pagePoints(PaperSize paper)
{
    return ShippingDocuments::pageSize(paper).size(QPageSize::Point);
}

/// The model and its QR code, after the checks every rendering makes.
Result<std::pair<Model, std::optional<QrSymbol>>> prepare(DocumentKind kind, const DocumentContext& context)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return fail(Error::Code::Unsupported, ShippingDocuments::tr("Documents can only be printed from the station."),
                    QStringLiteral("ShippingDocuments needs a QGuiApplication (fonts)"));
    }
    if (kind == DocumentKind::ReturnInstructions && context.returnRma.trimmed().isEmpty() &&
        context.returnLink.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidArgument,
                    ShippingDocuments::tr("Return instructions need an RMA number or a return link."),
                    QStringLiteral("ShippingDocuments: return instructions without RMA and link for order ") +
                        context.order.number);
    }
    if (kind == DocumentKind::Invoice) {
        const auto amounts = ShippingDocuments::invoiceAmounts(context.order);
        if (!amounts)
            return std::unexpected(amounts.error());
    }
    Model m = model(kind, context);
    std::optional<QrSymbol> qr;
    if (!m.qrText.isEmpty()) {
        auto symbol = encodeQr(m.qrText);
        if (!symbol)
            return std::unexpected(symbol.error());
        qr = std::move(*symbol);
    }
    return std::pair<Model, std::optional<QrSymbol>>(std::move(m), std::move(qr));
}

} // namespace

bool ShippingDocuments::isGift(const Order& order)
{
    return order.instructions.giftWrap || !order.instructions.giftMessage.trimmed().isEmpty();
}

QStringList ShippingDocuments::packingSlipHeaders(const DocumentContext& context)
{
    QStringList h{tr("SKU"), tr("Item"), tr("Qty")};
    if (!isGift(context.order))
        h << tr("Unit price");
    return h;
}

QList<QStringList> ShippingDocuments::packingSlipRows(const DocumentContext& context)
{
    const bool gift = isGift(context.order);
    QList<QStringList> rows;
    for (const OrderLine& l : context.order.lines) {
        if (l.quantityToShip() <= 0)
            continue;
        QStringList row{l.sku, l.name, context.locale.toString(l.quantityToShip())};
        if (!gift)
            row << money(l.unitPriceMinor, context.order.currency, context.locale);
        rows << row;
    }
    return rows;
}

QStringList ShippingDocuments::packingSlipNotes(const DocumentContext& context)
{
    const SpecialInstructions& s = context.order.instructions;
    QStringList notes;
    if (s.giftWrap)
        notes << tr("Gift wrapped.");
    if (!s.giftMessage.isEmpty())
        notes << tr("Gift message: \u201c%1\u201d").arg(s.giftMessage);
    if (s.fragile)
        notes << tr("Fragile: handle with care.");
    if (!s.deliveryWindow.isEmpty())
        notes << tr("Delivery window: %1").arg(s.deliveryWindow);
    if (!s.customisation.isEmpty())
        notes << tr("Personalisation: %1").arg(s.customisation);
    if (!s.note.isEmpty())
        notes << tr("Customer note: %1").arg(s.note);
    for (const OrderLine& l : context.order.lines) {
        const int missing = l.quantity - l.quantityToShip();
        if (missing > 0)
            notes << tr("%1 x %2 (%3) will follow in a separate parcel.")
                         .arg(context.locale.toString(missing), l.name, l.sku);
    }
    return notes;
}

QStringList ShippingDocuments::invoiceHeaders()
{
    return {tr("SKU"), tr("Item"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Total")};
}

QList<QStringList> ShippingDocuments::invoiceRows(const DocumentContext& context)
{
    const QString& currency = context.order.currency;
    QList<QStringList> rows;
    for (const OrderLine& l : context.order.lines) {
        rows << QStringList{l.sku,
                            l.name,
                            context.locale.toString(l.quantity),
                            money(l.unitPriceMinor, currency, context.locale),
                            l.discountMinor != 0 ? money(-l.discountMinor, currency, context.locale) : QString(),
                            money(l.totalMinor(), currency, context.locale)};
    }
    return rows;
}

Result<InvoiceAmounts> ShippingDocuments::invoiceAmounts(const Order& order)
{
    const QString& currency = order.currency;
    if (!Money(0, currency).isValid()) {
        return fail(Error::Code::InvalidArgument, tr("The order has no valid currency."),
                    QStringLiteral("ShippingDocuments: currency \"%1\" of order %2").arg(currency, order.number));
    }
    const auto overflow = [&]() {
        return fail(Error::Code::InvalidArgument, tr("The order amounts are too large to print."),
                    QStringLiteral("ShippingDocuments: overflow in the amounts of order ") + order.number);
    };
    qint64 lines = 0;
    qint64 lineDiscounts = 0;
    for (const OrderLine& l : order.lines) {
        qint64 gross = 0;
        qint64 net = 0;
        if (__builtin_mul_overflow(qint64(l.quantity), l.unitPriceMinor, &gross) ||
            __builtin_sub_overflow(gross, l.discountMinor, &net) || __builtin_add_overflow(lines, net, &lines) ||
            __builtin_add_overflow(lineDiscounts, l.discountMinor, &lineDiscounts))
            return overflow();
    }
    qint64 total = 0;
    if (__builtin_sub_overflow(lines, order.discountMinor, &total) ||
        __builtin_add_overflow(total, order.shippingMinor, &total) ||
        __builtin_add_overflow(total, order.taxMinor, &total))
        return overflow();
    return InvoiceAmounts{Money(lines, currency),
                          Money(lineDiscounts, currency),
                          Money(order.discountMinor, currency),
                          Money(order.shippingMinor, currency),
                          Money(order.taxMinor, currency),
                          Money(total, currency)};
}

QList<QStringList> ShippingDocuments::invoiceTotals(const DocumentContext& context)
{
    const auto amounts = invoiceAmounts(context.order);
    if (!amounts)
        return {};
    const QLocale& locale = context.locale;
    QList<QStringList> rows;
    rows << QStringList{tr("Subtotal"), amounts->linesTotal.format(locale)};
    if (amounts->discount.minorUnits() != 0)
        rows << QStringList{tr("Discount"),
                            Money(-amounts->discount.minorUnits(), amounts->discount.currency()).format(locale)};
    rows << QStringList{tr("Shipping"), amounts->shipping.format(locale)};
    rows << QStringList{tr("Tax"), amounts->tax.format(locale)};
    rows << QStringList{tr("Total"), amounts->total.format(locale)};
    rows << QStringList{tr("Payment"), PaymentStatuses::displayName(context.order.paymentStatus)};
    return rows;
}

QStringList ShippingDocuments::returnSteps(const DocumentContext& context)
{
    QStringList steps;
    steps << tr("Pack the items you are returning securely, in their original packaging where you can, with all "
                "accessories, manuals and tags.");
    if (!context.returnRma.isEmpty())
        steps << tr("Write the return number %1 clearly on the outside of the parcel and put this page inside it.")
                     .arg(context.returnRma);
    else
        steps << tr("Put this page inside the parcel.");
    if (!context.returnLink.isEmpty())
        steps << tr("Start your return online by scanning the QR code or visiting %1; it tells you how to send the "
                    "parcel and lets you follow the return.")
                     .arg(context.returnLink);
    steps << tr("Send the parcel to the return address above and keep the proof of postage until your refund or "
                "replacement has been processed.");
    if (!context.supportContact.isEmpty())
        steps << tr("Questions? Contact us: %1").arg(context.supportContact);
    return steps;
}

QList<QStringList> ShippingDocuments::returnRows(const DocumentContext& context)
{
    QList<QStringList> rows;
    for (const OrderLine& l : context.order.lines)
        if (l.quantityToShip() > 0)
            rows << QStringList{l.sku, l.name, context.locale.toString(l.quantityToShip())};
    return rows;
}

QString ShippingDocuments::returnQrText(const DocumentContext& context)
{
    return context.returnLink.isEmpty() ? context.returnRma : context.returnLink;
}

QStringList ShippingDocuments::documentText(DocumentKind kind, const DocumentContext& context)
{
    const Model m = model(kind, context);
    QStringList out;
    out << m.from << m.title;
    for (const auto& [label, value] : m.meta)
        out << label << value;
    for (const auto& [title, lines] : m.addresses)
        out << title << lines;
    out << m.highlightTitle << m.highlight << m.stepsTitle << m.steps << m.qrCaption << m.notesTitle << m.notes
        << m.tableTitle << m.headers;
    for (const QStringList& row : m.rows)
        out << row;
    for (const QStringList& row : m.totals)
        out << row;
    out << m.closing;
    out.removeAll(QString());
    return out;
}

QPageSize ShippingDocuments::pageSize(PaperSize paper)
{
    return paper == PaperSize::Letter ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4);
}

Result<QByteArray> ShippingDocuments::toPdf(DocumentKind kind, const DocumentContext& context, PaperSize paper)
{
    auto prepared = prepare(kind, context);
    if (!prepared)
        return std::unexpected(prepared.error());
    const auto& [m, qr] = *prepared;
    constexpr int Resolution = 300;

    // Pass 1 counts the pages for "Page n of m"; pass 2 paints.
    const int pages = Layout(m, pagePoints(paper), Resolution, qr, {}, 0).run();

    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("The document could not be written."), buffer.errorString());
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setCreator(QStringLiteral("SayPro Station"));
        writer.setTitle(QString(m.title + QStringLiteral(" ") + context.order.number));
        const QPageSize size(pagePoints(paper), QPageSize::Point, pageSize(paper).name(), QPageSize::ExactMatch);
        if (!writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)))) {
            return fail(Error::Code::Io, tr("The document could not be written."),
                        QStringLiteral("QPdfWriter refused the page ") + size.name());
        }
        QPainter painter;
        bool ok = true;
        Layout(
            m, pagePoints(paper), Resolution, qr,
            [&](int page) -> QPainter* {
                if (page == 0)
                    ok = painter.begin(&writer);
                else
                    ok = ok && writer.newPage();
                return ok ? &painter : nullptr;
            },
            pages)
            .run();
        if (painter.isActive())
            painter.end();
        if (!ok)
            return fail(Error::Code::Io, tr("The document could not be written."),
                        QStringLiteral("QPdfWriter: could not begin a page"));
    }
    buffer.close();
    if (!pdf.startsWith("%PDF"))
        return fail(Error::Code::Io, tr("The document could not be written."),
                    QStringLiteral("QPdfWriter wrote no PDF"));
    return pdf;
}

Result<QList<QImage>> ShippingDocuments::toImages(DocumentKind kind, const DocumentContext& context, PaperSize paper,
                                                  int dpi)
{
    if (dpi < 36 || dpi > 600) {
        return fail(Error::Code::InvalidArgument, tr("The document could not be drawn."),
                    QStringLiteral("ShippingDocuments::toImages: unsupported resolution %1 dpi").arg(dpi));
    }
    auto prepared = prepare(kind, context);
    if (!prepared)
        return std::unexpected(prepared.error());
    const auto& [m, qr] = *prepared;
    const QSizeF points = pagePoints(paper);
    const int pages = Layout(m, points, dpi, qr, {}, 0).run();

    const QSize pixels(int(std::lround(points.width() * dpi / 72.0)), int(std::lround(points.height() * dpi / 72.0)));
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    QList<QImage> images;
    QPainter painter;
    Layout(
        m, points, dpi, qr,
        [&](int) -> QPainter* {
            if (painter.isActive())
                painter.end();
            QImage image(pixels, QImage::Format_RGB32);
            image.fill(Qt::white);
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
            images << image;
            painter.begin(&images.last());
            return &painter;
        },
        pages)
        .run();
    if (painter.isActive())
        painter.end();
    return images;
}

} // namespace saypro
