#include "CertificateFile.h"

#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CertificateFile", text);
}
} // namespace

Result<QList<QSslCertificate>> CertificateFile::load(const QString& path, const QDateTime& nowUtc)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("Choose a certificate file."), QStringLiteral("empty path"));
    if (!QFileInfo(path).isFile())
        return fail(Error::Code::NotFound, tr("There is no file %1.").arg(shown),
                    QStringLiteral("%1 does not exist or is not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("The file %1 cannot be read.").arg(shown),
                    QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // A certificate file is a few kilobytes; a bundle of authorities at most a few hundred.
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    if (certificates.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a certificate. Choose the marketplace's certificate or its certificate authority, "
                       "saved as PEM (text starting with \"-----BEGIN CERTIFICATE-----\") or DER.")
                        .arg(shown),
                    QStringLiteral("%1: no PEM or DER certificate").arg(path));
    const bool allExpired = std::ranges::all_of(certificates, [&nowUtc](const QSslCertificate& c) {
        return c.expiryDate().isValid() && c.expiryDate() < nowUtc;
    });
    if (allExpired)
        return fail(Error::Code::InvalidArgument,
                    tr("The certificate in %1 expired on %2; the marketplace cannot be trusted with it.")
                        .arg(shown, DisplayFormat::dateTime(certificates.constFirst().expiryDate())),
                    QStringLiteral("%1: every certificate expired").arg(path));
    return certificates;
}

} // namespace saypro
