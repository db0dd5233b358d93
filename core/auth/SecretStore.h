#pragma once
// auth: where the station keeps secrets (the marketplace token): the OS keychain through QtKeychain,
// or, when no keychain service runs (a headless machine), a file only the user can read, with a
// warning the station shows. Secrets are never logged.

#include "common/Error.h"

#include <QString>

namespace saypro {

class SecretStore final
{
public:
    enum class Backend { Keychain, File };

    /// `service` names the keychain entry group; `fallbackDir` holds the fallback files (created 0700).
    /// `useKeychain` false skips the keychain (tests, or an administrator's explicit choice).
    SecretStore(QString service, QString fallbackDir, bool useKeychain = true);

    Status store(const QString& key, const QString& secret);
    /// The secret; NotFound when none is stored.
    Result<QString> load(const QString& key);
    Status remove(const QString& key);

    /// Where the last store/load went.
    Backend backend() const { return m_backend; }
    /// A translated warning to show while secrets live in a file rather than the keychain; empty otherwise.
    QString warning() const;
    /// The default fallback folder: <AppConfigLocation>/secrets.
    static QString defaultFallbackDir();

private:
    QString fallbackPath(const QString& key) const;
    Status storeInFile(const QString& key, const QString& secret);
    Result<QString> loadFromFile(const QString& key) const;

    QString m_service;
    QString m_fallbackDir;
    bool m_useKeychain = true;
    Backend m_backend = Backend::Keychain;
    QString m_keychainError;
};

} // namespace saypro
