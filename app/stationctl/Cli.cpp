#include "Cli.h"

#include "common/StationPaths.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption o(
        QStringLiteral("db"), tr("The station database file (default: %1).").arg(StationPaths::defaultDatabasePath()),
        QStringLiteral("PATH"));
    return o;
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption o(QStringLiteral("json"), tr("Print machine-readable JSON on standard output."));
    return o;
}
} // namespace

bool CommandContext::json() const
{
    return m_parser.isSet(jsonOption());
}

QString CommandContext::databasePath() const
{
    return m_parser.isSet(dbOption()) ? m_parser.value(dbOption()) : StationPaths::defaultDatabasePath();
}

std::unique_ptr<Database> CommandContext::openDatabase(int mode)
{
    auto db = Database::open(databasePath(), Database::OpenMode(mode));
    if (!db) {
        failWith(db.error());
        return nullptr;
    }
    return std::move(*db);
}

QTextStream& CommandContext::out()
{
    return m_cli.out();
}

QTextStream& CommandContext::err()
{
    return m_cli.err();
}

void CommandContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int CommandContext::failWith(const Error& error, int exitCode)
{
    err() << tr("error: ") << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err() << tr("detail: ") << error.detail << Qt::endl;
    return exitCode;
}

int CommandContext::usageError(const QString& message)
{
    err() << tr("error: ") << message << Qt::endl;
    err() << tr("Run '%1 --help' for usage.").arg(QCoreApplication::applicationFilePath().section(u'/', -1))
          << Qt::endl;
    return ExitUsage;
}

Cli::Cli() : m_out(stdout), m_err(stderr) {}

void Cli::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command* Cli::find(const QStringList& words, int* consumed) const
{
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (best && consumed)
        *consumed = int(best->words.size());
    return best;
}

void Cli::printOverview()
{
    m_out << tr("SayPro Station control %1 — administer and script a packing station.")
                 .arg(QStringLiteral(STATION_VERSION))
          << "\n\n"
          << tr("Usage: saypro-stationctl COMMAND [OPTIONS]") << "\n\n"
          << tr("Commands:") << "\n";
    int width = 0;
    for (const Command& c : m_commands)
        width = std::max(width, int(c.words.join(u' ').size() + c.positional.size() + 1));
    for (const Command& c : m_commands) {
        const QString head = c.words.join(u' ') + (c.positional.isEmpty() ? QString() : u' ' + c.positional);
        m_out << "  " << head.leftJustified(width + 2) << c.summary << "\n";
    }
    m_out << "\n"
          << tr("Every command takes --db PATH (default: %1) and --json.").arg(StationPaths::defaultDatabasePath())
          << "\n"
          << tr("Run 'saypro-stationctl COMMAND --help' for a command's options.") << "\n"
          << tr("Exit status: 0 success, 1 failure or a problem found, 2 wrong command line.") << "\n";
    m_out.flush();
}

void Cli::printCommandHelp(const Command& command, const QCommandLineParser& parser)
{
    const QString usage = QStringLiteral("saypro-stationctl ") + command.words.join(u' ') +
                          (command.positional.isEmpty() ? QString() : u' ' + command.positional) +
                          QStringLiteral(" [OPTIONS]");
    m_out << tr("Usage: %1").arg(usage) << "\n\n" << command.summary << "\n";
    if (!command.description.isEmpty())
        m_out << "\n" << command.description << "\n";
    // QCommandLineParser's help text lists the options; drop its own usage line.
    QString options = parser.helpText();
    const qsizetype at = options.indexOf(QLatin1String("Options:"));
    if (at >= 0)
        options = options.mid(at);
    m_out << "\n" << options;
    m_out.flush();
}

int Cli::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        if (args.size() > 1 && args.first() == QLatin1String("help")) {
            int consumed = 0;
            if (const Command* c = find(args.mid(1), &consumed))
                return run(QStringList{arguments.first()} + c->words + QStringList{QStringLiteral("--help")});
        }
        printOverview();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        m_out << "saypro-stationctl " << STATION_VERSION << "\n";
        m_out.flush();
        return ExitOk;
    }
    QStringList words;
    for (const QString& a : args) {
        if (a.startsWith(u'-'))
            break;
        words << a;
    }
    int consumed = 0;
    const Command* command = find(words, &consumed);
    if (!command) {
        m_err << tr("error: unknown command '%1'.").arg(words.isEmpty() ? args.first() : words.join(u' ')) << "\n"
              << tr("Run 'saypro-stationctl --help' for the list of commands.") << Qt::endl;
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    for (const QCommandLineOption& o : command->options)
        parser.addOption(o);
    // The program name and the remaining arguments after the command words.
    if (!parser.parse(QStringList{arguments.first()} + args.mid(consumed))) {
        CommandContext ctx(*this, parser);
        return ctx.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printCommandHelp(*command, parser);
        return ExitOk;
    }
    CommandContext ctx(*this, parser);
    const int code = command->run(ctx);
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace saypro
