#pragma once
// shipping: the shipping label painted with QPainter (PDF, image preview, any QPaintDevice); the same contents and
// layout as the ZPL rendering (ZplLabel), with barcodes drawn module by module on whole device pixels.

#include "common/Error.h"
#include "shipping/ShippingLabel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QSizeF>

namespace saypro {

/// Paints a ShippingLabelData: ship-from (small), carrier and service, ship-to (large), the USPS GS1-128 routing
/// barcode (420)+ZIP when `uspsRoutingZip` is set, the tracking number as text and Code 128, order number, parcel
/// n of m, weight, ship date and a QR code with the tracking link. Barcode modules are whole device pixels with
/// their quiet zones; text that does not fit is shrunk, then elided, never drawn outside its box.
class LabelPainter final
{
    Q_DECLARE_TR_FUNCTIONS(LabelPainter)
public:
    /// Page size of a label in inches: 4x6 or 4x8.
    static QSizeF pageInches(LabelSize size);
    /// Paints the label into `page` (device coordinates of `painter`'s device, e.g. the whole QImage or PDF page),
    /// `dpi` = the device's dots per inch (fonts and barcode modules are sized from it).
    static Status paint(QPainter& painter, const QRectF& page, const ShippingLabelData& label, double dpi);
    /// The label as a white Format_Grayscale8 (or Mono) image of exactly 4x6 (or 4x8) inches at `dpi` (203: 812x1218).
    static Result<QImage> toImage(const ShippingLabelData& label, LabelSize size = LabelSize::FourBySix, int dpi = 203);
    /// The label as a one-page PDF whose page is exactly 4x6 (or 4x8) inches (QPageSize with QPageSize::ExactMatch,
    /// zero margins), barcodes drawn as crisp rectangles/pixels at 300 dpi resolution.
    static Result<QByteArray> toPdf(const ShippingLabelData& label, LabelSize size = LabelSize::FourBySix);
    /// Every label of an order in one PDF, a page per parcel (same page and resolution as above).
    static Result<QByteArray> toPdf(const QList<ShippingLabelData>& labels, LabelSize size = LabelSize::FourBySix);
};

} // namespace saypro
