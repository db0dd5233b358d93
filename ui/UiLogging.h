#pragma once
// ui: the logging category of the widgets layer, saypro.station.ui.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
