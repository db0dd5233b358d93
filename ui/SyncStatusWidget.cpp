#include "SyncStatusWidget.h"

#include "DisplayFormat.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

namespace saypro {

namespace {
/// How wide the sentence may get before it is shortened (the full text is in the tooltip).
constexpr int kMaxTextChars = 72;

QIcon iconFor(const QStyle* style, SyncStatusWidget::Mode mode, SyncState::Status status)
{
    if (mode == SyncStatusWidget::Mode::NotConnected)
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    if (mode == SyncStatusWidget::Mode::Connecting)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (status) {
    case SyncState::Status::Online:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case SyncState::Status::Syncing:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case SyncState::Status::Offline:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case SyncState::Status::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_label->setTextFormat(Qt::PlainText);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("First sync progress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setFixedWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->hide();

    m_problems = new QToolButton(this);
    m_problems->setObjectName(QStringLiteral("syncProblemsButton"));
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setAutoRaise(true);
    m_problems->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problems->setAccessibleName(tr("Sync problems"));
    m_problems->setAccessibleDescription(tr("Open the list of sync problems a supervisor must deal with"));
    m_problems->setToolTip(m_problems->accessibleDescription());
    m_problems->hide();
    connect(m_problems, &QToolButton::clicked, this, &SyncStatusWidget::problemsRequested);

    m_secretWarning = new QToolButton(this);
    m_secretWarning->setObjectName(QStringLiteral("secretWarningButton"));
    m_secretWarning->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_secretWarning->setAutoRaise(true);
    m_secretWarning->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_secretWarning->setText(tr("Token kept in a file"));
    m_secretWarning->setAccessibleName(m_secretWarning->text());
    m_secretWarning->hide();
    connect(m_secretWarning, &QToolButton::clicked, this, &SyncStatusWidget::secretWarningRequested);

    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncNow->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setAccessibleDescription(tr("Exchange orders and events with the marketplace now (F9)"));
    m_syncNow->setToolTip(m_syncNow->accessibleDescription());
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNowRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems);
    layout->addWidget(m_secretWarning);
    layout->addWidget(m_syncNow);

    showNotConnected();
}

QString SyncStatusWidget::shortTime(const QDateTime& utc, const QDateTime& nowUtc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() == nowUtc.toLocalTime().date()) {
        // Hours and minutes: some locales' short format carries seconds, which only make the strip busy.
        static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(seconds);
        return locale.toString(local.time(), format);
    }
    return DisplayFormat::dateTime(utc, locale);
}

QString SyncStatusWidget::waiting(qint64 events, const QLocale& locale)
{
    if (events <= 0)
        return {};
    if (events == 1)
        return tr(" · 1 event waiting");
    return tr(" · %1 events waiting").arg(locale.toString(events));
}

QString SyncStatusWidget::describe(const SyncState& state, const QDateTime& offlineSince, const QDateTime& nowUtc,
                                   const QLocale& locale)
{
    const QString events = waiting(state.pendingEvents, locale);
    switch (state.status) {
    case SyncState::Status::Online:
        if (!state.lastSuccess.isValid())
            return tr("Online") + events;
        return tr("Online · synced %1").arg(shortTime(state.lastSuccess, nowUtc, locale)) + events;
    case SyncState::Status::Syncing:
        if (state.firstSyncProgress >= 0)
            return tr("Syncing… first sync, %1% done").arg(locale.toString(state.firstSyncProgress)) + events;
        return tr("Syncing…") + events;
    case SyncState::Status::Offline: {
        const QString since = offlineSince.isValid()
                                  ? tr("Offline since %1").arg(shortTime(offlineSince, nowUtc, locale))
                                  : tr("Offline");
        return since + events + tr(" · working from the cache");
    }
    case SyncState::Status::Error: {
        const QString error = state.lastError.trimmed().isEmpty()
                                  ? tr("Sync error: the marketplace could not be synced")
                                  : tr("Sync error: %1").arg(state.lastError.trimmed());
        return error + events;
    }
    }
    return {};
}

void SyncStatusWidget::showNotConnected(const QString& reason, bool problem)
{
    m_mode = Mode::NotConnected;
    m_state = SyncState();
    m_offlineSince = QDateTime();
    m_announcedKey.clear();
    m_settled = SyncState();
    m_syncNow->setEnabled(false);
    const QString details =
        reason.isEmpty() ? tr("The station works from its own cache. Use File > Connect to marketplace… to connect.")
                         : reason;
    const QString text = problem && !reason.isEmpty() ? tr("Not connected to a marketplace: %1").arg(reason)
                                                      : tr("Not connected to a marketplace");
    const QIcon icon =
        problem ? style()->standardIcon(QStyle::SP_MessageBoxCritical) : iconFor(style(), m_mode, m_state.status);
    display(text, details, icon, text != m_text ? text : QString());
    updateProblems();
    updateProgress();
}

void SyncStatusWidget::showConnecting()
{
    m_mode = Mode::Connecting;
    m_state = SyncState();
    m_offlineSince = QDateTime();
    m_announcedKey.clear();
    m_settled = SyncState();
    m_syncNow->setEnabled(true);
    const QString text = tr("Connecting to the marketplace…");
    display(text, QString(), iconFor(style(), m_mode, m_state.status), text != m_text ? text : QString());
    updateProblems();
    updateProgress();
}

void SyncStatusWidget::setState(const SyncState& state, const QDateTime& nowUtc)
{
    const bool wasConnected = m_mode == Mode::Connected;
    const SyncState previous = m_state;
    m_mode = Mode::Connected;
    m_syncNow->setEnabled(true);
    // A routine run (not the first sync) between two settled states is not news; the settled state is.
    const bool routineRun = state.status == SyncState::Status::Syncing && state.firstSyncProgress < 0;
    // An offline spell starts at the first failure; the retries in it pass through Syncing without ending it.
    if (state.status == SyncState::Status::Offline) {
        if (!m_offlineSince.isValid())
            m_offlineSince = nowUtc;
    } else if (!routineRun) {
        m_offlineSince = QDateTime();
    }
    m_state = state;
    if (state.status != SyncState::Status::Syncing || state.firstSyncProgress < 0) {
        m_progressDone = 0;
        m_progressTotal = 0;
    }

    QString text = describe(state, m_offlineSince, nowUtc);
    if (routineRun && wasConnected &&
        (m_settled.status == SyncState::Status::Offline || m_settled.status == SyncState::Status::Error)) {
        // A retry does not hide that the station is offline (or failing) until it has succeeded.
        SyncState settled = m_settled;
        settled.pendingEvents = state.pendingEvents;
        text = describe(settled, m_offlineSince, nowUtc) + tr(" · trying again…");
    }
    QStringList details;
    if (state.lastSuccess.isValid())
        details << tr("Last successful sync: %1").arg(DisplayFormat::longDateTime(state.lastSuccess));
    else
        details << tr("This station has not completed a sync yet.");
    if (state.pendingEvents > 0)
        details << tr("Events waiting to be sent to the marketplace: %1").arg(QLocale().toString(state.pendingEvents));
    if (state.openProblems > 0)
        details << tr("Open sync problems: %1").arg(QLocale().toString(state.openProblems));

    // Announced: a new settled state or error, and new problems; not the routine runs in between.
    const QString key = QString::number(int(state.status)) + u'|' + state.lastError;
    const bool moreProblems = wasConnected && state.openProblems > previous.openProblems;
    QString announcement;
    if (!routineRun && key != m_announcedKey)
        announcement = text;
    if (!routineRun && moreProblems)
        announcement = text + tr(" · ") + problemsText(state.openProblems);
    if (!announcement.isEmpty())
        m_announcedKey = key;
    if (!routineRun)
        m_settled = state;
    display(text, details.join(u'\n'), iconFor(style(), m_mode, state.status), announcement);
    updateProblems();
    updateProgress();
}

void SyncStatusWidget::setProgress(qint64 done, qint64 total)
{
    m_progressDone = done;
    m_progressTotal = total;
    updateProgress();
}

void SyncStatusWidget::setOpenProblems(int count)
{
    m_state.openProblems = std::max(0, count);
    updateProblems();
}

void SyncStatusWidget::setSecretWarning(const QString& warning)
{
    m_secretWarning->setVisible(!warning.isEmpty());
    m_secretWarning->setToolTip(warning);
    m_secretWarning->setAccessibleDescription(warning);
}

void SyncStatusWidget::display(const QString& text, const QString& details, const QIcon& icon,
                               const QString& announcement)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_text = text;
    fitText();
    const QString tip = details.isEmpty() ? text : text + u'\n' + details;
    m_label->setToolTip(tip);
    m_icon->setToolTip(tip);
    m_label->setAccessibleName(text);
    m_label->setAccessibleDescription(details);
    setAccessibleDescription(tip);
    if (!announcement.isEmpty()) {
        // Screen readers hear the new state without moving the focus to the status strip.
        QAccessibleValueChangeEvent event(this, announcement);
        QAccessible::updateAccessibility(&event);
        Q_EMIT announced(announcement);
    }
}

QString SyncStatusWidget::problemsText(int count)
{
    return count == 1 ? tr("1 sync problem") : tr("%1 sync problems").arg(QLocale().toString(count));
}

void SyncStatusWidget::updateProblems()
{
    const int count = m_state.openProblems;
    const bool visible = m_mode == Mode::Connected && count > 0;
    if (visible) {
        const QString text = problemsText(count);
        m_problems->setText(text);
        m_problems->setAccessibleName(text);
    }
    m_problems->setVisible(visible);
}

void SyncStatusWidget::updateProgress()
{
    const bool first =
        m_mode == Mode::Connected && m_state.status == SyncState::Status::Syncing && m_state.firstSyncProgress >= 0;
    m_progress->setVisible(first);
    if (!first)
        return;
    m_progress->setValue(m_state.firstSyncProgress);
    const QLocale locale;
    const QString description =
        m_progressTotal > 0
            ? tr("%1 of about %2 records stored").arg(locale.toString(m_progressDone), locale.toString(m_progressTotal))
            : tr("%1 records stored").arg(locale.toString(m_progressDone));
    m_progress->setToolTip(description);
    m_progress->setAccessibleDescription(description);
}

void SyncStatusWidget::fitText()
{
    const QFontMetrics metrics = m_label->fontMetrics();
    const int room = std::min(metrics.averageCharWidth() * kMaxTextChars, std::max(m_label->width(), 0));
    const int wanted = metrics.horizontalAdvance(m_text);
    m_label->setMinimumWidth(std::min(wanted, metrics.averageCharWidth() * kMaxTextChars));
    m_label->setText(room > 0 && wanted > room ? metrics.elidedText(m_text, Qt::ElideRight, room) : m_text);
}

void SyncStatusWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitText();
}

} // namespace saypro
