#include "OrderCounter.h"

#include "OrderCounterWorker.h"

namespace saypro {

OrderCounter::OrderCounter(const QString& databasePath, QObject* parent)
    : QObject(parent), m_worker(new OrderCounterWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("order counter"));
    m_worker->moveToThread(&m_thread);
    // The worker, and with it the thread's connection, is destroyed on its own thread as the thread ends.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OrderCounterWorker::finished, this, &OrderCounter::finished);
    m_thread.start();
}

OrderCounter::~OrderCounter()
{
    m_thread.quit();
    m_thread.wait();
}

void OrderCounter::count(const OrderFilter& filter)
{
    const quint64 request = ++m_request;
    m_counting = true;
    m_worker->setLatest(request);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, filter] { worker->count(request, filter); }, Qt::QueuedConnection);
}

void OrderCounter::cancel()
{
    m_worker->setLatest(++m_request);
    m_counting = false;
}

void OrderCounter::finished(quint64 request, qint64 count, const QString& error)
{
    if (request != m_request)
        return; // an answer to a question nobody asks any more
    m_counting = false;
    if (error.isEmpty())
        Q_EMIT counted(count);
    else
        Q_EMIT failed(error);
}

} // namespace saypro
