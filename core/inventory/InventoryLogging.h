#pragma once
// inventory: the logging category of the inventory module, saypro.station.inventory.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcInventory)
