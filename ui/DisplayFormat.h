#pragma once
// ui: how the screens write times and status names for people (local time, the locale's formats).

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace saypro {

class DisplayFormat final
{
public:
    /// Date and time in local time, compact, for tables ("2024/05/03 14:05" in en-ZA, "5/3/24 2:05 PM" in
    /// en-US); empty for an invalid time.
    static QString dateTime(const QDateTime& utc, const QLocale& locale = QLocale());
    /// Date and time in local time with the weekday, for the detail pane; empty for an invalid time.
    static QString longDateTime(const QDateTime& utc, const QLocale& locale = QLocale());
    /// The translated name of a status key ("out_for_delivery" -> "Out for delivery"); the key itself if unknown.
    static QString statusName(const QString& statusKey);
};

} // namespace saypro
