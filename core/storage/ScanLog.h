#pragma once
// storage: reading the append-only scan_log (every scan at the pick face and the pack bench, accepted or
// not, with its reason). Rows are written by PickStore and PackStore in the transaction of what they did.

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

class Database;

struct ScanRecord
{
    qint64 id = 0;
    QDateTime at;
    QString station;
    QString actor;
    QString context;   ///< "pick", "pack"
    QString code;      ///< as scanned (AIM identifier included)
    QString symbology; ///< the AIM identifier, when the scanner sent one
    bool accepted = false;
    QString reason; ///< the result key: accepted, wrong_item, picked, wrong_bin, ...
    QString lineId;
    int quantity = 0;
    int parcel = 0;
    QString detail; ///< untranslated, precise
};

class ScanLog final
{
public:
    explicit ScanLog(Database& db);

    /// The scans of one order, oldest first: the last `limit` of them.
    Result<QList<ScanRecord>> forOrder(qint64 orderId, int limit) const;

private:
    Database& m_db;
};

} // namespace saypro
