#pragma once
// tests/gui: a temporary station database filled with demo orders at a fixed time, for the GUI tests.

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

class DemoDatabase final
{
public:
    static inline const QString kStation = QStringLiteral("ST-01");

    /// Creates `fileName` in a fresh temporary folder with `orders` demo orders (seed 1).
    DemoDatabase(qint64 orders, const QString& fileName = QStringLiteral("station.db"))
        : m_clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC))
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        auto opened = saypro::Database::open(m_dir.filePath(fileName), saypro::Database::OpenMode::CreateIfMissing);
        if (!opened) {
            m_error = opened.error().toString();
            return;
        }
        m_db = std::move(*opened);
        if (auto generated = saypro::DemoGenerator::generate(*m_db, m_clock, orders, 1, kStation); !generated) {
            m_error = generated.error().toString();
            return;
        }
        m_store = std::make_unique<saypro::OrderStore>(*m_db, m_clock, kStation);
    }

    bool isValid() const { return m_store != nullptr; }
    const QString& error() const { return m_error; }
    saypro::Database& database() { return *m_db; }
    saypro::OrderStore& store() { return *m_store; }
    QString path() const { return m_db->path(); }

    /// The first value of a one-column query, for looking things up the screens do not show.
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QTemporaryDir m_dir;
    saypro::ManualClock m_clock;
    std::unique_ptr<saypro::Database> m_db;
    std::unique_ptr<saypro::OrderStore> m_store;
    QString m_error;
};
