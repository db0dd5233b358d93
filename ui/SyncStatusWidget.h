#pragma once
// ui: the sync status in the status strip: an icon and a sentence for the link to the marketplace
// (online, syncing, offline, error, not connected), the first sync's progress bar, "Sync now", the
// open sync problems and the token-storage warning. Changes are announced to screen readers.

#include "sync/SyncState.h"

#include <QDateTime>
#include <QLocale>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace saypro {

class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        NotConnected, ///< no marketplace is set up: the station works from its cache
        Connecting,   ///< sync was started and has not reported yet
        Connected,    ///< the sync service reports its state
    };

    explicit SyncStatusWidget(QWidget* parent = nullptr);

    /// No marketplace: `reason` (translated) goes into the tooltip and the accessible description. A `problem`
    /// (an address is set but cannot be used) is shown in the sentence itself.
    void showNotConnected(const QString& reason = QString(), bool problem = false);
    /// Sync was just started; the first state is on its way.
    void showConnecting();
    /// The sync service's state. `nowUtc` is when it arrived: the start of an offline spell is taken from it.
    void setState(const SyncState& state, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    /// Records stored so far in the running sync and an estimate of the total (0 while unknown).
    void setProgress(qint64 done, qint64 total);
    /// Open sync problems, after a supervisor resolved some (the next state from the service agrees).
    void setOpenProblems(int count);
    /// The token-storage warning (SecretStore::warning()); empty hides it.
    void setSecretWarning(const QString& warning);

    Mode mode() const { return m_mode; }
    /// The sentence shown, in full (the label may shorten it to fit).
    QString text() const { return m_text; }
    const SyncState& state() const { return m_state; }
    int openProblems() const { return m_state.openProblems; }

    /// The sentence for `state`: "Online · synced 14:32 · 3 events waiting", "Syncing…",
    /// "Offline since 14:30 · 12 events waiting · working from the cache", "Sync error: …".
    /// `offlineSince` is when the station went offline; `nowUtc` decides whether times need their date.
    static QString describe(const SyncState& state, const QDateTime& offlineSince, const QDateTime& nowUtc,
                            const QLocale& locale = QLocale());
    /// "14:32" for a time today, the date and time otherwise.
    static QString shortTime(const QDateTime& utc, const QDateTime& nowUtc, const QLocale& locale = QLocale());

Q_SIGNALS:
    void syncNowRequested();
    void problemsRequested();
    void secretWarningRequested();
    /// A change worth telling a screen reader about was announced (as a QAccessible value change of the
    /// status region): a new settled state or error, or more problems; never the routine runs in between.
    void announced(const QString& text);

private:
    /// Shows `text`; a non-empty `announcement` is also announced to screen readers.
    void display(const QString& text, const QString& details, const QIcon& icon, const QString& announcement);
    static QString problemsText(int count);
    void updateProblems();
    void updateProgress();
    void fitText();
    void resizeEvent(QResizeEvent* event) override;
    static QString waiting(qint64 events, const QLocale& locale);

    Mode m_mode = Mode::NotConnected;
    SyncState m_state;
    SyncState m_settled; ///< the last state that was not a routine run
    QDateTime m_offlineSince;
    QString m_announcedKey; ///< the settled state last announced to screen readers
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
    QString m_text;
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_problems = nullptr;
    QToolButton* m_secretWarning = nullptr;
    QToolButton* m_syncNow = nullptr;
};

} // namespace saypro
