// saypro-stationctl: the station's command line for administrators and scripts. Links core only.

#include "Cli.h"

#include "common/StationPaths.h"
#include "common/Translations.h"

#include <QGuiApplication>
#include <QLocale>

#include <memory>

int main(int argc, char* argv[])
{
    // Labels, documents and manifests are drawn with QPainter (fonts need a QGuiApplication); the command line
    // never shows a window, so those commands run on the offscreen platform, which needs no display. Every other
    // command needs no more than QtCore.
    const bool draws = argc > 1 && (qstrcmp(argv[1], "label") == 0 || qstrcmp(argv[1], "manifest") == 0 ||
                                    qstrcmp(argv[1], "document") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    saypro::StationPaths::setApplicationIdentity();
    saypro::Translations::install(QLocale());
    saypro::Cli cli;
    saypro::registerBarcodeCommands(cli);
    saypro::registerDbCommands(cli);
    saypro::registerDemoCommands(cli);
    saypro::registerOrderCommands(cli);
    saypro::registerSandboxCommands(cli);
    saypro::registerShippingCommands(cli);
    saypro::registerStockCommands(cli);
    saypro::registerSyncCommands(cli);
    saypro::registerTrackingCommands(cli);
    return cli.run(QCoreApplication::arguments());
}
