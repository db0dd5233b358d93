#include "StationPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace saypro {

void StationPaths::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SayPro"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("saypro.example"));
    QCoreApplication::setApplicationName(QStringLiteral("SayPro Station"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
}

QString StationPaths::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/station.db");
}

} // namespace saypro
