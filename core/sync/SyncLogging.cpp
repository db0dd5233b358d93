#include "SyncLogging.h"

Q_LOGGING_CATEGORY(lcSync, "saypro.station.sync")
