#pragma once
// sandbox: what a training marketplace is started with (SandboxServer::start).

#include "common/Clock.h"
#include "sandbox/FaultInjector.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

namespace saypro {

struct SandboxOptions
{
    /// The marketplace's own SQLite file (kept between runs). Empty: a temporary file removed on stop.
    QString databasePath;
    /// Loopback port; 0 picks a free one.
    quint16 port = 0;
    /// Orders created when the database is new.
    qint64 initialOrders = 200;
    /// Everything the marketplace generates and decides follows from this seed.
    quint64 seed = 1;
    /// The bearer token stations must present (Authorization: Bearer <token>). Must not be empty.
    QString token;
    /// New orders per minute of clock time; 0 means none.
    double arrivalRatePerMinute = 0;
    /// Fault specification (docs/sandbox.md); empty means none.
    QString faults;
    /// Seed of the fault sequence.
    quint64 faultSeed = 1;
    /// Replaces the seeded fault sequence when set: numbers in [0, 1), called on the server's thread.
    FaultInjector::RandomSource faultRandom;
    /// Simulated time. Null means the system clock. While the server runs, move a ManualClock only through
    /// SandboxServer::advanceTime(), which moves it on the server's thread.
    std::shared_ptr<Clock> clock;
    /// The marketplace's life (payment captures, cancellations, carrier tracking, returns, feedback) runs
    /// this many times faster than the clock; timestamps stay on the clock. 60 turns days into minutes.
    double timeScale = 1.0;
    /// Shares of orders the marketplace cancels itself (before shipping), with payment pending or
    /// failing at first, and of delivered orders that get a return request or a rating.
    double cancelShare = 0.03;
    double pendingPaymentShare = 0.08;
    double failedPaymentShare = 0.03;
    double returnShare = 0.12;
    double feedbackShare = 0.35;
    /// Catalogue SKUs (chosen by the seed) that are out of stock in every warehouse when the database is
    /// created; each bin is restocked outOfStockRestockHours of the marketplace's life later (divided by
    /// timeScale like every delay). Training needs orders that cannot be fulfilled.
    int outOfStockSkus = 2;
    double outOfStockRestockHours = 6.0;
    /// Share of the initial orders given a line of an out-of-stock SKU (besides those that have one
    /// anyway). When there are out-of-stock SKUs, at least one open initial order has such a line, and
    /// at least one has its payment pending (when pendingPaymentShare > 0).
    double outOfStockOrderShare = 0.02;
    /// The server's certificate and key; null means the training certificate (resources/sandbox).
    QSslCertificate certificate;
    QSslKey privateKey;
};

} // namespace saypro
