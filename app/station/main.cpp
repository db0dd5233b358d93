// saypro-station: the packing-station GUI. The composition root: parses the command line, opens the
// station's database (creating a demo one on first start), or in training mode starts the practice
// marketplace and a station database of its own; builds the core services, the sync link and the window.

#include "ErrorMessage.h"
#include "MainWindow.h"
#include "MarketplaceLink.h"
#include "ScanSounds.h"
#include "Theme.h"
#include "TrainingMarketplace.h"
#include "auth/SecretStore.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Settings.h"
#include "common/StationPaths.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "intake/IntakeService.h"
#include "inventory/InventoryStore.h"
#include "pack/PackStore.h"
#include "pack/PickStore.h"
#include "sandbox/SandboxServer.h"
#include "scanning/ScanRouter.h"
#include "shipping/PrintJobs.h"
#include "shipping/ShipmentStore.h"
#include "shipping/TrackingAllocator.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/SyncStore.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

#include <cstdio>
#include <limits>
#include <memory>

using namespace saypro;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("main", text);
}

constexpr quint64 kDemoSeed = 1;
constexpr qint64 kDefaultDemoOrders = 2000;

/// The stock, intake, packing and scan-routing services over one database, handed to the window together.
struct StockServices
{
    std::unique_ptr<CatalogueStore> catalogue;
    std::unique_ptr<InventoryStore> inventory;
    std::unique_ptr<IntakeService> intake;
    std::unique_ptr<PickStore> pick;
    std::unique_ptr<PackStore> pack;
    std::unique_ptr<ScanRouter> router;
    std::unique_ptr<ShipmentStore> shipments;
    std::unique_ptr<PrintJobs> printJobs;

    static StockServices over(Database& database, const Clock& clock, const QString& station,
                              const ShippingMethods& methods)
    {
        StockServices s;
        s.catalogue = std::make_unique<CatalogueStore>(database);
        s.inventory = std::make_unique<InventoryStore>(database, clock, station);
        s.intake = std::make_unique<IntakeService>(database, clock, station);
        s.pick = std::make_unique<PickStore>(database, clock, station, *s.inventory, *s.intake);
        s.pack = std::make_unique<PackStore>(database, clock, station);
        s.router = std::make_unique<ScanRouter>(database);
        s.shipments = std::make_unique<ShipmentStore>(database, clock, station, methods);
        s.printJobs = std::make_unique<PrintJobs>(database, clock, station);
        return s;
    }
    /// The window reads stock, checks, holds and allocations through these from now on.
    void showIn(MainWindow& window) const
    {
        window.setPackServices(pick.get(), pack.get(), router.get());
        window.setStockServices(inventory.get(), catalogue.get());
        window.setIntakeService(intake.get());
        window.setShippingServices(shipments.get(), printJobs.get());
    }
};

/// The open database and the services reading it on the GUI thread; replaced as a whole when another file
/// is opened. The services go before the database they read.
struct Session
{
    std::unique_ptr<Database> database;
    std::unique_ptr<OrderStore> orders;
    std::unique_ptr<SyncStore> sync;
    StockServices stock;
};

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/// First start: creates the database at `path` with demo orders, showing progress. The orders go into a
/// temporary file that takes the real name only when complete, so an interrupted first start leaves no
/// half-filled station database behind.
Result<std::unique_ptr<Database>> createDemoDatabase(const QString& path, qint64 orders, const Clock& clock,
                                                     const QString& station)
{
    const QString partial = path + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    {
        auto opened = Database::open(partial, Database::OpenMode::CreateIfMissing);
        if (!opened)
            return opened;
        QProgressDialog progress(tr("Setting up this station with %1 demo orders…").arg(QLocale().toString(orders)),
                                 QString(), 0, int(qMin<qint64>(orders, std::numeric_limits<int>::max())));
        progress.setWindowTitle(tr("SayPro Station"));
        progress.setAccessibleName(tr("Creating demo orders"));
        progress.setCancelButton(nullptr);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60);
        progress.setAutoClose(false);
        progress.setValue(0);
        const auto generated =
            DemoGenerator::generate(**opened, clock, orders, kDemoSeed, station,
                                    [&progress](qint64 done, qint64) { progress.setValue(int(done)); });
        if (!generated) {
            opened->reset();
            removeDatabaseFiles(partial);
            return std::unexpected(generated.error());
        }
    } // closed: SQLite folds the write-ahead log into the file
    if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
        removeDatabaseFiles(partial);
        return fail(Error::Code::Io, tr("The new station database could not be put in place: %1").arg(path),
                    QStringLiteral("rename %1 -> %2 failed").arg(partial, path));
    }
    return Database::open(path, Database::OpenMode::OpenExisting);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // "SayPro" / "SayPro Station", shared with saypro-stationctl so both find the same database.
    StationPaths::setApplicationIdentity();

    Translations::install(QLocale());

    Theme::apply(app);

    const QString defaultPath = StationPaths::defaultDatabasePath(); // <AppDataLocation>/station.db
    const TrainingMarketplace training(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SayPro Station: packing-station software for the SayPro marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("Open the station database at <path>. Without it: %1, created with demo orders on first start.")
            .arg(QDir::toNativeSeparators(defaultPath)),
        tr("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-orders"),
        tr("How many demo orders to create when the default database is made on first start (default %1).")
            .arg(kDefaultDemoOrders),
        tr("count"), QString::number(kDefaultDemoOrders));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        tr("Open the Orders screen with order <number> selected, e.g. SP-00001234 (with --screen pack: "
           "open that order's pack)."),
        tr("number"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        tr("Practise on a training marketplace that runs inside the station, with orders arriving as you work. "
           "It keeps its own files in %1 and never touches the station's real database.")
            .arg(QDir::toNativeSeparators(training.folder())));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        tr("Open on the screen <name>: %1 (default orders).").arg(MainWindow::screenKeys().join(QStringLiteral(", "))),
        tr("name"));
    parser.addOptions({dbOption, demoOption, selectOption, trainingOption, screenOption});
    parser.process(app);

    if (parser.isSet(screenOption) && !MainWindow::screenKeys().contains(parser.value(screenOption))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("--screen needs one of %1, not \"%2\".")
                           .arg(MainWindow::screenKeys().join(QStringLiteral(", ")), parser.value(screenOption))));
        return 2;
    }

    bool countOk = false;
    const qint64 demoOrders = parser.value(demoOption).toLongLong(&countOk);
    if (!countOk || demoOrders < 0) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("--demo-orders needs a whole number of 0 or more, not \"%1\".").arg(parser.value(demoOption))));
        return 2;
    }
    const bool trainingMode = parser.isSet(trainingOption);
    if (trainingMode && (parser.isSet(dbOption) || parser.isSet(demoOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--training uses its own databases in %1; leave out --db and --demo-orders.")
                                    .arg(QDir::toNativeSeparators(training.folder()))));
        return 2;
    }

    SystemClock clock;
    Settings settings;
    QString station = settings.stationId();
    Session session;
    std::unique_ptr<SandboxServer> sandbox;
    if (trainingMode) {
        // The practice marketplace first: the station's training database only ever holds what it serves.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto started = training.start(training.options());
        QGuiApplication::restoreOverrideCursor();
        if (!started) {
            ErrorMessage::show(nullptr, tr("SayPro Station"), tr("The training marketplace could not be started."),
                               started.error());
            return 1;
        }
        sandbox = std::move(*started);
        auto opened = Database::open(training.stationDatabasePath(), Database::OpenMode::CreateIfMissing);
        if (!opened) {
            ErrorMessage::show(nullptr, tr("SayPro Station"),
                               tr("The training station database %1 could not be opened.")
                                   .arg(QDir::toNativeSeparators(training.stationDatabasePath())),
                               opened.error());
            return 1;
        }
        session.database = std::move(*opened);
    } else {
        const bool explicitPath = parser.isSet(dbOption);
        const QString path = explicitPath ? parser.value(dbOption) : defaultPath;
        if (!explicitPath && !QFileInfo::exists(path)) {
            auto created = createDemoDatabase(path, demoOrders, clock, station);
            if (!created) {
                ErrorMessage::show(
                    nullptr, tr("SayPro Station"),
                    tr("The station's database could not be created at %1.").arg(QDir::toNativeSeparators(path)),
                    created.error());
                return 1;
            }
            session.database = std::move(*created);
        } else {
            // An explicit or existing file is never created or replaced: a wrong path is an error to show.
            auto opened = Database::open(path, Database::OpenMode::OpenExisting);
            if (!opened) {
                ErrorMessage::show(
                    nullptr, tr("SayPro Station"),
                    tr("The station database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                    opened.error());
                return 1;
            }
            session.database = std::move(*opened);
        }
    }
    QString carriersWarning;
    const ShippingMethods shippingMethods = ShippingMethods::load(settings.shippingCarriersFile(), &carriersWarning);
    session.orders = std::make_unique<OrderStore>(*session.database, clock, station);
    session.sync = std::make_unique<SyncStore>(*session.database, clock, station);
    session.stock = StockServices::over(*session.database, clock, station, shippingMethods);
    if (trainingMode) {
        // The training marketplace's warehouses, with the addresses its labels are sent from.
        CatalogueStore catalogue(*session.database);
        for (const Warehouse& w : DemoGenerator::warehouses())
            if (auto r = catalogue.upsertWarehouse(w); !r)
                qCWarning(lcDomain).noquote() << "training warehouse" << w.code << r.error().detail;
        // Training labels need numbers: the built-in (training) ranges for every carrier that has none.
        if (auto added =
                TrackingAllocator(*session.database, clock, station).addDefaultRanges(QStringLiteral("training"));
            !added)
            qCWarning(lcDomain).noquote() << "training tracking ranges:" << added.error().detail;
    }

    MainWindow window(*session.orders, station, session.database->path());
    window.setTrainingMode(trainingMode);
    ScanSounds sounds(settings);
    window.setScanSounds(&sounds);
    {
        PickSettings pick;
        pick.confirmation = settings.pickItemOnly() ? PickConfirmation::ItemOnly : PickConfirmation::BinThenItem;
        PackSettings pack;
        pack.weightTolerancePercent = settings.packWeightTolerancePercent();
        pack.weightToleranceMinGrams = settings.packWeightToleranceMinGrams();
        pack.packagingGrams = settings.packPackagingGrams();
        window.setScanningSettings(pick, pack);
    }
    window.setLabelPrinter(settings.labelPrinter(), settings.labelDpi(), settings.labelSize());
    window.setDocumentPrinter(settings.documentPrinter());
    window.setSyncStore(session.sync.get());
    session.stock.showIn(window);
    if (!carriersWarning.isEmpty())
        window.statusBar()->showMessage(carriersWarning, 30000);
    SecretStore secrets(QStringLiteral("SayPro Station"), SecretStore::defaultFallbackDir());
    if (!trainingMode)
        window.setConnectionStores(&settings, &secrets);

    // Sync follows the open database and the saved connection; it is set up again when either changes.
    MarketplaceLink link;
    auto connectSync = [&] {
        window.setNotConnected();
        if (trainingMode) {
            link.setUpTraining(*sandbox, station, session.database->path(), TrainingMarketplace::kSyncIntervalSeconds);
        } else {
            const MarketplaceLink::Outcome outcome = link.setUp(settings, secrets, session.database->path());
            // Only while a token is actually kept in the fallback file.
            window.setSecretWarning(outcome == MarketplaceLink::Outcome::Ready ? secrets.warning() : QString());
            if (outcome != MarketplaceLink::Outcome::Ready) {
                window.setNotConnected(link.reason(), outcome == MarketplaceLink::Outcome::Failed);
                return;
            }
        }
        window.setSyncService(link.service());
        link.start();
    };

    QObject::connect(&window, &MainWindow::openDatabaseRequested, &window, [&](const QString& chosen) {
        auto opened = Database::open(chosen, Database::OpenMode::OpenExisting);
        if (!opened) {
            ErrorMessage::show(&window, window.windowTitle(),
                               tr("%1 could not be opened.").arg(QDir::toNativeSeparators(chosen)), opened.error());
            return;
        }
        link.stop(); // the old database's sync ends before the file is let go
        window.setNotConnected();
        auto orders = std::make_unique<OrderStore>(**opened, clock, station);
        auto sync = std::make_unique<SyncStore>(**opened, clock, station);
        StockServices stock = StockServices::over(**opened, clock, station, shippingMethods);
        window.setDatabase(*orders, (*opened)->path());
        window.setSyncStore(sync.get());
        stock.showIn(window);
        // The window reads from the new stores now; the old stores go before the old database.
        session.stock = std::move(stock);
        session.sync = std::move(sync);
        session.orders = std::move(orders);
        session.database = std::move(*opened);
        connectSync();
    });
    QObject::connect(&window, &MainWindow::connectionSaved, &window, [&] {
        link.stop();
        window.setNotConnected();
        if (settings.stationId() != station) {
            // Changes and audit entries from now on carry the new id.
            station = settings.stationId();
            auto orders = std::make_unique<OrderStore>(*session.database, clock, station);
            auto sync = std::make_unique<SyncStore>(*session.database, clock, station);
            StockServices stock = StockServices::over(*session.database, clock, station, shippingMethods);
            window.setStation(station);
            window.setDatabase(*orders, session.database->path());
            window.setSyncStore(sync.get());
            stock.showIn(window);
            session.stock = std::move(stock);
            session.sync = std::move(sync);
            session.orders = std::move(orders);
        }
        connectSync();
    });

    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableSize());
    window.showMaximized();
    connectSync();

    const QString screenName = parser.value(screenOption);
    if (parser.isSet(selectOption) && (screenName == QLatin1String("pick") || screenName == QLatin1String("pack") ||
                                       screenName == QLatin1String("label"))) {
        // As if the order number were scanned: its walk starts when it is ready to pick, its pack opens when it
        // is picked.
        window.showScreenNamed(screenName);
        window.routeScan(parser.value(selectOption));
    } else {
        if (parser.isSet(selectOption) && !window.showOrder(parser.value(selectOption)))
            window.statusBar()->showMessage(tr("There is no order %1 in this station.").arg(parser.value(selectOption)),
                                            15000);
        if (parser.isSet(screenOption))
            window.showScreenNamed(screenName);
    }

    const int status = app.exec();
    // Sync first (it writes to the station database and talks to the marketplace), then the marketplace.
    window.setNotConnected();
    link.stop();
    if (sandbox)
        sandbox->stop();
    return status;
}
