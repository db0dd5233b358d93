#pragma once
// ui: the Pack screen, made for a scanner and the keyboard alone. Left: the orders waiting to be packed, then,
// once an order is open, its lines with expected and scanned counts and the parcels. Right: the last scan's
// result in large type (✓ or ✗ with words, never colour alone, announced to screen readers and with a distinct
// sound), the special instructions to acknowledge, the weight check, and the actions. Every scan is verified
// locally by PackSession and written by PackStore before it is shown; a scan or Enter never closes a pack:
// Close pack needs its own key (Ctrl+Enter) or button.

#include "common/Error.h"
#include "pack/PackSession.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace saypro {

class Clock;
class FeedbackBanner;
class PackStore;
class ScanSounds;

class PackScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit PackScreen(QWidget* parent = nullptr);
    ~PackScreen() override;

    /// Packs through `store`; `sounds` plays the accepted/refused cues (may be null); `clock` dates the expiry
    /// check (null: the system clock). All must outlive the screen or be replaced first. An open pack is left
    /// (it stays stored and resumes when opened again).
    void setServices(PackStore* store, ScanSounds* sounds, const Clock* clock = nullptr);
    /// The cues played for accepted and refused scans; null: silent.
    void setSounds(ScanSounds* sounds) { m_sounds = sounds; }
    /// The weight tolerance and packaging weight; applies from the next pack opened.
    void setPackSettings(const PackSettings& settings) { m_settings = settings; }

    /// Opens (or resumes) the pack of the order; false (with the reason in the banner) when it cannot be packed.
    bool openOrder(qint64 orderId);
    /// A scan from the scanner (code without AIM id, and the AIM id) or a typed code (`symbology` empty).
    /// Without an open pack an order number opens that order's pack.
    void handleScan(const QString& code, const QString& symbology = QString());
    /// Re-reads the queue of orders to pack.
    void refresh();
    /// Puts the cursor where a typed code goes.
    void focusInput();

    /// Leaves the open pack (it stays stored; opening the order again resumes it).
    void leaveOrder();
    /// Closes the pack when nothing blocks it; the reasons otherwise, in the banner.
    bool closePack();
    void undoLast();
    void newParcel();
    void checkWeight();

    const PackSession* session() const { return m_session.get(); }
    qint64 orderId() const { return m_orderId; }
    FeedbackBanner* feedback() const { return m_feedback; }
    /// The last scan's result (kind Accepted / a rejection); meaningful after a scan.
    const ScanOutcome& lastOutcome() const { return m_last; }

Q_SIGNALS:
    /// The pack of an order was closed (the order is packed).
    void packClosed(qint64 orderId, const QString& orderNumber);
    /// An open pack was opened or left (to let the main window follow).
    void orderChanged(qint64 orderId);

private:
    void buildQueuePage();
    void buildPackPage();
    void showQueue();
    void showPack();
    void fillLines();
    void updateLine(int index);
    void fillParcels();
    void fillInstructions();
    void updateActions();
    void openSelected();
    void acknowledge(int index);
    void overrideWeight();
    void reportError(const QString& message);
    void reloadAfterFailedWrite(const Error& error);
    void addRecent(bool accepted, const QString& text);
    QDate today() const;

    PackStore* m_store = nullptr;
    ScanSounds* m_sounds = nullptr;
    const Clock* m_clock = nullptr;
    std::unique_ptr<PackSession> m_session;
    qint64 m_orderId = 0;
    ScanOutcome m_last;
    PackSettings m_settings;

    QStackedWidget* m_pages = nullptr;
    // Queue page
    QTableWidget* m_queue = nullptr;
    QLabel* m_queueHint = nullptr;
    // Pack page
    QLabel* m_orderHeading = nullptr;
    QLabel* m_orderDetail = nullptr;
    QLabel* m_progress = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_parcels = nullptr;
    QGroupBox* m_instructionBox = nullptr;
    QVBoxLayout* m_instructionLayout = nullptr;
    QList<QCheckBox*> m_instructionChecks;
    QSpinBox* m_weight = nullptr;
    QPushButton* m_weigh = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_newParcel = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_leave = nullptr;
    // Both pages
    FeedbackBanner* m_feedback = nullptr;
    QLineEdit* m_typed = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace saypro
