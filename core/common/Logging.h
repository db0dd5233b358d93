#pragma once
// common: the logging categories of core, one per module, named saypro.station.<module>.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcScanning)
Q_DECLARE_LOGGING_CATEGORY(lcPick)
