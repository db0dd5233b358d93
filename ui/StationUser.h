#pragma once
// ui: who is working at the station, for the actor of stock adjustments and cycle counts. There are no
// station accounts yet (DESIGN §13), so it is the operating-system user; sign-in replaces this one function.

#include <QString>

namespace saypro {

class StationUser final
{
public:
    /// The name written as the actor of changes made at this station ("thandi"); never empty.
    static QString actor();
};

} // namespace saypro
