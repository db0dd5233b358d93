#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "saypro.station.ui")
