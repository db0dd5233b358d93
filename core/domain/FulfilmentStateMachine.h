#pragma once
// domain: the one table of allowed fulfilment transitions (DESIGN §3). Every status change in the
// station is checked here before it is stored.

#include "common/Error.h"
#include "domain/OrderStatus.h"

#include <QList>

namespace saypro {

struct Transition
{
    OrderStatus from;
    OrderStatus to;
    /// Items may already be out of their bins: a cancel from here needs a "return to stock" task.
    bool needsRestock = false;
};

class FulfilmentStateMachine final
{
public:
    /// The whole table, one row per allowed transition.
    static const QList<Transition>& transitions();
    static bool isAllowed(OrderStatus from, OrderStatus to);
    /// The transition row, or an InvalidTransition error naming both statuses.
    static Result<Transition> validate(OrderStatus from, OrderStatus to);
    /// Where an order may go next from `from`.
    static QList<OrderStatus> nextStatuses(OrderStatus from);
};

} // namespace saypro
