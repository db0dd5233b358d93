#include "SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "saypro.station.auth")

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretStore", text);
}

constexpr int kKeychainTimeoutMs = 5000;

/// Runs a keychain job to completion; false (with the reason) when it failed or took too long.
bool runJob(QKeychain::Job& job, QString* error)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec();
    if (!done) {
        *error = QStringLiteral("the keychain did not answer within %1 ms").arg(kKeychainTimeoutMs);
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = QStringLiteral("keychain error %1: %2").arg(int(job.error())).arg(job.errorString());
        return false;
    }
    return true;
}
} // namespace

SecretStore::SecretStore(QString service, QString fallbackDir, bool useKeychain)
    : m_service(std::move(service)), m_fallbackDir(std::move(fallbackDir)), m_useKeychain(useKeychain),
      m_backend(useKeychain ? Backend::Keychain : Backend::File)
{}

QString SecretStore::defaultFallbackDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/secrets");
}

QString SecretStore::warning() const
{
    if (m_backend == Backend::Keychain)
        return {};
    return tr("No keychain service is available: the marketplace token is kept in a file that only your user "
              "can read (%1). Install and unlock a keychain (for example GNOME Keyring) to keep it safer.")
        .arg(m_fallbackDir);
}

QString SecretStore::fallbackPath(const QString& key) const
{
    QString safe;
    for (QChar c : key)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : QChar(u'_');
    return m_fallbackDir + u'/' + safe;
}

Status SecretStore::store(const QString& key, const QString& secret)
{
    if (m_useKeychain) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setTextData(secret);
        QString error;
        if (runJob(job, &error)) {
            m_backend = Backend::Keychain;
            QFile::remove(fallbackPath(key)); // never leave an older copy in a file
            return {};
        }
        m_keychainError = error;
        qCWarning(lcSecrets).noquote() << "keychain unavailable, using the file fallback:" << error;
    }
    m_backend = Backend::File;
    return storeInFile(key, secret);
}

Result<QString> SecretStore::load(const QString& key)
{
    if (m_useKeychain) {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(key);
        QString error;
        if (runJob(job, &error)) {
            m_backend = Backend::Keychain;
            return job.textData();
        }
        if (job.error() == QKeychain::EntryNotFound && !QFile::exists(fallbackPath(key))) {
            m_backend = Backend::Keychain;
            return fail(Error::Code::NotFound, tr("No marketplace token is stored on this station."),
                        QStringLiteral("no secret '%1' in the keychain").arg(key));
        }
        m_keychainError = error;
        qCInfo(lcSecrets).noquote() << "reading from the file fallback:" << error;
    }
    m_backend = Backend::File;
    return loadFromFile(key);
}

Status SecretStore::remove(const QString& key)
{
    if (m_useKeychain) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        QString error;
        runJob(job, &error);
    }
    const QString path = fallbackPath(key);
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(Error::Code::Io, tr("The stored token could not be removed."),
                    QStringLiteral("cannot remove %1").arg(path));
    return {};
}

Status SecretStore::storeInFile(const QString& key, const QString& secret)
{
    QDir dir;
    if (!dir.mkpath(m_fallbackDir))
        return fail(Error::Code::Io, tr("The token could not be saved."),
                    QStringLiteral("cannot create %1").arg(m_fallbackDir));
    QFile::setPermissions(m_fallbackDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = fallbackPath(key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("The token could not be saved."),
                    QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Restrict before any byte is written, so the secret is never readable by others, even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8());
    if (!file.commit())
        return fail(Error::Code::Io, tr("The token could not be saved."),
                    QStringLiteral("cannot commit %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> SecretStore::loadFromFile(const QString& key) const
{
    const QString path = fallbackPath(key);
    QFile file(path);
    if (!file.exists())
        return fail(Error::Code::NotFound, tr("No marketplace token is stored on this station."),
                    QStringLiteral("no secret file %1").arg(path));
    const auto perms = file.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return fail(Error::Code::Io,
                    tr("The stored token file can be read by other users, so the station will not use it. Store the "
                       "token again."),
                    QStringLiteral("%1 has permissions %2").arg(path).arg(int(perms), 0, 16));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("The stored token could not be read."),
                    QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

} // namespace saypro
