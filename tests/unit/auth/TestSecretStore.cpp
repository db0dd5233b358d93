// SecretStore: the keychain when one answers, otherwise a file only the user can read, with a warning.

#include "auth/SecretStore.h"
#include "common/Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace saypro;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileFallbackRoundTrip();
    void fallbackFileIsPrivate();
    void worldReadableFileIsRefused();
    void missingSecretIsNotFound();
    void keychainOrFallbackRoundTrip();
    void settingsDefaultsAndChanges();
    void scanningSettings();
};

void TestSecretStore::fileFallbackRoundTrip()
{
    QTemporaryDir dir;
    SecretStore store(QStringLiteral("saypro-test"), dir.filePath(QStringLiteral("secrets")), false);
    const QString token = QStringLiteral("tok_Ünïcode-🔑-%1").arg(QUuid::createUuid().toString());
    QVERIFY(store.store(QStringLiteral("marketplace/token"), token).has_value());
    QCOMPARE(store.backend(), SecretStore::Backend::File);
    QVERIFY(!store.warning().isEmpty());
    const auto loaded = store.load(QStringLiteral("marketplace/token"));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, token);
    // Overwrite, then remove.
    QVERIFY(store.store(QStringLiteral("marketplace/token"), QStringLiteral("second")).has_value());
    QCOMPARE(store.load(QStringLiteral("marketplace/token")).value_or(QString()), QStringLiteral("second"));
    QVERIFY(store.remove(QStringLiteral("marketplace/token")).has_value());
    QCOMPARE(store.load(QStringLiteral("marketplace/token")).error().code, Error::Code::NotFound);
}

void TestSecretStore::fallbackFileIsPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("secrets"));
    SecretStore store(QStringLiteral("saypro-test"), folder, false);
    QVERIFY(store.store(QStringLiteral("token"), QStringLiteral("s3cret")).has_value());
    const auto perms = QFile::permissions(folder + QStringLiteral("/token"));
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(!(perms &
              (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    const auto dirPerms = QFile::permissions(folder);
    QVERIFY(!(dirPerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
}

void TestSecretStore::worldReadableFileIsRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("secrets"));
    SecretStore store(QStringLiteral("saypro-test"), folder, false);
    QVERIFY(store.store(QStringLiteral("token"), QStringLiteral("s3cret")).has_value());
    QVERIFY(QFile::setPermissions(folder + QStringLiteral("/token"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const auto loaded = store.load(QStringLiteral("token"));
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, Error::Code::Io);
    QVERIFY(!loaded.error().detail.contains(QLatin1String("s3cret")));
}

void TestSecretStore::missingSecretIsNotFound()
{
    QTemporaryDir dir;
    SecretStore store(QStringLiteral("saypro-test"), dir.filePath(QStringLiteral("secrets")), false);
    const auto loaded = store.load(QStringLiteral("never-stored"));
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, Error::Code::NotFound);
}

void TestSecretStore::keychainOrFallbackRoundTrip()
{
    // On a machine with a keychain service the secret goes there; on a headless one (CI) the
    // keychain has no backend and the file fallback takes over. Either way the secret comes back.
    QTemporaryDir dir;
    const QString service = QStringLiteral("saypro-station-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    SecretStore store(service, dir.filePath(QStringLiteral("secrets")), true);
    QVERIFY(store.store(QStringLiteral("token"), QStringLiteral("abc123")).has_value());
    QCOMPARE(store.load(QStringLiteral("token")).value_or(QString()), QStringLiteral("abc123"));
    if (store.backend() == SecretStore::Backend::File) {
        QVERIFY(!store.warning().isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("secrets/token"))));
    } else {
        QVERIFY(store.warning().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("secrets/token"))));
    }
    QVERIFY(store.remove(QStringLiteral("token")).has_value());
}

void TestSecretStore::settingsDefaultsAndChanges()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("station.ini"));
    {
        Settings s(ini);
        QCOMPARE(s.stationId(), QStringLiteral("ST-01"));
        QVERIFY(s.marketplaceUrl().isEmpty());
        QCOMPARE(s.syncIntervalSeconds(), 30);
        QSignalSpy spy(&s, &Settings::changed);
        s.setStationId(QStringLiteral(" ST-07 "));
        s.setMarketplaceUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
        s.setSyncIntervalSeconds(1);
        s.setStationId(QStringLiteral("ST-07")); // unchanged: no signal
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("station/id"));
    }
    Settings reread(ini);
    QCOMPARE(reread.stationId(), QStringLiteral("ST-07"));
    QCOMPARE(reread.marketplaceUrl(), QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(reread.syncIntervalSeconds(), 5);
    // Secrets never land in the settings file.
    QFile f(ini);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("token"));
}

void TestSecretStore::scanningSettings()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("station.ini"));
    {
        Settings s(ini);
        QVERIFY(!s.pickItemOnly());
        QCOMPARE(s.packWeightTolerancePercent(), 5.0);
        QCOMPARE(s.packWeightToleranceMinGrams(), 50);
        QCOMPARE(s.packPackagingGrams(), 150);
        s.setPickItemOnly(true);
        s.setPackWeightTolerancePercent(8.5);
        s.setPackWeightToleranceMinGrams(9999); // clamped
        s.setPackPackagingGrams(220);
    }
    {
        Settings reread(ini);
        QVERIFY(reread.pickItemOnly());
        QCOMPARE(reread.packWeightTolerancePercent(), 8.5);
        QCOMPARE(reread.packWeightToleranceMinGrams(), 5000);
        QCOMPARE(reread.packPackagingGrams(), 220);
    }
    // Edited by hand to nonsense: the defaults, not garbage.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("pack/weightTolerancePercent"), QStringLiteral("lots"));
        raw.setValue(QStringLiteral("pack/packagingGrams"), -40);
    }
    Settings edited(ini);
    QCOMPARE(edited.packWeightTolerancePercent(), 5.0);
    QCOMPARE(edited.packPackagingGrams(), 150);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
