#include "ConnectionDialog.h"

#include "CertificateFile.h"
#include "UiLogging.h"
#include "auth/SecretStore.h"
#include "common/Settings.h"
#include "sync/MarketplaceClient.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace saypro {

namespace {
constexpr int kMinimumIntervalSeconds = 5;
constexpr int kMaximumIntervalSeconds = 3600;
constexpr int kMaximumStationIdLength = 32;
} // namespace

ConnectionDialog::ConnectionDialog(Settings& settings, SecretStore& secrets, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to marketplace"));
    setAccessibleName(tr("Connect to marketplace"));

    m_hasToken = m_secrets.load(tokenKey()).has_value();

    auto* intro = new QLabel(tr("The station fetches its orders from the marketplace at this address and sends back "
                                "what happens to them. Ask the marketplace's administrator for the address and this "
                                "station's token."),
                             this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(m_settings.marketplaceUrl().toString(), this);
    m_url->setObjectName(QStringLiteral("marketplaceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://marketplace.example.com"));
    m_url->setAccessibleName(tr("Marketplace address"));
    m_url->setAccessibleDescription(tr("The marketplace's https:// address. Leave it empty to work without one."));
    m_urlError = addErrorLabel("marketplaceUrlError");

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("marketplaceToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_hasToken ? tr("A token is stored; leave empty to keep it")
                                           : tr("Paste this station's token"));
    m_token->setAccessibleName(tr("Station token"));
    m_token->setAccessibleDescription(
        m_hasToken ? tr("A token is already stored on this station. Type a new one to replace it.")
                   : tr("The token the marketplace issued for this station. It is kept in the system keychain."));
    m_tokenError = addErrorLabel("marketplaceTokenError");

    m_caFile = new QLineEdit(m_settings.caCertificateFile(), this);
    m_caFile->setObjectName(QStringLiteral("caCertificateFile"));
    m_caFile->setPlaceholderText(tr("Optional: only for a marketplace with its own certificate authority"));
    m_caFile->setAccessibleName(tr("Certificate file"));
    m_caFile->setAccessibleDescription(
        tr("Optional. A PEM or DER file with the certificate authority (or the certificate) the marketplace "
           "uses, when it is not one the system already trusts."));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseCertificate"));
    m_browse->setAccessibleName(tr("Browse for a certificate file"));
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::chooseCertificate);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_caError = addErrorLabel("caCertificateFileError");

    m_pin = new QLineEdit(m_settings.pinnedKeySha256(), this);
    m_pin->setObjectName(QStringLiteral("publicKeyPin"));
    m_pin->setPlaceholderText(tr("Optional: sha256/…"));
    m_pin->setAccessibleName(tr("Public-key pin"));
    m_pin->setAccessibleDescription(
        tr("Optional. The SHA-256 of the marketplace's public key (sha256/ and base64, or 64 hexadecimal digits). "
           "With a pin, the station refuses any server presenting another key."));
    m_pinError = addErrorLabel("publicKeyPinError");

    m_stationId = new QLineEdit(m_settings.stationId(), this);
    m_stationId->setObjectName(QStringLiteral("stationId"));
    m_stationId->setAccessibleName(tr("Station id"));
    m_stationId->setAccessibleDescription(tr("How the marketplace knows this station, for example ST-01."));
    m_stationError = addErrorLabel("stationIdError");

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(kMinimumIntervalSeconds, kMaximumIntervalSeconds);
    m_interval->setValue(m_settings.syncIntervalSeconds());
    m_interval->setSuffix(tr(" seconds"));
    m_interval->setAccessibleName(tr("Sync interval"));
    m_interval->setAccessibleDescription(tr("Seconds between two syncs; Sync now (F9) syncs at once."));
    m_interval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each field with its problem right under it, so the message is read where the correction is made.
    auto addRow = [this, form](const QString& caption, QWidget* buddy, QLayout* fieldLayout, QLabel* error) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(buddy);
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        if (fieldLayout)
            cell->addLayout(fieldLayout);
        else
            cell->addWidget(buddy);
        if (error)
            cell->addWidget(error);
        form->addRow(label, cell);
    };
    addRow(tr("Marketplace &address:"), m_url, nullptr, m_urlError);
    addRow(tr("Station &token:"), m_token, nullptr, m_tokenError);
    addRow(tr("&Certificate file:"), m_caFile, caRow, m_caError);
    addRow(tr("Public-key &pin:"), m_pin, nullptr, m_pinError);
    addRow(tr("Station &id:"), m_stationId, nullptr, m_stationError);
    addRow(tr("Sync &every:"), m_interval, nullptr, nullptr);

    for (QLineEdit* field : {m_url, m_token, m_caFile, m_pin, m_stationId})
        m_descriptions.insert(field, field->accessibleDescription());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setAccessibleName(tr("Save and connect"));
    saveButton->setText(tr("&Save and connect"));
    QPushButton* cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

QString ConnectionDialog::tokenKey()
{
    return QStringLiteral("marketplace-token");
}

QLabel* ConnectionDialog::addErrorLabel(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Dark red and the words "Problem:" at the front: never the colour alone.
    label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    label->hide();
    return label;
}

QString ConnectionDialog::urlProblem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return tr("The address starts with http://, which anyone on the network can read and change. The station "
                  "only connects over https://: ask for the marketplace's https:// address.");
    if (!url.isValid() || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return tr("This is not a marketplace address. It must start with https://, for example "
                  "https://marketplace.example.com.");
    if (url.host().isEmpty())
        return tr("The address has no server name after https://.");
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("Give only the marketplace's address, without anything after ? or #, and without a user name.");
    return {};
}

QString ConnectionDialog::certificateProblem(const QString& path)
{
    if (path.trimmed().isEmpty())
        return {};
    const auto loaded = CertificateFile::load(path.trimmed());
    return loaded ? QString() : loaded.error().message;
}

QString ConnectionDialog::pinProblem(const QString& pin)
{
    if (pin.trimmed().isEmpty())
        return {};
    if (!MarketplaceClient::parsePin(pin))
        return tr("This is not a public-key pin. Write sha256/ followed by the 44 characters of base64 the "
                  "marketplace gives, or the 64 hexadecimal digits of the SHA-256.");
    return {};
}

QString ConnectionDialog::stationIdProblem(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return tr("Give this station an id, for example ST-01.");
    if (trimmed.size() > kMaximumStationIdLength)
        return tr("The station id can be at most %1 characters long.").arg(kMaximumStationIdLength);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!allowed.match(trimmed).hasMatch())
        return tr("The station id may hold letters, digits, dots, dashes and underscores only, for example ST-01.");
    return {};
}

QString ConnectionDialog::tokenProblem(const QString& token, bool required)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Paste the token the marketplace issued for this station; it refuses a station "
                             "without one.")
                        : QString();
    for (QChar c : trimmed)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("The token cannot contain spaces or line breaks. Copy it again from the marketplace.");
    return {};
}

void ConnectionDialog::setProblem(QLineEdit* field, QLabel* label, const QString& problem)
{
    label->setText(problem.isEmpty() ? QString() : tr("Problem: %1").arg(problem));
    label->setAccessibleName(label->text());
    label->setVisible(!problem.isEmpty());
    if (!field)
        return;
    // Read out with the field, so a screen reader user hears what to correct where they are.
    const QString description = m_descriptions.value(field);
    field->setAccessibleDescription(problem.isEmpty() ? description : problem + u' ' + description);
}

bool ConnectionDialog::validate()
{
    const bool hasUrl = !m_url->text().trimmed().isEmpty();
    const QList<std::pair<QLineEdit*, QString>> checks = {
        {m_url, urlProblem(m_url->text())},
        {m_token, tokenProblem(m_token->text(), hasUrl && !m_hasToken)},
        {m_caFile, certificateProblem(m_caFile->text())},
        {m_pin, pinProblem(m_pin->text())},
        {m_stationId, stationIdProblem(m_stationId->text())},
    };
    const QList<QLabel*> labels = {m_urlError, m_tokenError, m_caError, m_pinError, m_stationError};
    QLineEdit* firstBad = nullptr;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        setProblem(checks[i].first, labels[i], checks[i].second);
        if (!checks[i].second.isEmpty() && !firstBad)
            firstBad = checks[i].first;
    }
    fitContents();
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        firstBad->selectAll();
    }
    return firstBad == nullptr;
}

bool ConnectionDialog::save()
{
    if (!validate())
        return false;
    const QString token = m_token->text().trimmed();
    if (!token.isEmpty()) {
        if (auto stored = m_secrets.store(tokenKey(), token); !stored) {
            qCWarning(lcUi).noquote() << "storing the marketplace token failed:" << stored.error().detail;
            setProblem(m_token, m_tokenError, stored.error().message);
            fitContents();
            m_token->setFocus(Qt::OtherFocusReason);
            return false;
        }
        m_hasToken = true;
        m_token->clear();
    }
    const QString url = m_url->text().trimmed();
    m_settings.setMarketplaceUrl(url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode));
    m_settings.setCaCertificateFile(m_caFile->text().trimmed());
    m_settings.setPinnedKeySha256(m_pin->text().trimmed());
    m_settings.setStationId(m_stationId->text().trimmed());
    m_settings.setSyncIntervalSeconds(m_interval->value());
    qCInfo(lcUi).noquote() << "marketplace connection saved:" << (url.isEmpty() ? QStringLiteral("none") : url);
    Q_EMIT saved();
    return true;
}

void ConnectionDialog::fitContents()
{
    // Messages appeared or went: the dialog grows so none of them is cut off (it never shrinks under the person).
    layout()->activate();
    const int wanted =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void ConnectionDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ConnectionDialog::chooseCertificate()
{
    const QString start =
        m_caFile->text().trimmed().isEmpty() ? QDir::homePath() : QFileInfo(m_caFile->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the marketplace's certificate"), start,
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caFile->setText(QDir::toNativeSeparators(path));
    setProblem(m_caFile, m_caError, certificateProblem(path));
    fitContents();
}

} // namespace saypro
