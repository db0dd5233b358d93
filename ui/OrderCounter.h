#pragma once
// ui: counts the orders matching a filter on a worker thread with its own read-only connection to the
// station database, so counting a large share of a million orders never freezes the screen.

#include "storage/OrderFilter.h"

#include <QObject>
#include <QThread>

namespace saypro {

class OrderCounterWorker;

class OrderCounter final : public QObject
{
    Q_OBJECT

public:
    explicit OrderCounter(const QString& databasePath, QObject* parent = nullptr);
    ~OrderCounter() override;

    /// Starts counting the orders matching `filter`; an earlier count still running no longer reports.
    void count(const OrderFilter& filter);
    /// Forgets the count still running, if any: it will not report.
    void cancel();
    /// True from count() until its result (or failure) is reported.
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    /// The result of the latest count().
    void counted(qint64 count);
    /// The latest count() failed; `message` is translated, the detail went to the log.
    void failed(const QString& message);

private:
    void finished(quint64 request, qint64 count, const QString& error);

    QThread m_thread;
    OrderCounterWorker* m_worker = nullptr;
    quint64 m_request = 0;
    bool m_counting = false;
};

} // namespace saypro
