#pragma once
// common: where the station keeps its files, shared by the GUI and the CLI so both find the same database.

#include <QString>

namespace saypro {

class StationPaths final
{
public:
    /// Sets the organisation and application names every station program uses (call before QStandardPaths).
    static void setApplicationIdentity();
    /// The station's database: <AppDataLocation>/station.db, e.g. ~/.local/share/SayPro/SayPro Station/station.db.
    static QString defaultDatabasePath();
};

} // namespace saypro
