#pragma once
// tests/cli: runs the real saypro-stationctl binary (STATIONCTL_PATH) as a child process, the way an
// administrator's script does, and fingerprints database files to show a refused command changed nothing.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace saypro::test {

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline Run stationctl(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(QStringLiteral(STATIONCTL_PATH));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace saypro::test
