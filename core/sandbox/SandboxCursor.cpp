#include "SandboxCursor.h"

#include <QStringList>

namespace saypro {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

std::optional<SandboxCursor> SandboxCursor::decode(const QString& feed, const QString& text)
{
    if (text.isEmpty() || text.size() > 200)
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(*decoded).split(u':');
    if (parts.size() != 3 || parts.at(0) != feed)
        return std::nullopt;
    bool okMs = false;
    bool okSeq = false;
    const qint64 ms = parts.at(1).toLongLong(&okMs);
    const qint64 seq = parts.at(2).toLongLong(&okSeq);
    if (!okMs || !okSeq || ms < 0 || seq < 0)
        return std::nullopt;
    return SandboxCursor(feed, ms, seq);
}

QString SandboxCursor::encode() const
{
    const QByteArray raw =
        m_feed.toLatin1() + ':' + QByteArray::number(m_updatedMs) + ':' + QByteArray::number(m_sequence);
    return QString::fromLatin1(raw.toBase64(kBase64));
}

} // namespace saypro
