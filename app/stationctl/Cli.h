#pragma once
// stationctl: the command registry and dispatcher of saypro-stationctl. Each command group registers
// its commands (words, summary, options, handler); Cli parses the words, the global and command
// options, prints help, and maps results to exit codes.

#include "common/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace saypro {

class Database;

/// Exit codes: 0 success, 1 the command ran and found a problem or failed, 2 the command line is wrong.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class Cli;

/// What a handler gets: the parsed options and positional arguments, and ways to answer.
class CommandContext final
{
public:
    CommandContext(Cli& cli, QCommandLineParser& parser) : m_cli(cli), m_parser(parser) {}

    QCommandLineParser& args() { return m_parser; }
    bool json() const;
    QString databasePath() const;

    /// Opens the database given by --db (or the station's default); prints the error and returns null on failure.
    std::unique_ptr<Database> openDatabase(int mode);

    QTextStream& out();
    QTextStream& err();
    void printJson(const QJsonValue& value);
    /// Prints the error for people (message) and administrators (detail) and returns ExitFailure.
    int failWith(const Error& error, int exitCode = ExitFailure);
    /// Prints a usage problem and returns ExitUsage.
    int usageError(const QString& message);

private:
    Cli& m_cli;
    QCommandLineParser& m_parser;
};

struct Command
{
    QStringList words;   ///< e.g. {"db", "check"}
    QString summary;     ///< one line, translated
    QString positional;  ///< e.g. "NUMBER" for usage lines
    QString description; ///< longer help, translated
    QList<QCommandLineOption> options;
    std::function<int(CommandContext&)> run;
};

class Cli final
{
public:
    Cli();
    void add(Command command);
    /// Runs the program with its arguments; returns the exit code.
    int run(const QStringList& arguments);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    void printOverview();
    void printCommandHelp(const Command& command, const QCommandLineParser& parser);
    const Command* find(const QStringList& words, int* consumed) const;

    QList<Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

void registerBarcodeCommands(Cli& cli);
void registerTrackingCommands(Cli& cli);
void registerDbCommands(Cli& cli);
void registerDemoCommands(Cli& cli);
void registerOrderCommands(Cli& cli);
void registerSandboxCommands(Cli& cli);
void registerShippingCommands(Cli& cli);
void registerStockCommands(Cli& cli);
void registerSyncCommands(Cli& cli);

} // namespace saypro
