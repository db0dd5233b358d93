#pragma once
// sync: how a station reaches its marketplace: address, credentials, whom to trust, and limits.

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace saypro {

struct ConnectionSettings
{
    QUrl baseUrl;      ///< https://host[:port]; the API paths (/v1/...) are appended to it
    QString token;     ///< the station's bearer token
    QString stationId; ///< sent as X-Station-Id; also the name claims are held under
    /// Certificates to trust besides the system's certificate authorities, e.g. the training
    /// marketplace's self-signed certificate.
    QList<QSslCertificate> caCertificates;
    /// When false, only `caCertificates` are trusted (the system's authorities are not).
    bool trustSystemCertificates = true;
    /// Optional SHA-256 pin of the server certificate's public key (SubjectPublicKeyInfo), written
    /// "sha256/<base64>", bare base64, or 64 hex digits. A server presenting another key is refused.
    QString publicKeyPin;
    int requestTimeoutMs = 30000;  ///< a request with no data moving for this long is abandoned
    int maxConcurrentRequests = 4; ///< requests in flight at once; the rest wait in a queue
};

} // namespace saypro
