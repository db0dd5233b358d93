// The sync status in the status strip: each SyncState written out in words (never colour alone), the
// same words for screen readers, announcements of settled changes only, the first sync's progress bar,
// Sync now and the sync problems link.

#include "SyncStatusWidget.h"

#include <QAccessible>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace saypro;

namespace {
/// A time today in local time, as the strip shows it, in UTC as SyncState carries it.
QDateTime todayAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute)).toUTC();
}

SyncState stateOf(SyncState::Status status, qint64 pending = 0, int problems = 0, const QString& error = {},
                  int firstSync = -1)
{
    SyncState s;
    s.status = status;
    s.lastSuccess = todayAt(14, 32);
    s.pendingEvents = pending;
    s.openProblems = problems;
    s.lastError = error;
    s.firstSyncProgress = firstSync;
    return s;
}

} // namespace

class TestSyncStatusWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void describesEachState_data();
    void describesEachState();
    void widgetShowsTheSentenceAndTellsScreenReaders_data();
    void widgetShowsTheSentenceAndTellsScreenReaders();
    void notConnectedSaysSoAndOffersNoSyncNow();
    void offlineSinceIsWhenTheSpellBegan();
    void firstSyncShowsAProgressBar();
    void routineRunsAreNotAnnounced();
    void problemsLinkCountsAndOpensTheList();
    void syncNowAsksForARun();
    void secretWarningIsShownInWords();

private:
    QStringList announced() const;
    QString shownText() const { return m_widget->findChild<QLabel*>(QStringLiteral("syncStatusText"))->text(); }

    std::unique_ptr<SyncStatusWidget> m_widget;
    std::unique_ptr<QSignalSpy> m_announced;
};

void TestSyncStatusWidget::init()
{
    m_widget = std::make_unique<SyncStatusWidget>();
    m_widget->resize(1200, 40);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_announced = std::make_unique<QSignalSpy>(m_widget.get(), &SyncStatusWidget::announced);
}

QStringList TestSyncStatusWidget::announced() const
{
    QStringList texts;
    for (const QList<QVariant>& arguments : std::as_const(*m_announced))
        texts << arguments.first().toString();
    return texts;
}

void TestSyncStatusWidget::describesEachState_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("expected");
    const QString cache = QStringLiteral(" · working from the cache");
    QTest::addRow("online") << stateOf(SyncState::Status::Online) << QStringLiteral("Online · synced 14:32");
    QTest::addRow("online, 1 waiting") << stateOf(SyncState::Status::Online, 1)
                                       << QStringLiteral("Online · synced 14:32 · 1 event waiting");
    QTest::addRow("online, 3 waiting") << stateOf(SyncState::Status::Online, 3)
                                       << QStringLiteral("Online · synced 14:32 · 3 events waiting");
    QTest::addRow("syncing") << stateOf(SyncState::Status::Syncing) << QStringLiteral("Syncing…");
    QTest::addRow("first sync") << stateOf(SyncState::Status::Syncing, 0, 0, {}, 45)
                                << QStringLiteral("Syncing… first sync, 45% done");
    QTest::addRow("offline") << stateOf(SyncState::Status::Offline, 12)
                             << QStringLiteral("Offline since 14:30 · 12 events waiting") + cache;
    QTest::addRow("offline, nothing waiting")
        << stateOf(SyncState::Status::Offline) << QStringLiteral("Offline since 14:30") + cache;
    QTest::addRow("error") << stateOf(SyncState::Status::Error, 0, 0, QStringLiteral("The token was refused."))
                           << QStringLiteral("Sync error: The token was refused.");
    QTest::addRow("error, 2 waiting") << stateOf(SyncState::Status::Error, 2, 0, QStringLiteral("Bad certificate."))
                                      << QStringLiteral("Sync error: Bad certificate. · 2 events waiting");
    QTest::addRow("error without text") << stateOf(SyncState::Status::Error)
                                        << QStringLiteral("Sync error: the marketplace could not be synced");
}

void TestSyncStatusWidget::describesEachState()
{
    QFETCH(SyncState, state);
    QFETCH(QString, expected);
    QCOMPARE(SyncStatusWidget::describe(state, todayAt(14, 30), todayAt(15, 0), QLocale::c()), expected);
}

void TestSyncStatusWidget::widgetShowsTheSentenceAndTellsScreenReaders_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("expected");
    QTest::addRow("online") << stateOf(SyncState::Status::Online, 3)
                            << QStringLiteral("Online · synced 14:32 · 3 events waiting");
    QTest::addRow("error") << stateOf(SyncState::Status::Error, 0, 0, QStringLiteral("The token was refused."))
                           << QStringLiteral("Sync error: The token was refused.");
    QTest::addRow("offline") << stateOf(SyncState::Status::Offline, 12)
                             << QStringLiteral("Offline since 15:00 · 12 events waiting · working from the cache");
}

void TestSyncStatusWidget::widgetShowsTheSentenceAndTellsScreenReaders()
{
    QFETCH(SyncState, state);
    QFETCH(QString, expected);
    m_widget->setState(state, todayAt(15, 0));
    QCOMPARE(m_widget->text(), expected);
    QCOMPARE(shownText(), expected);
    auto* label = m_widget->findChild<QLabel*>(QStringLiteral("syncStatusText"));
    QCOMPARE(label->accessibleName(), expected);
    QVERIFY(m_widget->accessibleDescription().startsWith(expected));
    QCOMPARE(m_widget->accessibleName(), QStringLiteral("Sync status"));
    QVERIFY(m_widget->accessibleDescription().contains(QStringLiteral("Last successful sync")));
    // What a screen reader reads for the region and for the sentence.
    QAccessibleInterface* region = QAccessible::queryAccessibleInterface(m_widget.get());
    QVERIFY(region);
    QCOMPARE(region->text(QAccessible::Name), QStringLiteral("Sync status"));
    QVERIFY(region->text(QAccessible::Description).startsWith(expected));
    QAccessibleInterface* sentence = QAccessible::queryAccessibleInterface(label);
    QVERIFY(sentence);
    QCOMPARE(sentence->text(QAccessible::Name), expected);
    // An icon beside the words, never in place of them.
    QVERIFY(!m_widget->findChild<QLabel*>(QStringLiteral("syncStatusIcon"))->pixmap().isNull());
    QCOMPARE(announced(), QStringList{expected});
}

void TestSyncStatusWidget::notConnectedSaysSoAndOffersNoSyncNow()
{
    m_widget->setState(stateOf(SyncState::Status::Online), todayAt(15, 0));
    m_widget->showNotConnected();
    QCOMPARE(m_widget->mode(), SyncStatusWidget::Mode::NotConnected);
    QCOMPARE(m_widget->text(), QStringLiteral("Not connected to a marketplace"));
    QVERIFY(m_widget->accessibleDescription().contains(QStringLiteral("Connect to marketplace")));
    QVERIFY(!m_widget->findChild<QToolButton*>(QStringLiteral("syncNowButton"))->isEnabled());
    QVERIFY(announced().contains(QStringLiteral("Not connected to a marketplace")));

    m_widget->showNotConnected(QStringLiteral("No marketplace token is stored on this station."), true);
    QCOMPARE(m_widget->text(),
             QStringLiteral("Not connected to a marketplace: No marketplace token is stored on this station."));
}

void TestSyncStatusWidget::offlineSinceIsWhenTheSpellBegan()
{
    m_widget->showConnecting();
    QCOMPARE(m_widget->text(), QStringLiteral("Connecting to the marketplace…"));
    m_widget->setState(stateOf(SyncState::Status::Offline, 2), todayAt(14, 30));
    QCOMPARE(m_widget->text(), QStringLiteral("Offline since 14:30 · 2 events waiting · working from the cache"));
    // The retry a minute later does not hide that the station is offline.
    m_widget->setState(stateOf(SyncState::Status::Syncing, 2), todayAt(14, 31));
    QCOMPARE(m_widget->text(),
             QStringLiteral("Offline since 14:30 · 2 events waiting · working from the cache · trying again…"));
    m_widget->setState(stateOf(SyncState::Status::Offline, 3), todayAt(14, 32));
    QCOMPARE(m_widget->text(), QStringLiteral("Offline since 14:30 · 3 events waiting · working from the cache"));
    // Back online ends the spell; the next one starts afresh.
    SyncState online = stateOf(SyncState::Status::Online);
    online.lastSuccess = todayAt(14, 40);
    m_widget->setState(online, todayAt(14, 40));
    QCOMPARE(m_widget->text(), QStringLiteral("Online · synced 14:40"));
    m_widget->setState(stateOf(SyncState::Status::Offline), todayAt(14, 50));
    QVERIFY2(m_widget->text().startsWith(QStringLiteral("Offline since 14:50")), qPrintable(m_widget->text()));
}

void TestSyncStatusWidget::firstSyncShowsAProgressBar()
{
    auto* bar = m_widget->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    QVERIFY(bar->isHidden());
    m_widget->setState(stateOf(SyncState::Status::Syncing, 0, 0, {}, 0), todayAt(15, 0));
    QVERIFY(bar->isVisible());
    m_widget->setProgress(600, 2000);
    m_widget->setState(stateOf(SyncState::Status::Syncing, 0, 0, {}, 30), todayAt(15, 0));
    QCOMPARE(bar->value(), 30);
    QCOMPARE(m_widget->text(), QStringLiteral("Syncing… first sync, 30% done"));
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("600 of about 2,000 records stored"));
    m_widget->setState(stateOf(SyncState::Status::Online), todayAt(15, 0));
    QVERIFY(bar->isHidden());
    // A later run has no bar: it is short, and the strip says "Syncing…".
    m_widget->setState(stateOf(SyncState::Status::Syncing), todayAt(15, 1));
    QVERIFY(bar->isHidden());
}

void TestSyncStatusWidget::routineRunsAreNotAnnounced()
{
    m_widget->setState(stateOf(SyncState::Status::Online), todayAt(15, 0));
    m_widget->setState(stateOf(SyncState::Status::Syncing), todayAt(15, 1));
    QCOMPARE(m_widget->text(), QStringLiteral("Syncing…"));
    SyncState later = stateOf(SyncState::Status::Online, 1);
    later.lastSuccess = todayAt(15, 1);
    m_widget->setState(later, todayAt(15, 1));
    QCOMPARE(m_widget->text(), QStringLiteral("Online · synced 15:01 · 1 event waiting"));
    QCOMPARE(announced(), QStringList{QStringLiteral("Online · synced 14:32")});
    // Going offline is news.
    m_widget->setState(stateOf(SyncState::Status::Offline, 1), todayAt(15, 2));
    QCOMPARE(announced().size(), 2);
    QVERIFY(announced().last().startsWith(QStringLiteral("Offline since 15:02")));
}

void TestSyncStatusWidget::problemsLinkCountsAndOpensTheList()
{
    auto* link = m_widget->findChild<QToolButton*>(QStringLiteral("syncProblemsButton"));
    m_widget->setState(stateOf(SyncState::Status::Online), todayAt(15, 0));
    QVERIFY(link->isHidden());
    m_widget->setState(stateOf(SyncState::Status::Online, 0, 2), todayAt(15, 1));
    QVERIFY(link->isVisible());
    QCOMPARE(link->text(), QStringLiteral("2 sync problems"));
    QCOMPARE(link->accessibleName(), QStringLiteral("2 sync problems"));
    // New problems are announced even when the state itself did not change.
    QCOMPARE(announced().size(), 2);
    QCOMPARE(announced().last(), QStringLiteral("Online · synced 14:32 · 2 sync problems"));
    QSignalSpy requested(m_widget.get(), &SyncStatusWidget::problemsRequested);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    m_widget->setOpenProblems(1);
    QCOMPARE(link->text(), QStringLiteral("1 sync problem"));
    m_widget->setOpenProblems(0);
    QVERIFY(link->isHidden());
}

void TestSyncStatusWidget::syncNowAsksForARun()
{
    auto* button = m_widget->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    m_widget->showConnecting();
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Sync now"));
    QVERIFY(!button->accessibleName().isEmpty());
    QSignalSpy requested(m_widget.get(), &SyncStatusWidget::syncNowRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestSyncStatusWidget::secretWarningIsShownInWords()
{
    auto* button = m_widget->findChild<QToolButton*>(QStringLiteral("secretWarningButton"));
    QVERIFY(button->isHidden());
    const QString warning = QStringLiteral("No keychain service is available: the token is kept in a file.");
    m_widget->setSecretWarning(warning);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Token kept in a file"));
    QCOMPARE(button->toolTip(), warning);
    QCOMPARE(button->accessibleDescription(), warning);
    m_widget->setSecretWarning(QString());
    QVERIFY(button->isHidden());
}

QTEST_MAIN(TestSyncStatusWidget)
#include "TestSyncStatusWidget.moc"
