#pragma once
// sandbox: one answer of the training marketplace, before it is written to the connection.

#include "sync/ApiJson.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace saypro {

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonObject& object)
    {
        return {
            status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    /// application/problem+json (RFC 9457); `type` is the last part of the problem type URI.
    static SandboxResponse problem(int status, const QString& type, const QString& title, const QString& detail = {},
                                   const QJsonObject& extra = {})
    {
        return {status,
                QByteArrayLiteral("application/problem+json"),
                ApiJson::problem(status, type, title, detail, extra),
                {}};
    }
    SandboxResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace saypro
