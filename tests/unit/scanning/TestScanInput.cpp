// ScanInput: scanner bursts versus typing with simulated timings (a fast scanner, a person typing, a person typing
// around a scan, a doubled read), AIM ids, the GS stand-in, the three suffixes, and the event-filter path: held
// keys replayed in order to their receiver, scans swallowed, typed-entry objects left alone.

#include "scanning/ScanInput.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace saypro;

namespace {

const QChar Gs(0x1D);

/// Receives key events and writes them down: "a" for a press typing a, "^a" for its release, "<Return>"...
class KeySink final : public QObject
{
public:
    QStringList log;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() != QEvent::KeyPress && e->type() != QEvent::KeyRelease)
            return QObject::event(e);
        const auto* k = static_cast<QKeyEvent*>(e);
        QString name = k->key() == Qt::Key_Return ? QStringLiteral("<Return>") : k->text();
        log << (e->type() == QEvent::KeyRelease ? u'^' + name : name);
        return true;
    }
};

} // namespace

class TestScanInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void fastScannerIsOneScan();
    void personTypingIsNoScan();
    void personTypingAroundAScan();
    void strayKeyBeforePrefixIsHandedBack();
    void prefixIsRequiredAndStripped();
    void doubledReadSuppressedWithinWindowOnly();
    void aimIdentifierStrippedAndReported_data();
    void aimIdentifierStrippedAndReported();
    void gsStandInMappedToGs();
    void literalGsFromCtrlBracket();
    void suffixNoneEndsOnIdleTimeout();
    void suffixNoneIdleTimerFires();
    void tabSuffix();
    void tooShortBurstIsNoScan();
    void longGapSplitsBursts();
    void editingKeyReleasesHeldKeys();
    void shiftDoesNotBreakABurst();
    void gapTimerReleasesTyping();

    void eventsOfAScanAreSwallowed();
    void eventsOfTypingAreReplayedInOrder();
    void typedEntryObjectIsLeftAlone();
    void autoRepeatIsTyping();
    void shortcutOverrideHeldDuringBurst();

private:
    /// Feeds `text` starting at `at`, `gapMs` apart; returns the time of the last key.
    qint64 type(const QString& text, qint64 at, int gapMs);
    void sendKey(QObject* to, int key, const QString& text, Qt::KeyboardModifiers mods = Qt::NoModifier,
                 bool autoRepeat = false);

    qint64 m_now = 0;
    std::unique_ptr<ScanInput> m_scan;
};

void TestScanInput::init()
{
    m_now = 1'000'000;
    m_scan = std::make_unique<ScanInput>(nullptr, [this] { return m_now; });
}

void TestScanInput::cleanup()
{
    m_scan.reset();
}

qint64 TestScanInput::type(const QString& text, qint64 at, int gapMs)
{
    for (QChar c : text) {
        m_scan->feed(c, at);
        at += gapMs;
    }
    return at - gapMs;
}

void TestScanInput::sendKey(QObject* to, int key, const QString& text, Qt::KeyboardModifiers mods, bool autoRepeat)
{
    QKeyEvent press(QEvent::KeyPress, key, mods, text, autoRepeat);
    QCoreApplication::sendEvent(to, &press);
    QKeyEvent release(QEvent::KeyRelease, key, mods, text, autoRepeat);
    QCoreApplication::sendEvent(to, &release);
}

void TestScanInput::defaults()
{
    const ScanInput::Settings s;
    QCOMPARE(s.minLength, 4);
    QCOMPARE(s.maxGapMs, 30);
    QCOMPARE(s.suffix, ScanInput::Suffix::Enter);
    QCOMPARE(s.idleTimeoutMs, 50);
    QVERIFY(s.gsStandIn.isNull());
    QVERIFY(s.prefix.isEmpty());
    QCOMPARE(s.duplicateWindowMs, 400);
    QCOMPARE(m_scan->settings(), s);
}

void TestScanInput::fastScannerIsOneScan()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    qint64 t = 0;
    for (QChar c : QStringLiteral("4006381333931")) {
        QVERIFY(m_scan->feed(c, t)); // held back
        t += 5;
    }
    QVERIFY(m_scan->feed(u'\r', t)); // the suffix is swallowed too
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("4006381333931"));
    QCOMPARE(scanned.at(0).at(1).toString(), QString());
    QCOMPARE(typed.count(), 0);
    QVERIFY(!m_scan->isHolding());
}

void TestScanInput::personTypingIsNoScan()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    const qint64 last = type(QStringLiteral("SP-00012345"), 0, 120);
    QVERIFY(!m_scan->feed(u'\r', last + 120)); // Enter after typing reaches the widget
    QCOMPARE(scanned.count(), 0);
    QString delivered;
    for (const auto& args : typed)
        delivered += args.at(0).toString();
    QCOMPARE(delivered, QStringLiteral("SP-00012345"));
    QCOMPARE(typed.count(), 11); // one key at a time, each as soon as it is known to be typing
}

void TestScanInput::personTypingAroundAScan()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    qint64 t = type(QStringLiteral("ab"), 0, 150);
    t = type(QStringLiteral("1Z5R89390357567127\r"), t + 200, 8);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("1Z5R89390357567127"));
    QCOMPARE(typed.count(), 2);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(typed.at(1).at(0).toString(), QStringLiteral("b"));

    // the person goes on typing after the scan
    type(QStringLiteral("cd"), t + 300, 140);
    m_scan->flush(t + 300 + 140 + 100);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(typed.count(), 4);
    QCOMPARE(typed.at(3).at(0).toString(), QStringLiteral("d"));
}

void TestScanInput::strayKeyBeforePrefixIsHandedBack()
{
    ScanInput::Settings s;
    s.prefix = QStringLiteral("#");
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    // a person's key lands 10 ms before the scanner starts: without a prefix it would join the code
    m_scan->feed(u'x', 0);
    type(QStringLiteral("#SP-00012345\r"), 10, 6);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("x"));
}

void TestScanInput::prefixIsRequiredAndStripped()
{
    ScanInput::Settings s;
    s.prefix = QStringLiteral("$$");
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    qint64 t = type(QStringLiteral("SP-00012345\r"), 0, 5); // fast, but without the prefix
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
    type(QStringLiteral("$$SP-00012345\r"), t + 500, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
}

void TestScanInput::doubledReadSuppressedWithinWindowOnly()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy duplicates(m_scan.get(), &ScanInput::duplicateSuppressed);
    const QString code = QStringLiteral("4006381333931\r");
    qint64 t = type(code, 0, 5); // read at t
    t = type(code, t + 150, 5);  // read again 215 ms later: the scanner double-read
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(duplicates.count(), 1);
    QCOMPARE(duplicates.at(0).at(0).toString(), QStringLiteral("4006381333931"));
    t = type(QStringLiteral("SP-00012345\r"), t + 50, 5); // another code inside the window is a new scan
    QCOMPARE(scanned.count(), 2);
    t = type(code, t + 100, 5); // back to the first code: not the previous read, so counted
    QCOMPARE(scanned.count(), 3);
    type(code, t + 450, 5); // the same code after the window: a second unit
    QCOMPARE(scanned.count(), 4);
    QCOMPARE(duplicates.count(), 1);
}

void TestScanInput::aimIdentifierStrippedAndReported_data()
{
    QTest::addColumn<QString>("burst");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbologyId");
    QTest::addRow("GS1-128") << "]C10109521234543213"
                             << "0109521234543213"
                             << "]C1";
    QTest::addRow("EAN-13") << "]E04006381333931"
                            << "4006381333931"
                            << "]E0";
    QTest::addRow("GS1 DataMatrix") << "]d201095060001343521725120010LOT7"
                                    << "01095060001343521725120010LOT7"
                                    << "]d2";
    QTest::addRow("QR") << "]Q1RMA-2026-000321"
                        << "RMA-2026-000321"
                        << "]Q1";
    QTest::addRow("no AIM: bracket then digit") << "]1234"
                                                << "]1234"
                                                << "";
    QTest::addRow("no AIM: bin label") << "]AB-12"
                                       << "]AB-12"
                                       << "";
}

void TestScanInput::aimIdentifierStrippedAndReported()
{
    QFETCH(QString, burst);
    QFETCH(QString, code);
    QFETCH(QString, symbologyId);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    type(burst + u'\r', 0, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), code);
    QCOMPARE(scanned.at(0).at(1).toString(), symbologyId);
}

void TestScanInput::gsStandInMappedToGs()
{
    ScanInput::Settings s;
    s.gsStandIn = u'~';
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    type(QStringLiteral("]C142002134~92612903123456789012345\r"), 0, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(),
             QStringLiteral("42002134") + Gs + QStringLiteral("92612903123456789012345"));
    QCOMPARE(scanned.at(0).at(1).toString(), QStringLiteral("]C1"));

    // without a stand-in configured, '~' is an ordinary character
    m_scan->setSettings(ScanInput::Settings{});
    type(QStringLiteral("AB~CD\r"), 1000, 5);
    QCOMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("AB~CD"));
}

void TestScanInput::literalGsFromCtrlBracket()
{
    // Some scanners type GS as Ctrl+]: it belongs to the code, it is not a shortcut.
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    qint64 t = type(QStringLiteral("10ABC"), 0, 5);
    QVERIFY(m_scan->feedKey(Qt::Key_BracketRight, Qt::ControlModifier, QString(Gs), t + 5));
    t = type(QStringLiteral("17261231\r"), t + 10, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("10ABC") + Gs + QStringLiteral("17261231"));
}

void TestScanInput::suffixNoneEndsOnIdleTimeout()
{
    ScanInput::Settings s;
    s.suffix = ScanInput::Suffix::None;
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    const qint64 last = type(QStringLiteral("SP-00012345"), 0, 5);
    m_scan->flush(last + 20);
    QCOMPARE(scanned.count(), 0);
    QVERIFY(m_scan->isHolding());
    m_scan->flush(last + 50);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));

    // Enter is then just a key; a slow key after a burst ends it as well
    const qint64 next = type(QStringLiteral("4006381333931"), last + 1000, 5);
    QVERIFY(!m_scan->feed(u'\r', next + 40) && !m_scan->isHolding());
    QCOMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("4006381333931"));
}

void TestScanInput::suffixNoneIdleTimerFires()
{
    ScanInput::Settings s;
    s.suffix = ScanInput::Suffix::None;
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    type(QStringLiteral("RMA-2026-000321"), m_now, 5); // the timer, not a test call, ends the scan
    QVERIFY(scanned.wait(1000));
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("RMA-2026-000321"));
}

void TestScanInput::tabSuffix()
{
    ScanInput::Settings s;
    s.suffix = ScanInput::Suffix::Tab;
    m_scan->setSettings(s);
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    qint64 t = type(QStringLiteral("SP-00012345\t"), 0, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
    // with Tab configured, Enter does not end a scan: the burst is typing
    t = type(QStringLiteral("4006381333931"), t + 1000, 5);
    QVERIFY(!m_scan->feed(u'\r', t + 5));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("4006381333931"));
}

void TestScanInput::tooShortBurstIsNoScan()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    const qint64 t = type(QStringLiteral("123"), 0, 5);
    QVERIFY(!m_scan->feed(u'\r', t + 5)); // replayed "123", then Enter goes through
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("123"));

    // the AIM id does not count towards the minimum length
    type(QStringLiteral("]E0123\r"), t + 1000, 5);
    QCOMPARE(scanned.count(), 0);

    ScanInput::Settings s;
    s.minLength = 3;
    m_scan->setSettings(s);
    type(QStringLiteral("123\r"), t + 2000, 5);
    QCOMPARE(scanned.count(), 1);
}

void TestScanInput::longGapSplitsBursts()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    qint64 t = type(QStringLiteral("1234"), 0, 5);
    t = type(QStringLiteral("5678\r"), t + 100, 5);
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("1234"));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("5678"));
    Q_UNUSED(t);
}

void TestScanInput::editingKeyReleasesHeldKeys()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    const qint64 t = type(QStringLiteral("abcd"), 0, 10); // a quick typist
    QVERIFY(!m_scan->feedKey(Qt::Key_Backspace, Qt::NoModifier, QString(), t + 10));
    QCOMPARE(typed.count(), 1);
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("abcd"));
    QVERIFY(!m_scan->feedKey(Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03"), t + 20));
    QCOMPARE(scanned.count(), 0);
}

void TestScanInput::shiftDoesNotBreakABurst()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    qint64 t = 0;
    for (QChar c : QStringLiteral("SP-001")) {
        if (c.isUpper())
            QVERIFY(!m_scan->feedKey(Qt::Key_Shift, Qt::ShiftModifier, QString(), t)); // passes, no effect
        m_scan->feedKey(c.toUpper().unicode(), c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, QString(c), t + 2);
        t += 7;
    }
    m_scan->feed(u'\r', t);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-001"));
}

void TestScanInput::gapTimerReleasesTyping()
{
    QSignalSpy typed(m_scan.get(), &ScanInput::typed);
    QVERIFY(m_scan->feed(u'q', m_now));
    QVERIFY(m_scan->isHolding());
    QVERIFY(typed.wait(1000)); // the 30 ms gap timer hands the key back
    QCOMPARE(typed.at(0).at(0).toString(), QStringLiteral("q"));
    QVERIFY(!m_scan->isHolding());
}

void TestScanInput::eventsOfAScanAreSwallowed()
{
    KeySink sink;
    m_scan->install(QCoreApplication::instance());
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    for (QChar c : QStringLiteral("SP-00012345")) {
        sendKey(&sink, c.toUpper().unicode(), QString(c));
        m_now += 6;
    }
    sendKey(&sink, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
    QVERIFY2(sink.log.isEmpty(), qPrintable(sink.log.join(u' ')));
}

void TestScanInput::eventsOfTypingAreReplayedInOrder()
{
    KeySink sink;
    m_scan->install(QCoreApplication::instance());
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    sendKey(&sink, Qt::Key_A, QStringLiteral("a"));
    QVERIFY(sink.log.isEmpty()); // held while it could start a scan
    m_now += 120;
    sendKey(&sink, Qt::Key_B, QStringLiteral("b"));
    QCOMPARE(sink.log, (QStringList{QStringLiteral("a"), QStringLiteral("^a")}));
    m_now += 120;
    sendKey(&sink, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(sink.log, (QStringList{QStringLiteral("a"), QStringLiteral("^a"), QStringLiteral("b"),
                                    QStringLiteral("^b"), QStringLiteral("<Return>"), QStringLiteral("^<Return>")}));
    QCOMPARE(scanned.count(), 0);

    // a scan right after typing: the typing is replayed, the scan swallowed
    sink.log.clear();
    m_now += 500;
    sendKey(&sink, Qt::Key_X, QStringLiteral("x"));
    m_now += 200;
    for (QChar c : QStringLiteral("4006381333931")) {
        sendKey(&sink, c.unicode(), QString(c));
        m_now += 5;
    }
    sendKey(&sink, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(sink.log, (QStringList{QStringLiteral("x"), QStringLiteral("^x")}));
    QCOMPARE(scanned.count(), 1);
    m_scan->uninstall();
}

void TestScanInput::typedEntryObjectIsLeftAlone()
{
    QObject form;
    auto* field = new KeySink;
    field->setParent(&form);
    form.setProperty("saypro_typedEntry", true); // on a parent (a compound editor) counts too
    m_scan->install(QCoreApplication::instance());
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    int expected = 0;
    for (QChar c : QStringLiteral("SP-00012345")) {
        sendKey(field, c.toUpper().unicode(), QString(c));
        expected += 2;
        QCOMPARE(field->log.size(), expected); // delivered at once
        m_now += 5;
    }
    sendKey(field, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(field->log.size(), expected + 2);
    QCOMPARE(scanned.count(), 0);
}

void TestScanInput::autoRepeatIsTyping()
{
    KeySink sink;
    m_scan->install(QCoreApplication::instance());
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    sendKey(&sink, Qt::Key_7, QStringLiteral("7"));
    for (int i = 0; i < 6; ++i) {
        m_now += 25; // key held down: repeats as fast as a scanner types
        sendKey(&sink, Qt::Key_7, QStringLiteral("7"), Qt::NoModifier, true);
    }
    m_now += 25;
    sendKey(&sink, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(sink.log.count(QStringLiteral("7")), 7);
    QCOMPARE(sink.log.last(), QStringLiteral("^<Return>"));
}

void TestScanInput::shortcutOverrideHeldDuringBurst()
{
    KeySink sink;
    m_scan->install(QCoreApplication::instance());
    QKeyEvent before(QEvent::ShortcutOverride, Qt::Key_S, Qt::NoModifier, QStringLiteral("s"));
    before.ignore();
    QCoreApplication::sendEvent(&sink, &before);
    QVERIFY(!before.isAccepted()); // nothing held: shortcuts work as usual

    sendKey(&sink, Qt::Key_1, QStringLiteral("1"));
    m_now += 5;
    QKeyEvent during(QEvent::ShortcutOverride, Qt::Key_S, Qt::NoModifier, QStringLiteral("s"));
    during.ignore();
    QCoreApplication::sendEvent(&sink, &during);
    QVERIFY(during.isAccepted()); // a burst in progress: 's' is text, not a shortcut
}

QTEST_GUILESS_MAIN(TestScanInput)
#include "TestScanInput.moc"
