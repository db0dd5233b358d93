#pragma once
// ui: the main window's permanent status strip: the training-mode notice, the sync status, order
// counts, the database file and the station name.

#include <QStatusBar>

class QLabel;

namespace saypro {

class SyncStatusWidget;

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
    /// Shows (or hides) the notice that the station works against the practice marketplace.
    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    SyncStatusWidget* syncStatus() const { return m_sync; }

private:
    static void setText(QLabel* label, const QString& text);

    QLabel* m_station = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_orders = nullptr;
    QLabel* m_training = nullptr;
    SyncStatusWidget* m_sync = nullptr;
};

} // namespace saypro
