// ScanInput on real widgets, installed on the application: a scanner burst into a focused line edit never
// reaches it (nor presses the dialog's default button), typing is replayed into it and Enter still reaches the
// dialog (propagated once), keys typed through the window (the real input path) are handled at the focus widget,
// and a typed-entry field gets every key untouched.

#include "scanning/ScanInput.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace saypro;

class TestScanInputWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scannerBurstIsSwallowed();
    void scannerBurstThroughTheWindow();
    void typingIsReplayedAndEnterReachesTheDialog();
    void typedEntryFieldGetsEveryKey();
    void passwordFieldGetsEveryKey();
    void modalDialogGetsEveryKey();

private:
    std::unique_ptr<QDialog> m_dialog;
    QLineEdit* m_entry = nullptr;
    QLineEdit* m_typed = nullptr;
    std::unique_ptr<ScanInput> m_scan;
};

void TestScanInputWidgets::init()
{
    m_dialog = std::make_unique<QDialog>();
    auto* layout = new QVBoxLayout(m_dialog.get());
    m_entry = new QLineEdit(m_dialog.get());
    m_entry->setObjectName(QStringLiteral("entry"));
    m_typed = new QLineEdit(m_dialog.get());
    m_typed->setObjectName(QStringLiteral("typed"));
    m_typed->setProperty("saypro_typedEntry", true);
    auto* ok = new QPushButton(QStringLiteral("OK"), m_dialog.get());
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, m_dialog.get(), &QDialog::accept);
    layout->addWidget(m_entry);
    layout->addWidget(m_typed);
    layout->addWidget(ok);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_entry->setFocus();
    QTRY_VERIFY(m_entry->hasFocus());

    m_scan = std::make_unique<ScanInput>();
    m_scan->install(qApp);
}

void TestScanInputWidgets::cleanup()
{
    m_scan.reset();
    m_dialog.reset();
}

void TestScanInputWidgets::scannerBurstIsSwallowed()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::keyClicks(m_entry, QStringLiteral("]C1SP-00012345")); // no delay: scanner speed
    QTest::keyClick(m_entry, Qt::Key_Return);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("SP-00012345"));
    QCOMPARE(scanned.at(0).at(1).toString(), QStringLiteral("]C1"));
    QCOMPARE(m_entry->text(), QString());
    // Absence can only be shown by waiting: past the hold-back window (30 ms) nothing is replayed late.
    QTest::qWait(100);
    QCOMPARE(m_entry->text(), QString());
    QCOMPARE(finished.count(), 0); // Enter of the scan did not press OK
}

void TestScanInputWidgets::scannerBurstThroughTheWindow()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QWindow* window = m_dialog->windowHandle();
    QVERIFY(window);
    for (QChar c : QStringLiteral("4006381333931"))
        QTest::keyClick(window, Qt::Key(c.unicode()), Qt::NoModifier);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(scanned.count(), 1); // the real input path: window first, then the focus widget
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("4006381333931"));
    QCOMPARE(m_entry->text(), QString());

    QTest::keyClick(window, Qt::Key_X, Qt::NoModifier, 0);
    QTRY_COMPARE(m_entry->text(), QStringLiteral("x")); // typing through the window is replayed
}

void TestScanInputWidgets::typingIsReplayedAndEnterReachesTheDialog()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::keyClicks(m_entry, QStringLiteral("SP-0001"), Qt::NoModifier, 120); // a person
    QTRY_COMPARE(m_entry->text(), QStringLiteral("SP-0001"));
    QTest::keyClick(m_entry, Qt::Key_Return, Qt::NoModifier, 120);
    QCOMPARE(scanned.count(), 0);
    QTRY_COMPARE(finished.count(), 1); // Enter went on from the line edit to the dialog's default button
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestScanInputWidgets::typedEntryFieldGetsEveryKey()
{
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    m_typed->setFocus();
    QTRY_VERIFY(m_typed->hasFocus());
    QTest::keyClicks(m_typed, QStringLiteral("SP-00012345"));
    QCOMPARE(m_typed->text(), QStringLiteral("SP-00012345")); // at once, not replayed later
    QTest::keyClick(m_typed, Qt::Key_Return);
    QCOMPARE(scanned.count(), 0);
}

void TestScanInputWidgets::passwordFieldGetsEveryKey()
{
    // A token pasted or auto-typed into a secret field is never taken for a scan (nor logged as one).
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    m_entry->setEchoMode(QLineEdit::Password);
    QTest::keyClicks(m_entry, QStringLiteral("tok3n-SECRET-42"));
    QCOMPARE(m_entry->text(), QStringLiteral("tok3n-SECRET-42"));
    QTest::keyClick(m_entry, Qt::Key_Return);
    QCOMPARE(scanned.count(), 0);
}

void TestScanInputWidgets::modalDialogGetsEveryKey()
{
    // While a modal dialog is open (a person answering it), a burst is typing for the dialog, not a scan for
    // the screen behind it.
    QSignalSpy scanned(m_scan.get(), &ScanInput::scanned);
    QDialog modal(m_dialog.get());
    auto* field = new QLineEdit(&modal);
    new QVBoxLayout(&modal);
    modal.layout()->addWidget(field);
    modal.setModal(true);
    modal.show();
    QVERIFY(QTest::qWaitForWindowActive(&modal));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("4006381333931"));
    QCOMPARE(field->text(), QStringLiteral("4006381333931"));
    QCOMPARE(scanned.count(), 0);
    modal.close();
}

QTEST_MAIN(TestScanInputWidgets)
#include "TestScanInputWidgets.moc"
