#pragma once
// scanning: decoding barcodes from an image (a photographed label, a pasted screenshot) with ZXing-C++, and
// rendering codes for tests and label previews. Owns DecodedBarcode and ImageDecoder.

#include "common/Error.h"

#include <QImage>
#include <QList>
#include <QString>

namespace saypro {

/// One barcode found in an image.
struct DecodedBarcode
{
    /// The content as the scanner would send it: UTF-8 text; for GS1 content (FNC1) the element strings with
    /// GS (0x1D) between variable-length fields and no leading FNC1 (the AIM id says it is GS1).
    QString text;
    QString format;      ///< ZXing's name: "EAN-13", "EAN-8", "UPC-A", "Code128", "DataMatrix", "QRCode", ...
    QString symbologyId; ///< AIM symbology identifier as ZXing reports it: "]E0", "]C1" (GS1-128), "]d2", "]Q1"...

    friend bool operator==(const DecodedBarcode&, const DecodedBarcode&) = default;
};

/// Stateless; safe to call from any thread (each call builds its own ZXing objects).
class ImageDecoder final
{
public:
    /// Reads the file and decodes it. Io error when the file is missing, unreadable or not an image.
    static Result<QList<DecodedBarcode>> decodeFile(const QString& path);

    /// Every barcode found (try-harder, rotation and downscaling on), in ZXing's order; an empty list when
    /// there is none. InvalidArgument for a null image. Images larger than 2.5 megapixels are scaled down first
    /// so a phone photo stays well under a second.
    static Result<QList<DecodedBarcode>> decodeImage(const QImage& image);

    /// For tests and label previews: renders `text` as `format` ("EAN-13", "EAN-8", "UPC-A", "Code128",
    /// "DataMatrix", "QRCode", or another ZXing writer format) into a white Format_Grayscale8 image of
    /// `width` x `height` (at least the symbol's natural size with its quiet zone).
    ///
    /// GS1: a text that starts with GS (0x1D), or with the format's GS1 AIM id ("]C1" for Code128, "]d2" for
    /// DataMatrix), is encoded with FNC1 in first position and every further GS as an FNC1 separator, so that
    /// decodeImage(encode(x)) gives the text without the marker and the GS1 AIM id. ZXing 1.4's DataMatrix writer
    /// cannot write FNC1, so GS1 DataMatrix uses a small ECC 200 encoder of our own (ASCII encodation, square
    /// symbols up to 48x48, i.e. up to 174 data codewords).
    /// InvalidArgument for an unknown format or content the format cannot hold (EAN-13 letters, wrong check digit).
    static Result<QImage> encode(const QString& text, const QString& format, int width, int height);
};

} // namespace saypro
