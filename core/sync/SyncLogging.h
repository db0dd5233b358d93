#pragma once
// sync: the logging category of the sync module, saypro.station.sync.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
