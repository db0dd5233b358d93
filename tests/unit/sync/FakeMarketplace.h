#pragma once
// The pulling side of Marketplace API v1 for the sync tests: lists of items kept in memory and served
// by (updated_at, id) after an opaque cursor, exactly as docs/marketplace-api-v1.yaml says.

#include "FakeNetwork.h"

#include "../TestSupport.h"
#include "sync/ApiJson.h"

#include <QJsonArray>

#include <algorithm>

namespace saypro::test {

class FakeMarketplace final
{
public:
    /// Items per resource ("products", "orders", "inventory", "tracking-events", "returns", "feedback").
    QHash<QString, QList<QJsonObject>> items;

    static QString cursorFor(const QJsonObject& item)
    {
        const QString position =
            item.value(QLatin1String("updated_at")).toString() + u'|' + item.value(QLatin1String("id")).toString();
        return QString::fromLatin1(position.toUtf8().toBase64());
    }

    /// Adds or replaces (by id) an item; the caller sets version and updated_at.
    void put(const QString& resource, const QJsonObject& item)
    {
        QList<QJsonObject>& list = items[resource];
        for (QJsonObject& existing : list) {
            if (existing.value(QLatin1String("id")) == item.value(QLatin1String("id"))) {
                existing = item;
                return;
            }
        }
        list.append(item);
    }

    void putOrder(const Order& order, const QString& claimedBy = {})
    {
        put(QStringLiteral("orders"), ApiJson::orderToJson(order, claimedBy));
    }

    static QString itemsKey(const QString& resource)
    {
        if (resource == QLatin1String("inventory"))
            return QStringLiteral("items");
        if (resource == QLatin1String("tracking-events"))
            return QStringLiteral("events");
        return resource;
    }

    /// The page after `cursor` (empty: from the beginning).
    FakeResponse page(const QString& resource, const QString& cursor, int limit) const
    {
        QList<QJsonObject> sorted = items.value(resource);
        auto key = [](const QJsonObject& o) {
            return std::make_pair(ApiJson::parseTime(o.value(QLatin1String("updated_at"))).toMSecsSinceEpoch(),
                                  o.value(QLatin1String("id")).toString());
        };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const QJsonObject& a, const QJsonObject& b) { return key(a) < key(b); });
        std::pair<qint64, QString> after{std::numeric_limits<qint64>::min(), QString()};
        if (!cursor.isEmpty()) {
            const QString position = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1()));
            const qsizetype bar = position.indexOf(u'|');
            after = {ApiJson::parseTime(QJsonValue(position.left(bar))).toMSecsSinceEpoch(), position.mid(bar + 1)};
        }
        QJsonArray out;
        QString next;
        for (const QJsonObject& o : sorted) {
            if (!(after < key(o)))
                continue;
            if (out.size() >= limit)
                break;
            out.append(o);
            next = cursorFor(o);
        }
        return FakeResponse::json(200, QJsonObject{{itemsKey(resource), out},
                                                   {QStringLiteral("next_cursor"),
                                                    next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)}});
    }

    /// Serves every list resource from `items` on `network`.
    void serve(FakeNetwork& network)
    {
        network.on("GET", QStringLiteral("/v1/(products|orders|inventory|tracking-events|returns|feedback)"),
                   [this](const FakeRequest& r) {
                       const QString resource = r.path.mid(4);
                       const int limit = r.queryValue(QStringLiteral("limit")).toInt();
                       return page(resource, r.queryValue(QStringLiteral("updated_after")), limit > 0 ? limit : 200);
                   });
    }
};

/// An order as the marketplace serves it: `n` distinct, `version` and `updatedAt` as given.
inline Order marketplaceOrder(int n, qint64 version, const QDateTime& updatedAt)
{
    Order o = sampleOrder(n);
    o.version = version;
    o.updatedAt = updatedAt;
    o.shipBy = QDateTime();
    return o;
}

} // namespace saypro::test
