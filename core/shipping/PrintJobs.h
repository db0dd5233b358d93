#pragma once
// shipping: every document the station prints, recorded with what was sent (print_jobs), and the raw ZPL path to
// a thermal label printer on TCP port 9100. A job is written before it is sent; one that fails stays in the
// table, ready to print again, so an unreachable printer never loses a label.

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

namespace saypro {

class Clock;
class Database;

/// One print job.
struct PrintJob
{
    qint64 id = 0;
    QDateTime createdAt;
    QString actor;
    QString document; ///< "label", "packing_slip", "invoice", "return_instructions", "manifest"
    qint64 orderId = 0;
    qint64 manifestId = 0;
    QString format;  ///< "zpl", "pdf"
    QString printer; ///< "tcp://host:9100", "cups:queue", "file:/path"
    bool reprint = false;
    QString reason; ///< a reprint's reason
    QString status; ///< "pending", "printed", "failed"
    int attempts = 0;
    QString lastError;
    QDateTime finishedAt;
    QByteArray payload;
};

class PrintJobs final
{
    Q_DECLARE_TR_FUNCTIONS(PrintJobs)

public:
    PrintJobs(Database& db, const Clock& clock, QString station);

    /// Records a job (pending) before it is sent; returns its id. A reprint needs a reason.
    Result<qint64> add(PrintJob job);
    /// The job was sent in full.
    Status markPrinted(qint64 id);
    /// The job could not be sent: it stays ready to print again (the error is kept for the person).
    Status markFailed(qint64 id, const QString& error);
    Result<PrintJob> job(qint64 id) const;
    /// Jobs that did not print (pending or failed), oldest first.
    Result<QList<PrintJob>> unprinted(int limit) const;
    /// How many `document` jobs of the order printed: after the first, printing it again is a reprint.
    Result<int> printedCount(qint64 orderId, const QString& document) const;
    /// The latest jobs, newest first, without payloads.
    Result<QList<PrintJob>> latest(int limit) const;

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

/// Sends raw bytes (ZPL) to a printer's TCP port (9100 by default) and reports when every byte is written or why
/// not: connection refused, no answer within the timeout, or the connection cut mid-job. One job per object.
class RawTcpPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit RawTcpPrinter(QObject* parent = nullptr);

    /// Starts sending; finished() follows exactly once.
    void send(const QString& host, quint16 port, const QByteArray& data, int timeoutMs = 5000);

    /// Sends and waits (for the command line; no event loop needed).
    static Status sendBlocking(const QString& host, quint16 port, const QByteArray& data, int timeoutMs = 5000);

    /// "host:port" or "host" (port 9100); std::nullopt when it is not of that form.
    static std::optional<std::pair<QString, quint16>> parseAddress(const QString& address);

Q_SIGNALS:
    /// `error` is empty on success, else a translated message for the person.
    void finished(const QString& error);

private:
    void done(const QString& error);

    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_data;
    QString m_target;
    qint64 m_written = 0;
    bool m_done = true;
};

} // namespace saypro
