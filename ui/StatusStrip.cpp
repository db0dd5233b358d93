#include "StatusStrip.h"

#include "SyncStatusWidget.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace saypro {

StatusStrip::StatusStrip(QWidget* parent) : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusStrip"));
    setAccessibleName(tr("Status"));
    setSizeGripEnabled(false);
    auto make = [this](const char* objectName) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setContentsMargins(8, 2, 8, 2);
        addPermanentWidget(label);
        return label;
    };
    m_training = make("trainingModeLabel");
    m_training->setText(tr("Training mode — practice marketplace"));
    m_training->setAccessibleName(m_training->text());
    m_training->setAccessibleDescription(
        tr("Orders come from a practice marketplace inside this program; nothing reaches real customers."));
    m_training->setToolTip(m_training->accessibleDescription());
    // Bold on a pale amber, with the words saying it: never the colour alone.
    m_training->setStyleSheet(QStringLiteral("QLabel#trainingModeLabel { font-weight: bold; color: #4a3300; "
                                             "background: #ffe7a3; border: 1px solid #c99a1e; border-radius: 3px; }"));
    m_training->hide();
    m_sync = new SyncStatusWidget(this);
    addPermanentWidget(m_sync);
    m_orders = make("orderCountLabel");
    m_database = make("databaseLabel");
    m_station = make("stationLabel");
}

void StatusStrip::setText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
}

void StatusStrip::setStation(const QString& station)
{
    setText(m_station, tr("Station: %1").arg(station));
}

void StatusStrip::setDatabasePath(const QString& path)
{
    setText(m_database, tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_database->setToolTip(QFileInfo(path).absoluteFilePath());
}

void StatusStrip::setOrderCounts(qint64 cached, qint64 matching, bool filtered)
{
    const QLocale locale;
    if (cached < 0) {
        setText(m_orders, tr("Orders: could not be counted"));
        return;
    }
    if (!filtered) {
        setText(m_orders, tr("Orders in cache: %1").arg(locale.toString(cached)));
        return;
    }
    if (matching < 0) {
        setText(m_orders, tr("Orders in cache: %1 · matching the filter: …").arg(locale.toString(cached)));
        return;
    }
    setText(
        m_orders,
        tr("Orders in cache: %1 · matching the filter: %2").arg(locale.toString(cached), locale.toString(matching)));
}

void StatusStrip::setTrainingMode(bool training)
{
    m_training->setVisible(training);
}

bool StatusStrip::isTrainingMode() const
{
    return !m_training->isHidden();
}

} // namespace saypro
