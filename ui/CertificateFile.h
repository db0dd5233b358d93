#pragma once
// ui: reading a certificate file an administrator chose (PEM or DER) for the marketplace connection.

#include "common/Error.h"

#include <QList>
#include <QSslCertificate>

namespace saypro {

class CertificateFile final
{
public:
    /// The certificates in the PEM or DER file at `path`. An error (in words) when the file cannot be read,
    /// holds no certificate, or holds only certificates that expired before `nowUtc`.
    static Result<QList<QSslCertificate>> load(const QString& path,
                                               const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace saypro
