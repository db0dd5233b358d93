#include "FulfilmentStateMachine.h"

#include <QCoreApplication>

namespace saypro {

namespace {
using S = OrderStatus;

QList<Transition> buildTable()
{
    QList<Transition> t = {
        // The forward flow.
        {S::New, S::Verified},
        {S::Verified, S::Ready},
        {S::Ready, S::Picking},
        {S::Picking, S::Picked},
        {S::Picked, S::Packing},
        {S::Packing, S::Packed},
        {S::Packed, S::Labelled},
        {S::Labelled, S::Shipped},
        {S::Shipped, S::InTransit},
        {S::InTransit, S::OutForDelivery},
        {S::OutForDelivery, S::Delivered},
        // Carriers do not always report "out for delivery" before "delivered".
        {S::InTransit, S::Delivered},
        // A voided label sends the parcel back to packed.
        {S::Labelled, S::Packed},
        // Holds: payment failed, address invalid, stock short (also found short while picking).
        {S::New, S::OnHold},
        {S::Verified, S::OnHold},
        {S::Ready, S::OnHold},
        {S::Picking, S::OnHold},
        {S::OnHold, S::Verified},
        // Returns.
        {S::Shipped, S::ReturnRequested},
        {S::InTransit, S::ReturnRequested},
        {S::OutForDelivery, S::ReturnRequested},
        {S::Delivered, S::ReturnRequested},
        {S::ReturnRequested, S::ReturnReceived},
        {S::ReturnReceived, S::Inspected},
        {S::Inspected, S::Closed},
    };
    // Cancellation by the marketplace: any state before shipped.
    for (S from : {S::New, S::Verified, S::OnHold, S::Ready})
        t.append({from, S::Cancelled, false});
    for (S from : {S::Picking, S::Picked, S::Packing, S::Packed, S::Labelled})
        t.append({from, S::Cancelled, true});
    return t;
}
} // namespace

const QList<Transition>& FulfilmentStateMachine::transitions()
{
    static const QList<Transition> table = buildTable();
    return table;
}

bool FulfilmentStateMachine::isAllowed(OrderStatus from, OrderStatus to)
{
    return validate(from, to).has_value();
}

Result<Transition> FulfilmentStateMachine::validate(OrderStatus from, OrderStatus to)
{
    for (const Transition& t : transitions())
        if (t.from == from && t.to == to)
            return t;
    return fail(Error::Code::InvalidTransition,
                QCoreApplication::translate("FulfilmentStateMachine", "An order that is “%1” cannot become “%2”.")
                    .arg(OrderStatuses::displayName(from), OrderStatuses::displayName(to)),
                QStringLiteral("transition %1 -> %2 is not in the fulfilment table")
                    .arg(OrderStatuses::key(from), OrderStatuses::key(to)));
}

QList<OrderStatus> FulfilmentStateMachine::nextStatuses(OrderStatus from)
{
    QList<OrderStatus> next;
    for (const Transition& t : transitions())
        if (t.from == from)
            next.append(t.to);
    return next;
}

} // namespace saypro
