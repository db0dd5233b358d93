#pragma once
// shipping: the paper that travels with a parcel: packing slip, invoice and return instructions as PDF (QPdfWriter,
// A4 or Letter, several pages with "Page n of m" when the lines do not fit on one). What each document prints is built
// by pure functions (rows, notes, totals, steps) so it can be tested without reading a PDF; the rendering only lays
// those strings out.

#include "common/Error.h"
#include "domain/Address.h"
#include "domain/Money.h"
#include "domain/Order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace saypro {

/// Everything a shipping document prints besides the order itself.
struct DocumentContext
{
    Order order;            ///< lines, amounts, ship-to, customer, special instructions, payment status
    Address shipFrom;       ///< the sender (warehouse): printed under the company name; the return address
    QString companyName;    ///< at the top of every page, e.g. "SayPro"
    QString supportContact; ///< in the footer of every page, e.g. "support@saypro.example / 011 555 0100"
    QString returnRma;      ///< return instructions: the RMA number (printed large and in the QR code)
    QString returnLink;     ///< return instructions: the customer's return page (in the QR code when set)
    QDate date;             ///< the document date; when invalid, the date the order was placed
    QLocale locale;         ///< numbers, dates and money are written as this locale writes them
};

enum class PaperSize {
    A4,     ///< 210 x 297 mm (595 x 842 pt)
    Letter, ///< 8.5 x 11 in (612 x 792 pt)
};

enum class DocumentKind {
    PackingSlip,        ///< what is in the box; a gift order's slip has the gift message and no prices
    Invoice,            ///< lines with prices and discounts, shipping, tax, total, payment status
    ReturnInstructions, ///< how to return, the RMA number and a QR code with the return link (or the RMA)
};

/// The invoice amounts in the order's currency. total = linesTotal - discount + shipping + tax.
struct InvoiceAmounts
{
    Money linesTotal;    ///< sum of the line totals (quantity x unit price - line discount)
    Money lineDiscounts; ///< sum of the line discounts (already inside linesTotal), for information
    Money discount;      ///< the order-level discount (positive: taken off)
    Money shipping;
    Money tax;
    Money total;
};

class ShippingDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(ShippingDocuments)
public:
    /// True for a gift order: gift wrap asked for or a gift message given. Its packing slip shows no prices.
    static bool isGift(const Order& order);

    // --- What the packing slip prints ---------------------------------------------------------------------------
    /// Column headings: SKU, Item, Qty, plus Unit price unless the order is a gift.
    static QStringList packingSlipHeaders(const DocumentContext& context);
    /// One row per line that ships in this parcel (quantityToShip() > 0): SKU, name, quantity to ship, and for a
    /// non-gift order the unit price.
    static QList<QStringList> packingSlipRows(const DocumentContext& context);
    /// The special instructions as sentences: gift wrap, gift message, fragile, delivery window, personalisation,
    /// customer note, and the units that were split off at a short pick ("will follow").
    static QStringList packingSlipNotes(const DocumentContext& context);

    // --- What the invoice prints ----------------------------------------------------------------------------------
    /// Column headings: SKU, Item, Qty, Unit price, Discount, Total.
    static QStringList invoiceHeaders();
    /// One row per order line: SKU, name, quantity, unit price, line discount (empty when none), line total.
    static QList<QStringList> invoiceRows(const DocumentContext& context);
    /// The amounts; InvalidArgument when they overflow or the order has no valid currency.
    static Result<InvoiceAmounts> invoiceAmounts(const Order& order);
    /// The totals block as {label, value} rows: Subtotal, Discount (when any, negative), Shipping, Tax, Total and
    /// Payment (the payment status); amounts formatted with Money::format in the context's locale. Empty on overflow.
    static QList<QStringList> invoiceTotals(const DocumentContext& context);

    // --- What the return instructions print -----------------------------------------------------------------------
    /// The numbered steps of a return, with the RMA number, the return link and the support contact filled in.
    static QStringList returnSteps(const DocumentContext& context);
    /// The items that can be returned: SKU, name, quantity shipped.
    static QList<QStringList> returnRows(const DocumentContext& context);
    /// The QR code's content: the return link, or the RMA number when there is no link.
    static QString returnQrText(const DocumentContext& context);

    /// Every string the document prints except the page footer, in reading order (tests: "no prices anywhere").
    static QStringList documentText(DocumentKind kind, const DocumentContext& context);

    // --- Rendering -------------------------------------------------------------------------------------------------
    /// The page size of `paper`, exact (A4: 595 x 842 pt, Letter: 612 x 792 pt).
    static QPageSize pageSize(PaperSize paper);
    /// The document as a PDF; InvalidArgument for return instructions without an RMA number or a return link,
    /// Unsupported without a QGuiApplication (fonts), Io when the PDF cannot be written.
    static Result<QByteArray> toPdf(DocumentKind kind, const DocumentContext& context, PaperSize paper = PaperSize::A4);
    /// The same pages painted into white RGB32 images at `dpi` (previews and tests), one image per page.
    static Result<QList<QImage>> toImages(DocumentKind kind, const DocumentContext& context,
                                          PaperSize paper = PaperSize::A4, int dpi = 150);

    static Result<QByteArray> packingSlipPdf(const DocumentContext& context, PaperSize paper = PaperSize::A4)
    {
        return toPdf(DocumentKind::PackingSlip, context, paper);
    }
    static Result<QByteArray> invoicePdf(const DocumentContext& context, PaperSize paper = PaperSize::A4)
    {
        return toPdf(DocumentKind::Invoice, context, paper);
    }
    static Result<QByteArray> returnInstructionsPdf(const DocumentContext& context, PaperSize paper = PaperSize::A4)
    {
        return toPdf(DocumentKind::ReturnInstructions, context, paper);
    }
};

} // namespace saypro
