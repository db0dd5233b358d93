// saypro-station: the packing-station GUI. The composition root: parses the command line, opens the
// station's database (creating a demo one on first start), builds the core services and the window.

#include "ErrorMessage.h"
#include "MainWindow.h"
#include "Theme.h"
#include "common/Clock.h"
#include "common/StationPaths.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

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

const QString kStation = QStringLiteral("ST-01");
constexpr quint64 kDemoSeed = 1;
constexpr qint64 kDefaultDemoOrders = 2000;

/// The open database and the services reading it; replaced as a whole when another file is opened.
struct Session
{
    std::unique_ptr<Database> database;
    std::unique_ptr<OrderStore> orders;
};

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/// First start: creates the database at `path` with demo orders, showing progress. The orders go into a
/// temporary file that takes the real name only when complete, so an interrupted first start leaves no
/// half-filled station database behind.
Result<std::unique_ptr<Database>> createDemoDatabase(const QString& path, qint64 orders, const Clock& clock)
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
            DemoGenerator::generate(**opened, clock, orders, kDemoSeed, kStation,
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
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          tr("Open the Orders screen with order <number> selected, e.g. SP-00001234."),
                                          tr("number"));
    QCommandLineOption trainingOption(QStringLiteral("training"));
    trainingOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, demoOption, selectOption, trainingOption});
    parser.process(app);

    bool countOk = false;
    const qint64 demoOrders = parser.value(demoOption).toLongLong(&countOk);
    if (!countOk || demoOrders < 0) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("--demo-orders needs a whole number of 0 or more, not \"%1\".").arg(parser.value(demoOption))));
        return 2;
    }

    SystemClock clock;
    Session session;
    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? parser.value(dbOption) : defaultPath;
    if (!explicitPath && !QFileInfo::exists(path)) {
        auto created = createDemoDatabase(path, demoOrders, clock);
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
            ErrorMessage::show(nullptr, tr("SayPro Station"),
                               tr("The station database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                               opened.error());
            return 1;
        }
        session.database = std::move(*opened);
    }
    session.orders = std::make_unique<OrderStore>(*session.database, clock, kStation);

    MainWindow window(*session.orders, kStation, session.database->path());
    QObject::connect(&window, &MainWindow::openDatabaseRequested, &window, [&](const QString& chosen) {
        auto opened = Database::open(chosen, Database::OpenMode::OpenExisting);
        if (!opened) {
            ErrorMessage::show(&window, window.windowTitle(),
                               tr("%1 could not be opened.").arg(QDir::toNativeSeparators(chosen)), opened.error());
            return;
        }
        auto orders = std::make_unique<OrderStore>(**opened, clock, kStation);
        window.setDatabase(*orders, (*opened)->path());
        // The window reads from the new store now; the old store goes before the old database.
        session.orders = std::move(orders);
        session.database = std::move(*opened);
    });

    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableSize());
    window.showMaximized();

    if (parser.isSet(selectOption) && !window.showOrder(parser.value(selectOption)))
        window.statusBar()->showMessage(tr("There is no order %1 in this station.").arg(parser.value(selectOption)),
                                        15000);

    return app.exec();
}
