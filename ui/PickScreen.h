#pragma once
// ui: the Pick screen, made for a scanner and the keyboard alone. First the orders to pick (most urgent
// first): scan an order number to start its walk at once, or mark several with Space and press Enter for a
// batch walk (one tote per order). Then the walk: the next bin in very large type, what to take and how many
// and into which tote, the rest of the walk below, and the last scan's result (✓ or ✗ with words, a distinct
// sound, announced to screen readers). Every order is claimed from the marketplace before its pick starts (or
// the claim is queued when the station is offline). A short pick is one key away (F8).

#include "pack/PickSession.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace saypro {

class FeedbackBanner;
class PickStore;
class ScanSounds;
class SyncService;
struct ClaimResult;

class PickScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit PickScreen(QWidget* parent = nullptr);
    ~PickScreen() override;

    /// Picks through `store`; `sounds` may be null. Both must outlive the screen or be replaced first. A walk in
    /// progress is left (its picks are booked; the orders stay in picking and resume when started again).
    void setServices(PickStore* store, ScanSounds* sounds);
    void setSounds(ScanSounds* sounds) { m_sounds = sounds; }
    /// How picks are confirmed (bin then item, or item alone); applies from the next walk.
    void setPickSettings(const PickSettings& settings) { m_settings = settings; }
    /// Where claims are asked for; null: the station works without a marketplace and claims are queued.
    void setSyncService(SyncService* sync);

    /// Starts (or resumes) the walk of these orders, after claiming the ones not yet claimed here.
    void startWalk(const QList<qint64>& orderIds);
    /// A scan from the scanner (code without AIM id, and the AIM id) or a typed code (`symbology` empty).
    void handleScan(const QString& code, const QString& symbology = QString());
    /// The short-pick choice for the current stop (what F8 asks for): the open stop at the confirmed bin, or the
    /// next one on the walk.
    bool shortPick(ShortPickResolution resolution);
    /// Leaves the walk (picks stay booked; the orders stay in picking here).
    void leaveWalk();
    void refresh();
    void focusInput();

    const PickSession* session() const { return m_session.get(); }
    QList<qint64> walkOrders() const { return m_orders; }
    FeedbackBanner* feedback() const { return m_feedback; }
    const PickOutcome& lastOutcome() const { return m_last; }

Q_SIGNALS:
    /// An order's pick is complete (it is picked and goes to packing).
    void orderPicked(qint64 orderId, const QString& orderNumber);

private:
    void buildQueuePage();
    void buildWalkPage();
    void showQueue();
    void showWalk();
    void startSelected();
    void toggleMark(int row);
    void onClaimFinished(const ClaimResult& result);
    void beginWalk();
    void reload();
    void fillWalk();
    void showNextStop();
    void finishOrders();
    void askShortPick();
    int currentStop() const;
    bool shortPickAt(qint64 orderLineId, const QString& location, ShortPickResolution resolution);
    void reportError(const QString& message);

    PickStore* m_store = nullptr;
    ScanSounds* m_sounds = nullptr;
    QPointer<SyncService> m_sync;
    std::unique_ptr<PickSession> m_session;
    QList<qint64> m_orders;    ///< the walk's orders, in tote order
    QSet<qint64> m_claimsOpen; ///< claims asked for and not yet answered
    QStringList m_claimRefusals;
    PickOutcome m_last;
    PickSettings m_settings;

    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_queue = nullptr;
    QLabel* m_queueHint = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_nextBin = nullptr;
    QLabel* m_nextWhat = nullptr;
    QLabel* m_progress = nullptr;
    QTableWidget* m_walk = nullptr;
    QPushButton* m_short = nullptr;
    QPushButton* m_leave = nullptr;
    FeedbackBanner* m_feedback = nullptr;
    QLineEdit* m_typed = nullptr;
};

} // namespace saypro
