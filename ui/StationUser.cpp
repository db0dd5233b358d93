#include "StationUser.h"

#include <QtGlobal>

namespace saypro {

QString StationUser::actor()
{
    QString name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME").trimmed(); // Windows
    return name.isEmpty() ? QStringLiteral("station") : name;
}

} // namespace saypro
