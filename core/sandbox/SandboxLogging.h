#pragma once
// sandbox: the logging category of the training marketplace, saypro.station.sandbox.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
