// The Pack screen driven exactly as a keyboard-wedge scanner and a person drive it: characters at scanner
// speed then Enter, through ScanInput installed on the application. A whole order including a wrong item and
// an over-count (each refused with its reason, with ✗, the refused sound and an announcement, nothing
// counted); instructions acknowledged and the weight typed with the keyboard; Enter never closing the pack;
// Ctrl+Enter closing it; leaving and resuming; every focusable widget named.

#include "DemoDatabase.h"
#include "FeedbackBanner.h"
#include "PackScreen.h"
#include "ScanSounds.h"
#include "Theme.h"
#include "common/Settings.h"
#include "domain/Gtin.h"
#include "pack/PackStore.h"
#include "scanning/ScanInput.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace saypro;

namespace {

const QString kMug = Gtin::withCheckDigit(QStringLiteral("600987601001"));
const QString kPhone = Gtin::withCheckDigit(QStringLiteral("600987601002"));
const QString kRedMug = Gtin::withCheckDigit(QStringLiteral("600987601003"));
const QString kNumber = QStringLiteral("SP-90000001");

} // namespace

class TestPackScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeOrderAtScannerSpeed();
    void enterNeverCloses();
    void leavingKeepsThePack();
    void orderNotPickedIsRefused();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    /// Types `code` as a wedge scanner does: characters back to back, then Enter, into the focused widget.
    void scan(const QString& code);
    template <typename T> T* find(const QString& name) const { return m_screen->findChild<T*>(name); }
    QString status() const
    {
        return m_demo->scalar(QStringLiteral("SELECT status FROM orders WHERE number = '%1'").arg(kNumber)).toString();
    }
    int scanned(int row) const { return find<QTableWidget>(QStringLiteral("packLines"))->item(row, 3)->text().toInt(); }

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PackStore> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScanSounds> m_sounds;
    std::unique_ptr<ScanInput> m_input;
    std::unique_ptr<PackScreen> m_screen;
    std::unique_ptr<QSignalSpy> m_announcements;
    std::unique_ptr<QSignalSpy> m_cues;
};

void TestPackScreen::initTestCase()
{
    Theme::apply(*qApp);
}

void TestPackScreen::init()
{
    m_demo = std::make_unique<DemoDatabase>(3);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));

    Order o;
    o.number = kNumber;
    o.marketplaceId = QStringLiteral("ord_pack_gui");
    o.status = OrderStatus::Picked;
    o.confirmedAt = m_clock->now().addSecs(-3600);
    o.updatedAt = o.confirmedAt;
    o.shipBy = m_clock->now().addDays(2);
    o.currency = QStringLiteral("ZAR");
    o.customer.name = QStringLiteral("Lerato Mokoena");
    o.shipTo.name = o.customer.name;
    o.instructions.giftWrap = true;
    OrderLine mug;
    mug.lineId = QStringLiteral("L1");
    mug.sku = QStringLiteral("GUI-MUG");
    mug.gtin = kMug;
    mug.name = QStringLiteral("Blue Mug");
    mug.quantity = 2;
    mug.weightGrams = 350;
    OrderLine phone;
    phone.lineId = QStringLiteral("L2");
    phone.sku = QStringLiteral("GUI-PHONE");
    phone.gtin = kPhone;
    phone.name = QStringLiteral("Phone X1");
    phone.quantity = 1;
    phone.weightGrams = 200;
    phone.serialTracked = true;
    o.lines = {mug, phone};
    auto inserted = m_demo->store().insert(o, QStringLiteral("test"));
    QVERIFY2(inserted.has_value(), inserted ? "" : qPrintable(inserted.error().toString()));
    QSqlQuery product(m_demo->database().connection());
    QVERIFY(product.exec(QStringLiteral("INSERT INTO products (sku, gtin, name, currency) VALUES ('GUI-MUG-RED', "
                                        "'%1', 'Red Mug', 'ZAR')")
                             .arg(kRedMug)));

    m_store = std::make_unique<PackStore>(m_demo->database(), *m_clock, DemoDatabase::kStation);
    m_settings = std::make_unique<Settings>(m_demo->path() + QStringLiteral(".ini"));
    m_sounds = std::make_unique<ScanSounds>(*m_settings);
    m_screen = std::make_unique<PackScreen>();
    m_screen->setServices(m_store.get(), m_sounds.get(), m_clock.get());
    m_input = std::make_unique<ScanInput>();
    m_input->install(qApp);
    connect(m_input.get(), &ScanInput::scanned, m_screen.get(),
            [this](const QString& code, const QString& aim) { m_screen->handleScan(code, aim); });
    m_screen->resize(1600, 1000);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->focusInput();
    m_announcements = std::make_unique<QSignalSpy>(m_screen->feedback(), &FeedbackBanner::announced);
    m_cues = std::make_unique<QSignalSpy>(m_sounds.get(), &ScanSounds::played);
}

void TestPackScreen::cleanup()
{
    m_input.reset();
    m_cues.reset();
    m_announcements.reset();
    m_screen.reset();
    m_sounds.reset();
    m_settings.reset();
    m_store.reset();
    m_clock.reset();
    m_demo.reset();
}

void TestPackScreen::scan(const QString& code)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_screen.get();
    // Back to back, as a fast scanner sends them: a pause here (a busy machine) would read as typing.
    for (QChar c : code)
        QTest::keyClick(target, c.toLatin1());
    QTest::keyClick(target, Qt::Key_Return);
    QTest::qWait(1);
}

void TestPackScreen::wholeOrderAtScannerSpeed()
{
    using Cue = ScanSounds::Cue;
    auto lastCue = [this] { return m_cues->isEmpty() ? -1 : m_cues->last().at(0).value<int>(); };
    QVERIFY(find<QTableWidget>(QStringLiteral("packQueue"))->rowCount() >= 1);

    scan(kNumber);
    QVERIFY(m_screen->session());
    QCOMPARE(m_screen->session()->order().number, kNumber);
    QCOMPARE(status(), QStringLiteral("packing"));
    QVERIFY(find<QLabel>(QStringLiteral("packOrderHeading"))->text().contains(kNumber));

    scan(kMug);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
    QVERIFY(m_screen->feedback()->shownText().startsWith(QStringLiteral("✓")));
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("1 of 2")));
    QCOMPARE(scanned(0), 1);
    QCOMPARE(lastCue(), int(Cue::Accepted));

    // A wrong item: refused with its name, nothing counted.
    scan(kRedMug);
    QCOMPARE(m_screen->lastOutcome().kind, ScanKind::WrongItem);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QVERIFY(m_screen->feedback()->shownText().startsWith(QStringLiteral("✗")));
    QVERIFY2(m_screen->feedback()->message().contains(QStringLiteral("Red Mug")),
             qPrintable(m_screen->feedback()->message()));
    QCOMPARE(scanned(0), 1);
    QCOMPARE(lastCue(), int(Cue::Refused));
    QVERIFY(!m_announcements->isEmpty());
    QVERIFY(m_announcements->last().at(0).toString().contains(QStringLiteral("Red Mug")));

    scan(kMug);
    QCOMPARE(scanned(0), 2);
    // An over-count: refused, still 2.
    QTest::qWait(450); // past the duplicate-read window, so the scanner really reports it again
    scan(kMug);
    QCOMPARE(m_screen->lastOutcome().kind, ScanKind::OverCount);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QCOMPARE(scanned(0), 2);

    // The phone needs its serial: the GS1 label's human-readable form carries it.
    scan(QStringLiteral("(01)") + Gtin::toGtin14(kPhone));
    QCOMPARE(m_screen->lastOutcome().kind, ScanKind::SerialRequired);
    scan(QStringLiteral("(01)") + Gtin::toGtin14(kPhone) + QStringLiteral("(21)SN4711"));
    QCOMPARE(m_screen->lastOutcome().kind, ScanKind::Accepted);
    QCOMPARE(scanned(1), 1);
    QVERIFY(m_screen->session()->isComplete());

    // Closing is blocked until the gift wrap is confirmed and the parcel weighed.
    QTest::keyClick(m_screen.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(status(), QStringLiteral("packing"));
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);

    auto* gift = find<QCheckBox>(QStringLiteral("packInstruction_gift_wrap"));
    QVERIFY(gift);
    gift->setFocus();
    QTest::keyClick(gift, Qt::Key_Space);
    QTRY_VERIFY(gift->isChecked()); // a space is held back for a moment: it could start a scan
    QVERIFY(m_screen->session()->pendingInstructions().isEmpty());

    auto* weight = find<QSpinBox>(QStringLiteral("packWeight"));
    weight->setFocus();
    weight->selectAll();
    const int expected = m_screen->session()->expectedWeightGrams();
    // A person types: 80 ms between keys (faster would look like a scanner to ScanInput).
    QTest::keyClicks(weight, QString::number(expected + 20), Qt::NoModifier, 80);
    QTest::qWait(80);
    QTest::keyClick(weight, Qt::Key_Return);
    QVERIFY(m_screen->session()->parcels().constFirst().weight.has_value());
    QVERIFY(m_screen->session()->parcels().constFirst().weight->isWithin());
    QVERIFY(m_screen->session()->canClose().isEmpty());

    QSignalSpy closed(m_screen.get(), &PackScreen::packClosed);
    QTest::keyClick(m_screen.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(status(), QStringLiteral("packed"));
    QVERIFY(!m_screen->session());
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
    QCOMPARE(lastCue(), int(Cue::Attention));
    // Every scan is in scan_log: the order number and 6 item scans, 3 of them refused.
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM scan_log WHERE context = 'pack'")).toInt(), 7);
    QCOMPARE(m_demo
                 ->scalar(QStringLiteral("SELECT count(*) FROM scan_log WHERE reason = 'order_confirmed' AND "
                                         "order_id IS NOT NULL"))
                 .toInt(),
             1);
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM scan_log WHERE accepted = 0")).toInt(), 3);
}

void TestPackScreen::enterNeverCloses()
{
    scan(kNumber);
    scan(kMug);
    scan(QStringLiteral("(01)") + Gtin::toGtin14(kPhone) + QStringLiteral("(21)SN1"));
    QTest::qWait(450);
    scan(kMug);
    m_screen->findChild<QCheckBox*>(QStringLiteral("packInstruction_gift_wrap"))->setChecked(true);
    auto* weight = find<QSpinBox>(QStringLiteral("packWeight"));
    weight->setValue(m_screen->session()->expectedWeightGrams());
    m_screen->checkWeight();
    QVERIFY(m_screen->session()->canClose().isEmpty());
    // Plain Enter on the screen and another scan: the pack stays open.
    m_screen->focusInput();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    scan(kMug);
    QVERIFY(m_screen->session());
    QCOMPARE(status(), QStringLiteral("packing"));
}

void TestPackScreen::leavingKeepsThePack()
{
    scan(kNumber);
    scan(kMug);
    QTest::keyClick(m_screen.get(), Qt::Key_Escape);
    QVERIFY(!m_screen->session());
    QVERIFY(m_screen->feedback()->message().contains(kNumber));
    scan(kNumber);
    QVERIFY(m_screen->session());
    QCOMPARE(scanned(0), 1);
}

void TestPackScreen::orderNotPickedIsRefused()
{
    const QString ready =
        m_demo->scalar(QStringLiteral("SELECT number FROM orders WHERE status NOT IN ('picked', 'packing') LIMIT 1"))
            .toString();
    QVERIFY(!ready.isEmpty());
    scan(ready);
    QVERIFY(!m_screen->session());
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    scan(QStringLiteral("SP-99999999"));
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("SP-99999999")));
}

void TestPackScreen::everyFocusableWidgetHasAnAccessibleName()
{
    scan(kNumber);
    QVERIFY(m_screen->session());
    for (QWidget* w : m_screen->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
            continue; // viewports of tables
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
    }
}

QTEST_MAIN(TestPackScreen)
#include "TestPackScreen.moc"
