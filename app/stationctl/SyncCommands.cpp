// stationctl: `sync` commands.

#include "Cli.h"

namespace saypro {

void registerSyncCommands(Cli& /*cli*/) {}

} // namespace saypro
