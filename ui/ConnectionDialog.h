#pragma once
// ui: File > Connect to marketplace…: the marketplace address (https only), the station's token (kept
// with SecretStore, never in the settings file), an optional certificate to trust and public-key pin,
// the station id and the sync interval. Checks every field and says in words what is wrong.

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace saypro {

class SecretStore;
class Settings;

class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Reads the current connection from `settings` and whether `secrets` holds a token.
    ConnectionDialog(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    /// The name the marketplace token is stored under in SecretStore.
    static QString tokenKey();

    /// What is wrong with a marketplace address, in words; empty when it is usable (or empty: no marketplace).
    static QString urlProblem(const QString& text);
    /// What is wrong with a certificate file; empty when it is readable as PEM or DER (or no file is given).
    static QString certificateProblem(const QString& path);
    /// What is wrong with a public-key pin; empty when it is a SHA-256 value (or none is given).
    static QString pinProblem(const QString& pin);
    /// What is wrong with a station id; empty when it is usable.
    static QString stationIdProblem(const QString& id);
    /// What is wrong with a token typed in; empty when it is usable. `required` when none is stored yet.
    static QString tokenProblem(const QString& token, bool required);

    /// Checks every field, shows what is wrong beside it and returns true when everything is usable.
    bool validate();
    /// Validates, stores the token and the settings; false (with the reason shown) when something failed.
    bool save();

Q_SIGNALS:
    /// The connection was saved; sync should restart with it.
    void saved();

private:
    QLabel* addErrorLabel(const char* objectName);
    void setProblem(QLineEdit* field, QLabel* label, const QString& problem);
    void chooseCertificate();
    void fitContents();
    void accept() override;

    Settings& m_settings;
    SecretStore& m_secrets;
    bool m_hasToken = false;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_stationId = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_urlError = nullptr;
    QLabel* m_tokenError = nullptr;
    QLabel* m_caError = nullptr;
    QLabel* m_pinError = nullptr;
    QLabel* m_stationError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QLineEdit*, QString> m_descriptions; ///< each field's accessible description without a problem
};

} // namespace saypro
