#pragma once
// ui: the main window's permanent status strip: station name, database file and order counts.

#include <QStatusBar>

class QLabel;

namespace saypro {

class StatusStrip final : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusStrip(QWidget* parent = nullptr);

    void setStation(const QString& station);
    void setDatabasePath(const QString& path);
    /// `cached` orders in the station's cache; `matching` of them pass the current search and filter
    /// (-1 while they are being counted).
    void setOrderCounts(qint64 cached, qint64 matching, bool filtered);

private:
    static void setText(QLabel* label, const QString& text);

    QLabel* m_station = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_orders = nullptr;
};

} // namespace saypro
