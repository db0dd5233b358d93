#pragma once
// domain: what the customer asked for beyond the items; the packer must acknowledge each one.

#include <QString>

namespace saypro {

struct SpecialInstructions
{
    bool giftWrap = false;
    QString giftMessage;
    bool fragile = false;
    QString deliveryWindow; ///< e.g. "Weekdays 08:00-12:00"
    QString customisation;  ///< e.g. engraving text
    QString note;           ///< free text from the customer

    bool isEmpty() const
    {
        return !giftWrap && !fragile && giftMessage.isEmpty() && deliveryWindow.isEmpty() && customisation.isEmpty() &&
               note.isEmpty();
    }
    friend bool operator==(const SpecialInstructions&, const SpecialInstructions&) = default;
};

} // namespace saypro
