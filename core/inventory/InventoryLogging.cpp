#include "InventoryLogging.h"

Q_LOGGING_CATEGORY(lcInventory, "saypro.station.inventory")
