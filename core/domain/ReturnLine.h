#pragma once
// domain: one returned line: how many came back, in what condition, where it goes.

#include <QString>

namespace saypro {

struct ReturnLine
{
    enum class Disposition { Undecided, Restock, QualityControl, Refurbish, Dispose, ReturnToVendor };

    qint64 id = 0;
    qint64 orderLineId = 0;
    QString sku;
    QString reason; ///< the customer's reason code
    int quantityRequested = 0;
    int quantityReceived = 0;
    QString conditionGrade; ///< new, like_new, damaged, defective, wrong_item, missing
    QString notes;
    QString photoPath;
    Disposition disposition = Disposition::Undecided;
    friend bool operator==(const ReturnLine&, const ReturnLine&) = default;
};

} // namespace saypro
