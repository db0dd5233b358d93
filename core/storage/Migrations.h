#pragma once
// storage: the forward-only schema migrations. Step N takes a database from user_version N-1 to N.
// A released step is never edited: a change to the schema is a new step.

#include <QStringList>

namespace saypro {

class Migrations final
{
public:
    /// The number of steps, which is the latest schema version.
    static int count();
    /// The statements of step `version` (1-based), run together in one transaction.
    static QStringList statements(int version);
};

} // namespace saypro
