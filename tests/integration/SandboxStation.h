#pragma once
// A station for the integration tests: a SyncEngine over its own database file, connected to the training
// marketplace, synced on demand until a run completes.

#include "common/Clock.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>

namespace saypro::test {

struct SandboxStation
{
    SandboxStation(const QString& path, ConnectionSettings settings, SyncEngineOptions options)
        : engine(path, std::move(settings), options, clock)
    {
        QSignalSpy opened(&engine, &SyncEngine::opened);
        engine.open();
        if (opened.isEmpty())
            opened.wait(10000);
        ok = !opened.isEmpty() && opened.first().first().toBool();
    }
    /// Syncs until a run completes (at most 20 runs); an empty report when a run never finished.
    SyncReport sync()
    {
        SyncReport r;
        for (int i = 0; i < 20; ++i) {
            QSignalSpy finished(&engine, &SyncEngine::finished);
            engine.syncOnce();
            if (finished.isEmpty() && !finished.wait(120000))
                return {};
            r = finished.first().first().value<SyncReport>();
            if (r.completed)
                break;
        }
        return r;
    }
    Database& db() { return *engine.database(); }

    SystemClock clock;
    SyncEngine engine;
    bool ok = false;
};

} // namespace saypro::test
