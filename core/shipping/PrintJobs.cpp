#include "PrintJobs.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace saypro {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kColumns = QStringLiteral(
    "id, created_at, actor, document, order_id, manifest_id, format, printer, reprint, reason, status, attempts, "
    "last_error, finished_at");

PrintJob readJob(const QSqlQuery& q)
{
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    j.actor = q.value(2).toString();
    j.document = q.value(3).toString();
    j.orderId = q.value(4).toLongLong();
    j.manifestId = q.value(5).toLongLong();
    j.format = q.value(6).toString();
    j.printer = q.value(7).toString();
    j.reprint = q.value(8).toBool();
    j.reason = q.value(9).toString();
    j.status = q.value(10).toString();
    j.attempts = q.value(11).toInt();
    j.lastError = q.value(12).toString();
    if (!q.value(13).isNull())
        j.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    return j;
}

} // namespace

PrintJobs::PrintJobs(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

Result<qint64> PrintJobs::add(PrintJob job)
{
    if (job.reprint && job.reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("Say why the document is printed again."),
                    QStringLiteral("print job: reprint of %1 without a reason").arg(job.document));
    if (job.payload.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("There is nothing to print."),
                    QStringLiteral("print job: empty %1").arg(job.document));
    auto q =
        m_db.query(QStringLiteral("INSERT INTO print_jobs (created_at, station, actor, document, order_id, "
                                  "manifest_id, format, printer, reprint, reason, status, payload) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
                   {m_clock.nowMs(), Database::text(m_station), Database::text(job.actor), Database::text(job.document),
                    idOrNull(job.orderId), idOrNull(job.manifestId), Database::text(job.format),
                    Database::text(job.printer), job.reprint, Database::text(job.reason.trimmed()), job.payload},
                   QStringLiteral("record a %1 print job").arg(job.document));
    if (!q)
        return std::unexpected(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    qCInfo(lcStorage).noquote() << "print job" << id << job.document << job.format << "to" << job.printer
                                << (job.reprint ? QStringLiteral("(reprint: %1)").arg(job.reason) : QString());
    return id;
}

Status PrintJobs::markPrinted(qint64 id)
{
    auto q =
        m_db.query(QStringLiteral("UPDATE print_jobs SET status = 'printed', attempts = attempts + 1, last_error = '', "
                                  "finished_at = ? WHERE id = ?"),
                   {m_clock.nowMs(), id}, QStringLiteral("print job %1 printed").arg(id));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status PrintJobs::markFailed(qint64 id, const QString& error)
{
    qCWarning(lcStorage).noquote() << "print job" << id << "failed:" << error;
    auto q =
        m_db.query(QStringLiteral("UPDATE print_jobs SET status = 'failed', attempts = attempts + 1, last_error = ? "
                                  "WHERE id = ?"),
                   {Database::text(error), id}, QStringLiteral("print job %1 failed").arg(id));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<PrintJob> PrintJobs::job(qint64 id) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", payload FROM print_jobs WHERE id = ?"),
                        {id}, QStringLiteral("print job %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("There is no print job %1.").arg(id),
                    QStringLiteral("no print job %1").arg(id));
    PrintJob j = readJob(*q);
    j.payload = q->value(14).toByteArray();
    return j;
}

Result<QList<PrintJob>> PrintJobs::unprinted(int limit) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(", payload FROM print_jobs WHERE status <> 'printed' ORDER BY id LIMIT ?"),
                        {limit}, QStringLiteral("unprinted jobs"));
    if (!q)
        return std::unexpected(q.error());
    QList<PrintJob> out;
    while (q->next()) {
        out.append(readJob(*q));
        out.last().payload = q->value(14).toByteArray();
    }
    return out;
}

Result<int> PrintJobs::printedCount(qint64 orderId, const QString& document) const
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM print_jobs WHERE order_id = ? AND document = ? AND "
                                       "status = 'printed'"),
                        {orderId, document}, QStringLiteral("printed %1 jobs of order %2").arg(document).arg(orderId));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<PrintJob>> PrintJobs::latest(int limit) const
{
    auto q =
        m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM print_jobs ORDER BY id DESC LIMIT ?"),
                   {limit}, QStringLiteral("latest print jobs"));
    if (!q)
        return std::unexpected(q.error());
    QList<PrintJob> out;
    while (q->next())
        out.append(readJob(*q));
    return out;
}

RawTcpPrinter::RawTcpPrinter(QObject* parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        done(m_socket.state() == QAbstractSocket::ConnectedState
                 ? tr("The printer %1 stopped taking the label; it is kept and can be printed again.").arg(m_target)
                 : tr("The printer %1 does not answer; the label is kept and can be printed again.").arg(m_target));
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.write(m_data);
        m_timeout.start();
    });
    connect(&m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        m_written += written;
        if (m_written >= m_data.size()) {
            m_socket.disconnectFromHost();
            done({});
        } else {
            m_timeout.start();
        }
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_done)
            return;
        qCWarning(lcStorage).noquote() << "printer" << m_target << m_socket.errorString();
        done(tr("The printer %1 cannot be reached (%2); the label is kept and can be printed again.")
                 .arg(m_target, m_socket.errorString()));
    });
}

void RawTcpPrinter::send(const QString& host, quint16 port, const QByteArray& data, int timeoutMs)
{
    m_data = data;
    m_written = 0;
    m_done = false;
    m_target = QStringLiteral("%1:%2").arg(host).arg(port);
    m_timeout.setInterval(timeoutMs);
    m_timeout.start();
    m_socket.connectToHost(host, port);
}

void RawTcpPrinter::done(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (!error.isEmpty())
        m_socket.abort();
    Q_EMIT finished(error);
}

Status RawTcpPrinter::sendBlocking(const QString& host, quint16 port, const QByteArray& data, int timeoutMs)
{
    const QString target = QStringLiteral("%1:%2").arg(host).arg(port);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMs))
        return fail(Error::Code::Io,
                    tr("The printer %1 cannot be reached (%2); the label is kept and can be printed again.")
                        .arg(target, socket.errorString()),
                    QStringLiteral("raw print to %1: connect: %2").arg(target, socket.errorString()));
    qint64 offset = 0;
    while (offset < data.size()) {
        const qint64 n = socket.write(data.constData() + offset, data.size() - offset);
        if (n < 0 || !socket.waitForBytesWritten(timeoutMs))
            return fail(Error::Code::Io,
                        tr("The printer %1 stopped taking the label; it is kept and can be printed again.").arg(target),
                        QStringLiteral("raw print to %1: write at %2 of %3: %4")
                            .arg(target)
                            .arg(offset)
                            .arg(data.size())
                            .arg(socket.errorString()));
        offset += n;
    }
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(timeoutMs))
            return fail(Error::Code::Io,
                        tr("The printer %1 stopped taking the label; it is kept and can be printed again.").arg(target),
                        QStringLiteral("raw print to %1: flush: %2").arg(target, socket.errorString()));
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return {};
}

std::optional<std::pair<QString, quint16>> RawTcpPrinter::parseAddress(const QString& address)
{
    const QString a = address.trimmed();
    if (a.isEmpty())
        return std::nullopt;
    const qsizetype colon = a.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::pair<QString, quint16>{a, quint16(9100)};
    bool ok = false;
    const uint port = a.mid(colon + 1).toUInt(&ok);
    const QString host = a.left(colon);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return std::nullopt;
    return std::pair<QString, quint16>{host, quint16(port)};
}

} // namespace saypro
