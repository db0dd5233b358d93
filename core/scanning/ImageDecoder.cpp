#include "scanning/ImageDecoder.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <exception>
#include <optional>
#include <vector>

namespace saypro {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImageDecoder", text);
}

constexpr char16_t Gs = 0x1D;
/// ZXing's Code 128 writer reads U+00F1 as FNC1.
constexpr wchar_t Code128Fnc1 = L'\u00f1';
/// Photos larger than this are scaled down before decoding (a label fills a good part of such a photo).
constexpr qint64 MaxDecodePixels = 2'500'000;

// ---------------------------------------------------------------------------------------------------------------
// A module grid, one cell per module (true = dark), rendered into the requested image size.

struct Modules
{
    int width = 0;
    int height = 0;
    std::vector<bool> dark;
    bool linear = false;

    bool at(int x, int y) const
    {
        return dark[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
    }
};

QImage render(const Modules& m, int width, int height)
{
    // Quiet zones: 10 modules beside a linear symbol, 4 around a matrix symbol.
    const int quietX = m.linear ? 10 : 4;
    const int quietY = m.linear ? 2 : 4;
    int scale = std::max(1, width / (m.width + 2 * quietX));
    if (!m.linear)
        scale = std::max(1, std::min(scale, height / (m.height + 2 * quietY)));
    const int symbolW = m.width * scale;
    const int symbolH = m.linear ? std::max(10 * scale, height - 2 * quietY * scale) : m.height * scale;
    const int imageW = std::max(width, symbolW + 2 * quietX * scale);
    const int imageH = std::max(height, symbolH + 2 * quietY * scale);

    QImage image(imageW, imageH, QImage::Format_Grayscale8);
    image.fill(255);
    const int left = (imageW - symbolW) / 2;
    const int top = (imageH - symbolH) / 2;
    for (int y = 0; y < symbolH; ++y) {
        uchar* line = image.scanLine(top + y);
        const int my = m.linear ? 0 : y / scale;
        for (int x = 0; x < symbolW; ++x) {
            if (m.at(x / scale, my))
                line[left + x] = 0;
        }
    }
    return image;
}

Modules fromBitMatrix(const ZXing::BitMatrix& matrix, bool linear)
{
    Modules m;
    m.width = matrix.width();
    m.height = linear ? 1 : matrix.height();
    m.linear = linear;
    m.dark.resize(static_cast<size_t>(m.width) * static_cast<size_t>(m.height));
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x)
            m.dark[static_cast<size_t>(y) * static_cast<size_t>(m.width) + static_cast<size_t>(x)] = matrix.get(x, y);
    return m;
}

// ---------------------------------------------------------------------------------------------------------------
// GS1 DataMatrix (ECC 200) for content with FNC1, which ZXing 1.4's writer cannot produce (ISO/IEC 16022).

namespace dm {

struct SymbolSize
{
    int size;       ///< modules per side, finder patterns included
    int dataWords;  ///< data codewords
    int eccWords;   ///< error correction codewords (one Reed-Solomon block up to 48x48)
    int regionSize; ///< data region side in modules
    int regions;    ///< data regions per side
};

// Square ECC 200 symbols with a single Reed-Solomon block.
constexpr std::array<SymbolSize, 14> Sizes{{
    {10, 3, 5, 8, 1},
    {12, 5, 7, 10, 1},
    {14, 8, 10, 12, 1},
    {16, 12, 12, 14, 1},
    {18, 18, 14, 16, 1},
    {20, 22, 18, 18, 1},
    {22, 30, 20, 20, 1},
    {24, 36, 24, 22, 1},
    {26, 44, 28, 24, 1},
    {32, 62, 36, 14, 2},
    {36, 86, 42, 16, 2},
    {40, 114, 48, 18, 2},
    {44, 144, 56, 20, 2},
    {48, 174, 68, 22, 2},
}};

constexpr uint8_t Fnc1 = 232;
constexpr uint8_t UpperShift = 235;
constexpr uint8_t Pad = 129;

/// ASCII encodation: FNC1 first, digit pairs as one codeword, GS as FNC1. Empty when a character cannot be encoded.
std::optional<std::vector<uint8_t>> encodeAscii(const QString& gs1)
{
    std::vector<uint8_t> words{Fnc1};
    for (qsizetype i = 0; i < gs1.size(); ++i) {
        const char16_t c = gs1.at(i).unicode();
        const bool pair =
            i + 1 < gs1.size() && c >= u'0' && c <= u'9' && gs1.at(i + 1) >= u'0' && gs1.at(i + 1) <= u'9';
        if (pair) {
            words.push_back(static_cast<uint8_t>(130 + (c - u'0') * 10 + (gs1.at(i + 1).unicode() - u'0')));
            ++i;
        } else if (c == Gs) {
            words.push_back(Fnc1);
        } else if (c < 128) {
            words.push_back(static_cast<uint8_t>(c + 1));
        } else if (c < 256) {
            words.push_back(UpperShift);
            words.push_back(static_cast<uint8_t>(c - 128 + 1));
        } else {
            return std::nullopt;
        }
    }
    return words;
}

/// Reed-Solomon over GF(256) with the DataMatrix polynomial x^8+x^5+x^3+x^2+1, generator roots 2^1..2^n.
std::vector<uint8_t> reedSolomon(const std::vector<uint8_t>& data, int n)
{
    std::array<int, 256> exp{};
    std::array<int, 256> log{};
    int v = 1;
    for (int i = 0; i < 255; ++i) {
        exp[static_cast<size_t>(i)] = v;
        log[static_cast<size_t>(v)] = i;
        v <<= 1;
        if (v & 0x100)
            v ^= 0x12D;
    }
    const auto mul = [&](int a, int b) {
        return (a == 0 || b == 0)
                   ? 0
                   : exp[static_cast<size_t>((log[static_cast<size_t>(a)] + log[static_cast<size_t>(b)]) % 255)];
    };
    // g(x) = prod (x + 2^i), coefficient of x^j at g[j]
    std::vector<int> g{1};
    for (int i = 1; i <= n; ++i) {
        std::vector<int> next(g.size() + 1, 0);
        const int root = exp[static_cast<size_t>(i)];
        for (size_t j = 0; j < g.size(); ++j) {
            next[j + 1] ^= g[j];
            next[j] ^= mul(g[j], root);
        }
        g = std::move(next);
    }
    std::vector<int> ecc(static_cast<size_t>(n), 0); // ecc[n-1] = highest degree
    for (uint8_t d : data) {
        const int feedback = d ^ ecc[static_cast<size_t>(n - 1)];
        for (int j = n - 1; j > 0; --j)
            ecc[static_cast<size_t>(j)] = ecc[static_cast<size_t>(j - 1)] ^ mul(feedback, g[static_cast<size_t>(j)]);
        ecc[0] = mul(feedback, g[0]);
    }
    std::vector<uint8_t> out;
    out.reserve(static_cast<size_t>(n));
    for (int j = n - 1; j >= 0; --j)
        out.push_back(static_cast<uint8_t>(ecc[static_cast<size_t>(j)]));
    return out;
}

/// The module placement of ISO/IEC 16022 Annex F over the mapping matrix (data regions without finders).
class Placement
{
public:
    Placement(int rows, int cols) : m_rows(rows), m_cols(cols), m_cells(static_cast<size_t>(rows * cols), 0)
    {
        place();
    }
    /// 0: unset (light), 1: fixed dark, otherwise codeword * 10 + bit (1 = most significant)
    int cell(int row, int col) const { return m_cells[static_cast<size_t>(row * m_cols + col)]; }

private:
    int& at(int row, int col) { return m_cells[static_cast<size_t>(row * m_cols + col)]; }

    void module(int row, int col, int word, int bit)
    {
        if (row < 0) {
            row += m_rows;
            col += 4 - ((m_rows + 4) % 8);
        }
        if (col < 0) {
            col += m_cols;
            row += 4 - ((m_cols + 4) % 8);
        }
        at(row, col) = 10 * word + bit;
    }
    void utah(int row, int col, int word)
    {
        module(row - 2, col - 2, word, 1);
        module(row - 2, col - 1, word, 2);
        module(row - 1, col - 2, word, 3);
        module(row - 1, col - 1, word, 4);
        module(row - 1, col, word, 5);
        module(row, col - 2, word, 6);
        module(row, col - 1, word, 7);
        module(row, col, word, 8);
    }
    void corner1(int word)
    {
        module(m_rows - 1, 0, word, 1);
        module(m_rows - 1, 1, word, 2);
        module(m_rows - 1, 2, word, 3);
        module(0, m_cols - 2, word, 4);
        module(0, m_cols - 1, word, 5);
        module(1, m_cols - 1, word, 6);
        module(2, m_cols - 1, word, 7);
        module(3, m_cols - 1, word, 8);
    }
    void corner2(int word)
    {
        module(m_rows - 3, 0, word, 1);
        module(m_rows - 2, 0, word, 2);
        module(m_rows - 1, 0, word, 3);
        module(0, m_cols - 4, word, 4);
        module(0, m_cols - 3, word, 5);
        module(0, m_cols - 2, word, 6);
        module(0, m_cols - 1, word, 7);
        module(1, m_cols - 1, word, 8);
    }
    void corner3(int word)
    {
        module(m_rows - 3, 0, word, 1);
        module(m_rows - 2, 0, word, 2);
        module(m_rows - 1, 0, word, 3);
        module(0, m_cols - 2, word, 4);
        module(0, m_cols - 1, word, 5);
        module(1, m_cols - 1, word, 6);
        module(2, m_cols - 1, word, 7);
        module(3, m_cols - 1, word, 8);
    }
    void corner4(int word)
    {
        module(m_rows - 1, 0, word, 1);
        module(m_rows - 1, m_cols - 1, word, 2);
        module(0, m_cols - 3, word, 3);
        module(0, m_cols - 2, word, 4);
        module(0, m_cols - 1, word, 5);
        module(1, m_cols - 3, word, 6);
        module(1, m_cols - 2, word, 7);
        module(1, m_cols - 1, word, 8);
    }
    void place()
    {
        int word = 1;
        int row = 4;
        int col = 0;
        do {
            if (row == m_rows && col == 0)
                corner1(word++);
            if (row == m_rows - 2 && col == 0 && m_cols % 4 != 0)
                corner2(word++);
            if (row == m_rows - 2 && col == 0 && m_cols % 8 == 4)
                corner3(word++);
            if (row == m_rows + 4 && col == 2 && m_cols % 8 == 0)
                corner4(word++);
            do { // up and to the right
                if (row < m_rows && col >= 0 && at(row, col) == 0)
                    utah(row, col, word++);
                row -= 2;
                col += 2;
            } while (row >= 0 && col < m_cols);
            row += 1;
            col += 3;
            do { // down and to the left
                if (row >= 0 && col < m_cols && at(row, col) == 0)
                    utah(row, col, word++);
                row += 2;
                col -= 2;
            } while (row < m_rows && col >= 0);
            row += 3;
            col += 1;
        } while (row < m_rows || col < m_cols);
        if (at(m_rows - 1, m_cols - 1) == 0) // fixed pattern in the unused corner
            at(m_rows - 1, m_cols - 1) = at(m_rows - 2, m_cols - 2) = 1;
    }

    int m_rows;
    int m_cols;
    std::vector<int> m_cells;
};

/// The symbol for GS1 content (element strings with GS separators, without the leading FNC1).
std::optional<Modules> encodeGs1(const QString& gs1)
{
    auto words = encodeAscii(gs1);
    if (!words)
        return std::nullopt;
    const SymbolSize* size = nullptr;
    for (const SymbolSize& s : Sizes) {
        if (static_cast<int>(words->size()) <= s.dataWords) {
            size = &s;
            break;
        }
    }
    if (!size)
        return std::nullopt;
    // Pad: 129 first, then the 253-state randomised pad (position counted from 1).
    if (static_cast<int>(words->size()) < size->dataWords)
        words->push_back(Pad);
    while (static_cast<int>(words->size()) < size->dataWords) {
        const int position = static_cast<int>(words->size()) + 1;
        int value = Pad + ((149 * position) % 253) + 1;
        if (value > 254)
            value -= 254;
        words->push_back(static_cast<uint8_t>(value));
    }
    const std::vector<uint8_t> ecc = reedSolomon(*words, size->eccWords);
    words->insert(words->end(), ecc.begin(), ecc.end());

    const int mapping = size->regionSize * size->regions;
    const Placement placement(mapping, mapping);
    Modules m;
    m.width = m.height = size->size;
    m.dark.assign(static_cast<size_t>(m.width * m.height), false);
    const auto set = [&](int x, int y) { m.dark[static_cast<size_t>(y * m.width + x)] = true; };
    const int block = size->regionSize + 2;
    for (int ry = 0; ry < size->regions; ++ry) {
        for (int rx = 0; rx < size->regions; ++rx) {
            const int x0 = rx * block;
            const int y0 = ry * block;
            for (int i = 0; i < block; ++i) {
                set(x0, y0 + i);             // solid left edge
                set(x0 + i, y0 + block - 1); // solid bottom edge
                if (i % 2 == 0)
                    set(x0 + i, y0); // alternating top edge, dark in the top-left corner
                if (i % 2 == 1)
                    set(x0 + block - 1, y0 + i); // alternating right edge, dark in the bottom-right corner
            }
        }
    }
    for (int row = 0; row < mapping; ++row) {
        for (int col = 0; col < mapping; ++col) {
            const int v = placement.cell(row, col);
            bool dark = false;
            if (v == 1) {
                dark = true;
            } else if (v >= 10) {
                const uint8_t word = (*words)[static_cast<size_t>(v / 10 - 1)];
                dark = (word >> (8 - v % 10)) & 1;
            }
            if (dark) {
                const int x = (col / size->regionSize) * block + 1 + col % size->regionSize;
                const int y = (row / size->regionSize) * block + 1 + row % size->regionSize;
                set(x, y);
            }
        }
    }
    return m;
}

} // namespace dm

DecodedBarcode toDecoded(const ZXing::Result& r)
{
    return DecodedBarcode{QString::fromStdString(r.text()), QString::fromLatin1(ZXing::ToString(r.format())),
                          QString::fromStdString(r.symbologyIdentifier())};
}

} // namespace

Result<QList<DecodedBarcode>> ImageDecoder::decodeFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(Error::Code::Io, tr("The image file was not found."), QStringLiteral("no such file: ") + path);
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos carry their rotation in EXIF
    QImage image = reader.read();
    if (image.isNull()) {
        return fail(Error::Code::Io, tr("The file could not be read as an image."),
                    path + QStringLiteral(": ") + reader.errorString());
    }
    return decodeImage(image);
}

Result<QList<DecodedBarcode>> ImageDecoder::decodeImage(const QImage& image)
{
    if (image.isNull())
        return fail(Error::Code::InvalidArgument, tr("There is no image to read a barcode from."),
                    QStringLiteral("null QImage"));
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const qint64 pixels = qint64(gray.width()) * gray.height();
    if (pixels > MaxDecodePixels) {
        const double factor = std::sqrt(double(MaxDecodePixels) / double(pixels));
        gray = gray.scaled(int(gray.width() * factor), int(gray.height() * factor), Qt::KeepAspectRatio,
                           Qt::SmoothTransformation);
    }
    // ZXing's own downscaling pass (1.4) can find one symbol twice and then fails an internal assertion that
    // aborts the process, so the smaller copies are made here: full size first, then half and quarter size
    // (small or blurred symbols in a large photo), until something is found.
    const auto hints = ZXing::DecodeHints().setTryHarder(true).setTryRotate(true).setTryDownscale(false);
    QList<DecodedBarcode> found;
    QImage pass = gray;
    for (int attempt = 0; attempt < 3 && found.isEmpty(); ++attempt) {
        if (attempt > 0) {
            if (std::min(pass.width(), pass.height()) < 200)
                break;
            pass = pass.scaled(pass.width() / 2, pass.height() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        const ZXing::ImageView view(pass.constBits(), pass.width(), pass.height(), ZXing::ImageFormat::Lum,
                                    int(pass.bytesPerLine()));
        try {
            for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
                if (!r.isValid())
                    continue;
                const DecodedBarcode d = toDecoded(r);
                if (!found.contains(d))
                    found.append(d);
            }
        } catch (const std::exception& e) {
            return fail(Error::Code::InvalidArgument, tr("The barcode in the image could not be read."),
                        QStringLiteral("ZXing: ") + QString::fromUtf8(e.what()));
        }
    }
    qCDebug(lcScanning) << "decoded" << found.size() << "barcode(s) from a" << image.width() << "x" << image.height()
                        << "image";
    return found;
}

Result<QImage> ImageDecoder::encode(const QString& text, const QString& format, int width, int height)
{
    const ZXing::BarcodeFormat zxFormat = ZXing::BarcodeFormatFromString(format.toStdString());
    if (zxFormat == ZXing::BarcodeFormat::None) {
        return fail(Error::Code::InvalidArgument, tr("This barcode type cannot be printed."),
                    QStringLiteral("unknown barcode format: ") + format);
    }
    // GS1: a leading GS or the format's GS1 AIM id.
    QString content = text;
    bool gs1 = false;
    if (content.startsWith(QChar(Gs))) {
        gs1 = true;
        content.remove(0, 1);
    } else if ((zxFormat == ZXing::BarcodeFormat::Code128 && content.startsWith(u"]C1")) ||
               (zxFormat == ZXing::BarcodeFormat::DataMatrix && content.startsWith(u"]d2"))) {
        gs1 = true;
        content.remove(0, 3);
    }
    const auto cannotHold = [&](const QString& why) {
        return fail(Error::Code::InvalidArgument, tr("This text cannot be printed as that barcode type."),
                    format + QStringLiteral(": ") + why);
    };
    if (content.isEmpty())
        return cannotHold(QStringLiteral("empty content"));

    Modules modules;
    if (gs1 && zxFormat == ZXing::BarcodeFormat::DataMatrix) {
        auto m = dm::encodeGs1(content);
        if (!m)
            return cannotHold(QStringLiteral("GS1 content too long (over 174 codewords) or outside Latin-1"));
        modules = std::move(*m);
    } else {
        if (gs1 && zxFormat != ZXing::BarcodeFormat::Code128)
            return cannotHold(QStringLiteral("GS1 (FNC1) content is supported for Code128 and DataMatrix only"));
        std::wstring wide = content.toStdWString();
        if (gs1) {
            for (wchar_t& c : wide) {
                if (c == Gs)
                    c = Code128Fnc1;
            }
            wide.insert(wide.begin(), Code128Fnc1);
        }
        const bool linear = ZXing::BarcodeFormats(ZXing::BarcodeFormat::LinearCodes).testFlag(zxFormat);
        try {
            // 0 x 0 gives one pixel per module; render() scales and adds the quiet zone.
            const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(zxFormat).setMargin(0).encode(wide, 0, 0);
            modules = fromBitMatrix(matrix, linear);
        } catch (const std::exception& e) {
            return cannotHold(QString::fromUtf8(e.what()));
        }
    }
    return render(modules, width, height);
}

} // namespace saypro
