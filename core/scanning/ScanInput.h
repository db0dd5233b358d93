#pragma once
// scanning: telling a keyboard-wedge scanner from a person typing. Owns ScanInput, an event filter that turns
// scanner bursts into scanned(code, symbologyId) and lets typing through. QtGui only (QKeyEvent), no widgets.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QKeyEvent;

namespace saypro {

/// Recognises barcode scans typed by a keyboard-wedge scanner and reports them as scanned(code, symbologyId).
///
/// A scan is a burst of at least `minLength` characters whose keys follow each other within `maxGapMs`,
/// starting with the configured prefix (if any) and ended by the suffix (Enter or Tab), or, with no suffix,
/// by `idleTimeoutMs` of silence. From the code, ScanInput strips the prefix and a leading AIM symbology
/// identifier ("]" letter digit, e.g. "]C1", reported separately), maps the GS stand-in character to GS (0x1D),
/// and drops a read identical to the previous one within `duplicateWindowMs` (measured from the last read, so a
/// scanner held over a label reports it once).
///
/// Keystrokes: hold back, then replay or swallow. Every printable key press is held back while it could still
/// be the start of a scan, i.e. for at most `maxGapMs` (`idleTimeoutMs` with no suffix) after the last key.
/// When the burst turns out to be typing (a gap too long, too few characters, no suffix, another key such as
/// Backspace or an arrow), the held presses and releases are replayed, in order, to the objects that were
/// going to receive them; when it is a scan they are swallowed, suffix included, and never reach a widget.
/// A person therefore sees their characters 30 ms late at most; nothing is ever inserted and then removed.
/// This was chosen over "let keys through and delete the scanned characters afterwards" because that only
/// works for line edits: in a table, a spin box or on a button, the scanned characters would already have
/// triggered keyboard search, changed values or fired shortcuts, and Enter would have pressed a default
/// button. Keys with Ctrl/Alt/Meta, navigation and editing keys pass straight through (releasing any held
/// burst first, so the order is kept); modifier keys alone (Shift, which scanners send for capitals) pass
/// through without ending a burst.
///
/// Where to install it: `install(qApp)` (every window) or `install(window)` for one QWindow (for widgets,
/// `widget->windowHandle()`). On the application, key events addressed to a widget window are handled when
/// they reach the focus widget, so synthetic events sent to a widget (QTest::keyClick) are seen too; an event
/// propagated to a parent widget after the focus widget ignored it is not counted twice.
///
/// Typed entry: a focus object (or one of its parents) with the dynamic property "saypro_typedEntry" = true
/// gets its keys untouched and no scan is detected while it has focus; so does a field for secrets (input
/// method hints ImhHiddenText or ImhSensitiveData: a password or token field), and every key while a modal
/// window is open (a dialog is answered by a person).
///
/// Timing comes from an injectable millisecond clock (monotonic by default). Tests drive the state machine
/// directly with feed()/feedKey() and flush() at chosen times; the event filter uses the same entry points.
/// Known limit: characters typed by a person within `maxGapMs` of a scanner burst (or key events queued while
/// the UI was busy) are indistinguishable from the scanner's by timing; a configured prefix lets ScanInput drop
/// (replay) characters that came before it.
class ScanInput final : public QObject
{
    Q_OBJECT

public:
    enum class Suffix {
        Enter, ///< Return or keypad Enter ends a scan (the scanner default)
        Tab,   ///< Tab ends a scan
        None,  ///< idleTimeoutMs of silence ends a scan
    };

    struct Settings
    {
        int minLength = 4; ///< characters in the code (after prefix and AIM id) for a burst to be a scan
        int maxGapMs = 30; ///< longest gap between two keys of a scan (scanners: 7-16 ms, people: 100+)
        QString prefix;    ///< sent by the scanner before each code; empty = none
        Suffix suffix = Suffix::Enter;
        int idleTimeoutMs = 50;      ///< with Suffix::None: silence that ends a scan
        QChar gsStandIn;             ///< printable character the scanner sends for GS (e.g. '~'); null = none
        int duplicateWindowMs = 400; ///< an identical read within this time after the previous one is dropped

        friend bool operator==(const Settings&, const Settings&) = default;
    };

    /// `msClock` returns milliseconds on a monotonic scale; empty = a QElapsedTimer started now.
    explicit ScanInput(QObject* parent = nullptr, std::function<qint64()> msClock = {});
    ~ScanInput() override;

    const Settings& settings() const { return m_settings; }
    /// Applies from the next key; a burst in progress is released as typing first.
    void setSettings(const Settings& settings);

    /// Installs this as an event filter on `target` (the application or a QWindow); remove with uninstall().
    void install(QObject* target);
    void uninstall();

    /// The state machine: one key press at `atMs`. Returns true when ScanInput took the key (held back or
    /// swallowed), false when it should reach its receiver now. `text` is what the key types (QKeyEvent::text()).
    bool feedKey(int key, Qt::KeyboardModifiers modifiers, const QString& text, qint64 atMs);
    /// Convenience for tests: one character; '\r' and '\n' are Enter, '\t' is Tab.
    bool feed(QChar character, qint64 atMs);
    /// Time has reached `atMs` without a key: ends the burst if the silence is long enough (the timer calls this).
    void flush(qint64 atMs);

    /// Whether keys are being held back right now (a burst in progress).
    bool isHolding() const { return !m_pending.empty(); }

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// A scan: the code without prefix, suffix and AIM id, GS stand-ins mapped to GS; the AIM id or empty.
    void scanned(const QString& code, const QString& symbologyId);
    /// Held characters released as typing (they were, or are being, replayed to their receiver).
    void typed(const QString& text);
    /// A read identical to the previous one within the duplicate window was dropped.
    void duplicateSuppressed(const QString& code);

private:
    struct Held;

    qint64 now() const;
    int breakMs() const; ///< a longer gap ends the burst
    int timerMs() const; ///< silence after which the burst is judged
    bool isSuffix(int key, Qt::KeyboardModifiers modifiers) const;
    bool handlePress(QObject* receiver, const QKeyEvent* event, int key, Qt::KeyboardModifiers modifiers,
                     const QString& text, qint64 atMs);
    bool handleRelease(const QKeyEvent* event);
    /// The burst has ended without a suffix at `atMs`: a scan with Suffix::None, otherwise typing.
    void endBurst(qint64 atMs);
    /// Emits (or suppresses) the scan in the held keys, from `first`; releases the keys before it as typing.
    void acceptScan(qsizetype first, qint64 atMs);
    /// Replays the held keys as typing and forgets them.
    void releaseAsTyping();
    /// Where the scan starts in the held keys (after stray typing before the prefix), or -1 when it is no scan.
    qsizetype scanStart() const;
    bool isTypedEntry(QObject* receiver) const;

    Settings m_settings;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QPointer<QObject> m_target;

    std::vector<std::unique_ptr<Held>> m_pending;
    qint64 m_lastKeyAt = 0;
    QSet<int> m_dropReleases;            ///< keys whose press was swallowed as part of a scan
    const QEvent* m_replaying = nullptr; ///< the held event being replayed right now

    QString m_lastCode;
    QString m_lastSymbology;
    qint64 m_lastScanAt = 0;
    bool m_haveLastScan = false;

    // The last key event handled, to recognise it when QApplication propagates it to a parent widget.
    const QEvent* m_lastEvent = nullptr;
    QPointer<QObject> m_lastReceiver;
    int m_lastEventType = 0;
    int m_lastEventKey = 0;
};

} // namespace saypro
