#pragma once
// ui: the part of OrderCounter that lives on its worker thread and owns that thread's database connection.

#include "storage/OrderFilter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace saypro {

class Database;
class OrderStore;
class SystemClock;

class OrderCounterWorker final : public QObject
{
    Q_OBJECT

public:
    explicit OrderCounterWorker(QString databasePath);
    ~OrderCounterWorker() override;

    /// Counts on the worker thread; opens the read-only connection on first use. A request that is no
    /// longer the latest when its turn comes is skipped.
    void count(quint64 request, const OrderFilter& filter);
    /// Called from the owner's thread as each request is made.
    void setLatest(quint64 request) { m_latest.store(request); }

Q_SIGNALS:
    /// `error` is empty on success.
    void finished(quint64 request, qint64 count, const QString& error);

private:
    QString m_path;
    std::atomic<quint64> m_latest = 0;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrderStore> m_store;
};

} // namespace saypro
