#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "saypro.station.sandbox")
