#include "OrderCounterWorker.h"

#include "UiLogging.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

namespace saypro {

OrderCounterWorker::OrderCounterWorker(QString databasePath) : m_path(std::move(databasePath)) {}

// The store goes before the connection it reads through.
OrderCounterWorker::~OrderCounterWorker()
{
    m_store.reset();
    m_database.reset();
}

void OrderCounterWorker::count(quint64 request, const OrderFilter& filter)
{
    if (request != m_latest.load())
        return; // typing went on; only the newest search is worth counting
    if (!m_store) {
        auto opened = Database::open(m_path, Database::OpenMode::ReadOnly);
        if (!opened) {
            qCWarning(lcUi).noquote() << "the order counter cannot open the database:" << opened.error().toString();
            Q_EMIT finished(request, -1, opened.error().message);
            return;
        }
        m_database = std::move(*opened);
        m_clock = std::make_unique<SystemClock>();
        m_store = std::make_unique<OrderStore>(*m_database, *m_clock, QString());
    }
    const Result<qint64> counted = m_store->count(filter);
    if (!counted) {
        qCWarning(lcUi).noquote() << "counting orders failed:" << counted.error().toString();
        Q_EMIT finished(request, -1, counted.error().message);
        return;
    }
    Q_EMIT finished(request, *counted, QString());
}

} // namespace saypro
