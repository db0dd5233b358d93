// saypro-stationctl: the station's command line for administrators and scripts. Links core only.

#include "Cli.h"

#include "common/StationPaths.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    saypro::StationPaths::setApplicationIdentity();
    saypro::Translations::install(QLocale());
    saypro::Cli cli;
    saypro::registerBarcodeCommands(cli);
    saypro::registerDbCommands(cli);
    saypro::registerDemoCommands(cli);
    saypro::registerOrderCommands(cli);
    saypro::registerSandboxCommands(cli);
    saypro::registerStockCommands(cli);
    saypro::registerSyncCommands(cli);
    saypro::registerTrackingCommands(cli);
    return cli.run(QCoreApplication::arguments());
}
