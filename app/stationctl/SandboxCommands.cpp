// stationctl: `sandbox` commands.

#include "Cli.h"

namespace saypro {

void registerSandboxCommands(Cli& /*cli*/) {}

} // namespace saypro
