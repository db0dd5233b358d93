#pragma once
// Integration test helper: an HTTPS client for the training marketplace that trusts exactly one
// certificate (never ignores TLS errors), with blocking get/post for sequential tests and the raw
// QNetworkReply for concurrent ones. Header-only so each test stays one QtTest class in one file.

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUuid>

namespace saypro {

/// What came back: an HTTP answer, or a network error and whatever arrived before it.
struct HttpResult
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    qint64 announcedLength = -1;           ///< Content-Length, -1 when absent

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    /// The last part of a problem's type URI ("claimed-elsewhere").
    QString problemType() const { return json().value(QLatin1String("type")).toString().section(u'/', -1); }
};

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class SandboxTestClient final
{
public:
    SandboxTestClient(QUrl base, const QSslCertificate& trusted, QString token,
                      QString station = QStringLiteral("ST-01"))
        : m_base(std::move(base)), m_token(std::move(token)), m_station(std::move(station))
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates({trusted});
    }

    void setToken(const QString& token) { m_token = token; }
    void setStation(const QString& station) { m_station = station; }

    QNetworkRequest request(const QString& pathAndQuery, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest r(QUrl(QString(m_base.toString() + pathAndQuery)));
        r.setSslConfiguration(m_ssl);
        r.setTransferTimeout(20000);
        if (!m_token.isNull())
            r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!m_station.isEmpty())
            r.setRawHeader("X-Station-Id", m_station.toUtf8());
        for (const auto& [name, value] : headers)
            r.setRawHeader(name, value);
        return r;
    }

    QNetworkReply* startGet(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return m_nam.get(request(path, headers));
    }
    QNetworkReply* startPost(const QString& path, const QByteArray& body, const QString& key,
                             const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest r = request(path, headers);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            r.setRawHeader("Idempotency-Key", key.toUtf8());
        return m_nam.post(r, body);
    }

    HttpResult get(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return finish(startGet(path, headers));
    }
    HttpResult post(const QString& path, const QJsonObject& body, const QString& key = newKey(),
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return finish(startPost(path, QJsonDocument(body).toJson(QJsonDocument::Compact), key, headers));
    }
    HttpResult postRaw(const QString& path, const QByteArray& body, const QString& key = newKey())
    {
        return finish(startPost(path, body, key));
    }

    /// Waits for the reply (no fixed sleep: it returns as soon as the reply finishes).
    static HttpResult finish(QNetworkReply* reply)
    {
        HttpResult result;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(30000)) {
                reply->abort();
                result.error = QNetworkReply::TimeoutError;
                reply->deleteLater();
                return result;
            }
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        bool ok = false;
        const qint64 length = result.header("content-length").toLongLong(&ok);
        result.announcedLength = ok ? length : -1;
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QUrl m_base;
    QString m_token;
    QString m_station;
};

} // namespace saypro
