#pragma once
// sandbox: owns the opaque cursors of the incremental lists: base64url of "<feed>:<updated_at ms>:<sequence>".

#include <QByteArray>
#include <QString>

#include <optional>

namespace saypro {

/// The position after the last item of a page.
class SandboxCursor final
{
public:
    SandboxCursor() = default;
    SandboxCursor(QString feed, qint64 updatedMs, qint64 sequence)
        : m_feed(std::move(feed)), m_updatedMs(updatedMs), m_sequence(sequence)
    {}

    /// Reads a cursor this server gave out for `feed`; nothing when it is malformed or for another list.
    static std::optional<SandboxCursor> decode(const QString& feed, const QString& text);
    QString encode() const;

    const QString& feed() const { return m_feed; }
    qint64 updatedMs() const { return m_updatedMs; }
    qint64 sequence() const { return m_sequence; }

private:
    QString m_feed;
    qint64 m_updatedMs = 0;
    qint64 m_sequence = 0;
};

} // namespace saypro
