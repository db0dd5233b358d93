#include "Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "saypro.station.domain")
Q_LOGGING_CATEGORY(lcStorage, "saypro.station.storage")
Q_LOGGING_CATEGORY(lcAudit, "saypro.station.audit")
Q_LOGGING_CATEGORY(lcDemo, "saypro.station.demo")
Q_LOGGING_CATEGORY(lcScanning, "saypro.station.scanning")
Q_LOGGING_CATEGORY(lcPick, "saypro.station.pick")
