// File > Connect to marketplace…: an http:// address and a file that is not a certificate are refused
// with a message in words beside the field; a good connection is saved to the settings file and the
// token to SecretStore (a user-only file here), never to the settings file.

#include "ConnectionDialog.h"
#include "auth/SecretStore.h"
#include "common/Settings.h"
#include "sync/MarketplaceClient.h"

#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saypro;

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void urlProblems_data();
    void urlProblems();
    void everyFieldHasABuddyAndAName();
    void httpIsRefusedInWords();
    void fileThatIsNotACertificateIsRefused();
    void pemAndDerCertificatesAreAccepted();
    void badPinAndStationIdAreRefused();
    void tokenIsRequiredForANewConnection();
    void saveStoresSettingsAndTokenApart();
    void emptyAddressDisconnects();

private:
    QLineEdit* field(const char* name) const { return m_dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); }
    QLabel* error(const char* name) const { return m_dialog->findChild<QLabel*>(QString::fromLatin1(name)); }
    void clickSave() const;
    QString writeFile(const QString& name, const QByteArray& contents) const;
    /// The training marketplace's certificate, as shipped in resources/sandbox.
    static QSslCertificate certificate();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("station.ini")));
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("saypro-gui-test"),
                                              m_dir->filePath(QStringLiteral("secrets")), false);
    m_dialog = std::make_unique<ConnectionDialog>(*m_settings, *m_secrets);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestConnectionDialog::clickSave() const
{
    auto* save = m_dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

QString TestConnectionDialog::writeFile(const QString& name, const QByteArray& contents) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

QSslCertificate TestConnectionDialog::certificate()
{
    const auto certificates =
        QSslCertificate::fromPath(QStringLiteral(STATION_SOURCE_DIR "/resources/sandbox/training-cert.pem"));
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

void TestConnectionDialog::urlProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problemMentions"); // empty: no problem
    QTest::addRow("empty: no marketplace") << QString() << QString();
    QTest::addRow("https") << QStringLiteral("https://marketplace.example.com") << QString();
    QTest::addRow("https with port and path") << QStringLiteral("https://127.0.0.1:8443/api") << QString();
    QTest::addRow("http") << QStringLiteral("http://marketplace.example.com") << QStringLiteral("http://");
    QTest::addRow("HTTP upper case") << QStringLiteral("HTTP://marketplace.example.com") << QStringLiteral("http://");
    QTest::addRow("no scheme") << QStringLiteral("marketplace.example.com") << QStringLiteral("https://");
    QTest::addRow("ftp") << QStringLiteral("ftp://marketplace.example.com") << QStringLiteral("https://");
    QTest::addRow("no host") << QStringLiteral("https://") << QStringLiteral("server name");
    QTest::addRow("query") << QStringLiteral("https://m.example.com/?token=x") << QStringLiteral("?");
}

void TestConnectionDialog::urlProblems()
{
    QFETCH(QString, url);
    QFETCH(QString, problemMentions);
    const QString problem = ConnectionDialog::urlProblem(url);
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestConnectionDialog::everyFieldHasABuddyAndAName()
{
    QList<QWidget*> buddies;
    for (const QLabel* label : m_dialog->findChildren<QLabel*>())
        if (label->buddy())
            buddies << label->buddy();
    for (const char* name : {"marketplaceUrl", "marketplaceToken", "caCertificateFile", "publicKeyPin", "stationId"}) {
        QLineEdit* edit = field(name);
        QVERIFY2(edit, name);
        QVERIFY2(buddies.contains(edit), name);
        QVERIFY2(!edit->accessibleName().isEmpty(), name);
        QVERIFY2(!edit->accessibleDescription().isEmpty(), name);
    }
    auto* interval = m_dialog->findChild<QSpinBox*>(QStringLiteral("syncInterval"));
    QVERIFY(buddies.contains(interval));
    QVERIFY(!interval->accessibleName().isEmpty());
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        // A spin box's inner editor is read out as part of the spin box, which has the name.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QCOMPARE(field("marketplaceToken")->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::httpIsRefusedInWords()
{
    field("marketplaceUrl")->setText(QStringLiteral("http://marketplace.example.com"));
    field("marketplaceToken")->setText(QStringLiteral("secret-token"));
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    clickSave();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    QLabel* message = error("marketplaceUrlError");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Problem: ")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("https://")), qPrintable(message->text()));
    QVERIFY(field("marketplaceUrl")->accessibleDescription().contains(QStringLiteral("http://")));
    QVERIFY(field("marketplaceUrl")->hasFocus());
    // Nothing was saved: not the address, not the token.
    QVERIFY(m_settings->marketplaceUrl().isEmpty());
    QCOMPARE(m_secrets->load(ConnectionDialog::tokenKey()).error().code, Error::Code::NotFound);

    field("marketplaceUrl")->setText(QStringLiteral("https://marketplace.example.com"));
    clickSave();
    QCOMPARE(saved.size(), 1);
    QVERIFY(!m_dialog->isVisible());
}

void TestConnectionDialog::fileThatIsNotACertificateIsRefused()
{
    const QString notACertificate = writeFile(QStringLiteral("notes.pem"), "these are not the droids\n");
    QVERIFY(!ConnectionDialog::certificateProblem(notACertificate).isEmpty());
    QVERIFY(ConnectionDialog::certificateProblem(m_dir->filePath(QStringLiteral("missing.pem")))
                .contains(QStringLiteral("There is no file")));

    field("marketplaceUrl")->setText(QStringLiteral("https://marketplace.example.com"));
    field("marketplaceToken")->setText(QStringLiteral("secret-token"));
    field("caCertificateFile")->setText(notACertificate);
    clickSave();
    QVERIFY(m_dialog->isVisible());
    QLabel* message = error("caCertificateFileError");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("is not a certificate")), qPrintable(message->text()));
    QVERIFY(!error("marketplaceUrlError")->isVisible());
    QVERIFY(m_settings->caCertificateFile().isEmpty());
}

void TestConnectionDialog::pemAndDerCertificatesAreAccepted()
{
    const QSslCertificate training = certificate();
    QVERIFY(!training.isNull());
    const QString pem = writeFile(QStringLiteral("marketplace.pem"), training.toPem());
    const QString der = writeFile(QStringLiteral("marketplace.der"), training.toDer());
    QVERIFY2(ConnectionDialog::certificateProblem(pem).isEmpty(),
             qPrintable(ConnectionDialog::certificateProblem(pem)));
    QVERIFY2(ConnectionDialog::certificateProblem(der).isEmpty(),
             qPrintable(ConnectionDialog::certificateProblem(der)));
}

void TestConnectionDialog::badPinAndStationIdAreRefused()
{
    QVERIFY(!ConnectionDialog::pinProblem(QStringLiteral("sha256/not-base64!")).isEmpty());
    QVERIFY(!ConnectionDialog::pinProblem(QStringLiteral("abcd")).isEmpty());
    QVERIFY(ConnectionDialog::pinProblem(MarketplaceClient::pinFor(certificate())).isEmpty());
    QVERIFY(ConnectionDialog::pinProblem(QString(64, u'a')).isEmpty());
    QVERIFY(!ConnectionDialog::stationIdProblem(QString()).isEmpty());
    QVERIFY(!ConnectionDialog::stationIdProblem(QStringLiteral("ST 01")).isEmpty());
    QVERIFY(!ConnectionDialog::stationIdProblem(QString(33, u'S')).isEmpty());
    QVERIFY(ConnectionDialog::stationIdProblem(QStringLiteral("JHB1-ST.02_b")).isEmpty());

    field("publicKeyPin")->setText(QStringLiteral("sha256/short"));
    field("stationId")->setText(QStringLiteral("station one"));
    clickSave();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(error("publicKeyPinError")->isVisible());
    QVERIFY(error("stationIdError")->isVisible());
    QVERIFY(error("publicKeyPinError")->text().contains(QStringLiteral("sha256/")));
}

void TestConnectionDialog::tokenIsRequiredForANewConnection()
{
    field("marketplaceUrl")->setText(QStringLiteral("https://marketplace.example.com"));
    clickSave();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(error("marketplaceTokenError")->isVisible());
    QVERIFY(field("marketplaceToken")->hasFocus());

    field("marketplaceToken")->setText(QStringLiteral("two words"));
    clickSave();
    QVERIFY(error("marketplaceTokenError")->text().contains(QStringLiteral("spaces")));
}

void TestConnectionDialog::saveStoresSettingsAndTokenApart()
{
    const QString token = QStringLiteral("tok_3f9a1c77e2b04d6f");
    const QString pem = writeFile(QStringLiteral("marketplace.pem"), certificate().toPem());
    const QString pin = MarketplaceClient::pinFor(certificate());
    field("marketplaceUrl")->setText(QStringLiteral("  https://marketplace.example.com:8443  "));
    field("marketplaceToken")->setText(token);
    field("caCertificateFile")->setText(pem);
    field("publicKeyPin")->setText(pin);
    field("stationId")->setText(QStringLiteral("JHB1-ST02"));
    m_dialog->findChild<QSpinBox*>(QStringLiteral("syncInterval"))->setValue(45);
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    clickSave();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // Read back through a fresh Settings on the same file, as the next start of the station does.
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.marketplaceUrl(), QUrl(QStringLiteral("https://marketplace.example.com:8443")));
    QCOMPARE(reread.caCertificateFile(), pem);
    QCOMPARE(reread.pinnedKeySha256(), pin);
    QCOMPARE(reread.stationId(), QStringLiteral("JHB1-ST02"));
    QCOMPARE(reread.syncIntervalSeconds(), 45);
    const Result<QString> stored = m_secrets->load(ConnectionDialog::tokenKey());
    QVERIFY(stored);
    QCOMPARE(*stored, token);
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY2(!ini.readAll().contains(token.toUtf8()), "the token must never be written to the settings file");

    // Opened again: the token is not shown, and an empty token field keeps it.
    ConnectionDialog again(*m_settings, *m_secrets);
    auto* tokenField = again.findChild<QLineEdit*>(QStringLiteral("marketplaceToken"));
    QVERIFY(tokenField->text().isEmpty());
    QVERIFY(tokenField->placeholderText().contains(QStringLiteral("stored")));
    QVERIFY(again.save());
    QCOMPARE(*m_secrets->load(ConnectionDialog::tokenKey()), token);
}

void TestConnectionDialog::emptyAddressDisconnects()
{
    m_settings->setMarketplaceUrl(QUrl(QStringLiteral("https://marketplace.example.com")));
    ConnectionDialog dialog(*m_settings, *m_secrets);
    dialog.findChild<QLineEdit*>(QStringLiteral("marketplaceUrl"))->clear();
    QVERIFY(dialog.save());
    QVERIFY(m_settings->marketplaceUrl().isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
