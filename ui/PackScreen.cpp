#include "PackScreen.h"

#include "DisplayFormat.h"
#include "FeedbackBanner.h"
#include "ScanSounds.h"
#include "StationUser.h"
#include "TableItems.h"
#include "TypedCodeField.h"
#include "UiLogging.h"
#include "common/Clock.h"
#include "pack/PackStore.h"
#include "scanning/BarcodeParser.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTime>

#include <functional>

namespace saypro {

namespace {

constexpr int kQueueLimit = 200;
enum QueueColumn { QueueNumber, QueueStatus, QueueCustomer, QueueShipBy, QueueUnits, QueueColumns };
enum LineColumn { LineItem, LineSku, LineExpected, LineScanned, LineState, LineColumns };
enum ParcelColumn { ParcelNumber, ParcelItems, ParcelExpected, ParcelWeighed, ParcelState, ParcelColumns };

QString grams(int g)
{
    return PackScreen::tr("%1 g").arg(QLocale().toString(g));
}

} // namespace

PackScreen::PackScreen(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("packScreen"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pack"));

    auto* outer = new QHBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 3);

    auto* side = new QVBoxLayout;
    outer->addLayout(side, 2);
    m_feedback = new FeedbackBanner(this);
    m_feedback->setObjectName(QStringLiteral("packFeedback"));
    side->addWidget(m_feedback);

    buildQueuePage();
    buildPackPage();

    // The actions of an open pack, beside the banner.
    m_instructionBox = new QGroupBox(tr("Before closing, confirm"), this);
    m_instructionBox->setAccessibleName(tr("Special instructions to confirm"));
    m_instructionLayout = new QVBoxLayout(m_instructionBox);
    side->addWidget(m_instructionBox);

    auto* weightBox = new QGroupBox(tr("Weight of the current parcel"), this);
    auto* weightRow = new QHBoxLayout(weightBox);
    m_weight = new QSpinBox(weightBox);
    m_weight->setObjectName(QStringLiteral("packWeight"));
    m_weight->setAccessibleName(tr("Weighed grams"));
    m_weight->setAccessibleDescription(tr("Type the weight the scale shows, in grams, then press Check weight."));
    m_weight->setRange(0, 70000);
    m_weight->setSuffix(tr(" g"));
    m_weight->setFont(scaledFont(font(), 1.4, true));
    if (auto* edit = m_weight->findChild<QLineEdit*>())
        edit->setAccessibleName(m_weight->accessibleName());
    m_weigh = new QPushButton(tr("Check &weight"), weightBox);
    m_weigh->setAccessibleName(tr("Check weight"));
    m_override = new QPushButton(tr("Supervisor overr&ide…"), weightBox);
    m_override->setAccessibleName(tr("Supervisor override of the weight check"));
    weightRow->addWidget(m_weight, 1);
    weightRow->addWidget(m_weigh);
    weightRow->addWidget(m_override);
    side->addWidget(weightBox);
    connect(m_weight, &QSpinBox::editingFinished, this, [this] {
        if (m_weight->hasFocus() && m_weight->value() > 0)
            checkWeight();
    });
    connect(m_weigh, &QPushButton::clicked, this, &PackScreen::checkWeight);
    connect(m_override, &QPushButton::clicked, this, &PackScreen::overrideWeight);

    auto* actions = new QGridLayout;
    m_newParcel = new QPushButton(tr("New &parcel (F8)"), this);
    m_newParcel->setAccessibleName(tr("Open a new parcel"));
    m_undo = new QPushButton(tr("&Undo last scan (Ctrl+Z)"), this);
    m_undo->setAccessibleName(tr("Undo the last scan"));
    m_close = new QPushButton(tr("&Close pack (Ctrl+Enter)"), this);
    m_close->setObjectName(QStringLiteral("packClose"));
    m_close->setAccessibleName(tr("Close the pack"));
    m_close->setAutoDefault(false);
    m_close->setFont(scaledFont(font(), 1.3, true));
    m_leave = new QPushButton(tr("&Leave order (Esc)"), this);
    m_leave->setAccessibleName(tr("Leave this order; the pack stays saved"));
    for (QPushButton* b : {m_newParcel, m_undo, m_close, m_leave}) {
        b->setMinimumHeight(44);
        b->setAutoDefault(false);
    }
    actions->addWidget(m_newParcel, 0, 0);
    actions->addWidget(m_undo, 0, 1);
    actions->addWidget(m_leave, 1, 0);
    actions->addWidget(m_close, 1, 1);
    side->addLayout(actions);
    connect(m_newParcel, &QPushButton::clicked, this, &PackScreen::newParcel);
    connect(m_undo, &QPushButton::clicked, this, &PackScreen::undoLast);
    connect(m_close, &QPushButton::clicked, this, &PackScreen::closePack);
    connect(m_leave, &QPushButton::clicked, this, &PackScreen::leaveOrder);

    auto shortcut = [this](const QKeySequence& keys, const std::function<void()>& action) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence(Qt::Key_F8), [this] { newParcel(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { undoLast(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { closePack(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { closePack(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { leaveOrder(); });

    m_typed = addTypedCodeField(
        this, side, QStringLiteral("packTypedCode"),
        tr("For a label that does not scan: type the barcode digits or an order number and press Enter."),
        [this](const QString& code) { handleScan(code); });

    auto* recentLabel = new QLabel(tr("Recent scans"), this);
    recentLabel->setFont(scaledFont(font(), 1.1, true));
    side->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("packRecentScans"));
    m_recent->setAccessibleName(tr("Recent scans, newest first"));
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setWordWrap(true);
    recentLabel->setBuddy(m_recent);
    side->addWidget(m_recent, 1);

    showQueue();
}

PackScreen::~PackScreen() = default;

void PackScreen::buildQueuePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(tr("Orders to pack"), page);
    heading->setFont(scaledFont(font(), 1.6, true));
    layout->addWidget(heading);
    m_queueHint = new QLabel(page);
    m_queueHint->setWordWrap(true);
    m_queueHint->setFont(scaledFont(font(), 1.15, false));
    layout->addWidget(m_queueHint);
    m_queue =
        readOnlyTable(page, QStringLiteral("packQueue"),
                      {tr("Order"), tr("Status"), tr("Customer"), tr("Ship by"), tr("Items")}, tr("Orders to pack"));
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setFont(scaledFont(font(), 1.15, false));
    layout->addWidget(m_queue, 1);
    connect(m_queue, &QTableWidget::cellActivated, this, [this](int, int) { openSelected(); });
    m_pages->addWidget(page);
}

void PackScreen::buildPackPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_orderHeading = new QLabel(page);
    m_orderHeading->setObjectName(QStringLiteral("packOrderHeading"));
    m_orderHeading->setFont(scaledFont(font(), 2.0, true));
    m_orderHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_orderHeading);
    m_orderDetail = new QLabel(page);
    m_orderDetail->setWordWrap(true);
    layout->addWidget(m_orderDetail);
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("packProgress"));
    m_progress->setFont(scaledFont(font(), 1.4, true));
    m_progress->setAccessibleName(tr("Pack progress"));
    layout->addWidget(m_progress);

    m_lines = readOnlyTable(page, QStringLiteral("packLines"),
                            {tr("Item"), tr("SKU"), tr("Ordered"), tr("Scanned"), tr("State")}, tr("Order lines"));
    m_lines->setFont(scaledFont(font(), 1.2, false));
    m_lines->horizontalHeader()->setSectionResizeMode(LineItem, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_lines, 3);

    auto* parcelHeading = new QLabel(tr("Parcels"), page);
    parcelHeading->setFont(scaledFont(font(), 1.2, true));
    layout->addWidget(parcelHeading);
    m_parcels =
        readOnlyTable(page, QStringLiteral("packParcels"),
                      {tr("Parcel"), tr("Items"), tr("Expected"), tr("Weighed"), tr("Weight check")}, tr("Parcels"));
    m_parcels->horizontalHeader()->setStretchLastSection(true);
    m_parcels->setFocusPolicy(Qt::NoFocus);
    m_parcels->setMaximumHeight(m_parcels->horizontalHeader()->sizeHint().height() +
                                5 * m_parcels->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_parcels);
    m_pages->addWidget(page);
}

void PackScreen::setServices(PackStore* store, ScanSounds* sounds, const Clock* clock)
{
    if (m_session)
        leaveOrder();
    m_store = store;
    m_sounds = sounds;
    m_clock = clock;
    refresh();
}

QDate PackScreen::today() const
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    return now.toLocalTime().date();
}

void PackScreen::focusInput()
{
    // With an order open the screen itself takes the keys: the scanner's bursts are read as scans wherever they
    // land, and the typed-code field is only used when a person goes there.
    if (m_session)
        setFocus(Qt::OtherFocusReason);
    else
        m_queue->setFocus(Qt::OtherFocusReason);
}

void PackScreen::refresh()
{
    if (m_session)
        return;
    const qint64 currentId = currentRowId(m_queue, QueueNumber);
    m_queue->setRowCount(0);
    if (!m_store) {
        m_queueHint->setText(tr("Packing is not available: the station has no open database."));
        return;
    }
    auto queue = m_store->queue(kQueueLimit);
    if (!queue) {
        reportError(queue.error().message);
        qCWarning(lcUi).noquote() << "pack queue:" << queue.error().detail;
        return;
    }
    fillOrderQueue(m_queue, *queue, QueueNumber);
    if (queue->isEmpty())
        m_queueHint->setText(tr("No order is waiting to be packed. Picked orders appear here."));
    else
        m_queueHint->setText(tr("Scan an order number, or choose an order and press Enter."));
    // The cursor stays on the order it was on (a refresh after a sync must not move it to another order).
    setCurrentRowById(m_queue, QueueNumber, currentId);
    if (m_feedback->kind() == FeedbackBanner::Kind::Neutral)
        m_feedback->showNeutral(tr("Scan the order number on the tote or the pick list."));
}

void PackScreen::openSelected()
{
    const int row = m_queue->currentRow();
    if (row < 0)
        return;
    openOrder(m_queue->item(row, QueueNumber)->data(Qt::UserRole).toLongLong());
}

bool PackScreen::openOrder(qint64 orderId)
{
    if (!m_store)
        return false;
    if (m_session && m_orderId == orderId)
        return true;
    auto session = m_store->open(orderId, StationUser::actor(), m_settings);
    if (!session) {
        reportError(session.error().message);
        qCWarning(lcUi).noquote() << "open pack:" << session.error().detail;
        return false;
    }
    m_session = std::move(*session);
    m_orderId = orderId;
    m_last = {};
    showPack();
    m_feedback->showNeutral(m_session->isComplete()
                                ? tr("Every item is scanned. Weigh the parcel, then close the pack.")
                                : tr("Order %1 open: scan each item.").arg(m_session->order().number));
    Q_EMIT orderChanged(orderId);
    return true;
}

void PackScreen::leaveOrder()
{
    if (!m_session)
        return;
    const QString number = m_session->order().number;
    m_session.reset();
    m_orderId = 0;
    showQueue();
    m_feedback->showNeutral(tr("Order %1 left; its pack is saved and resumes when you scan it again.").arg(number));
    Q_EMIT orderChanged(0);
}

void PackScreen::showQueue()
{
    m_pages->setCurrentIndex(0);
    m_instructionBox->hide();
    for (QWidget* w :
         {static_cast<QWidget*>(m_weight), static_cast<QWidget*>(m_weigh), static_cast<QWidget*>(m_override)})
        w->parentWidget()->hide();
    updateActions();
    refresh();
    if (isVisible())
        focusInput();
}

void PackScreen::showPack()
{
    const Order& o = m_session->order();
    m_orderHeading->setText(tr("Order %1").arg(o.number));
    QStringList detail{o.customer.name, ServiceLevels::displayName(o.serviceLevel)};
    if (o.shipBy.isValid())
        detail << tr("ship by %1").arg(DisplayFormat::dateTime(o.shipBy));
    m_orderDetail->setText(detail.join(QStringLiteral(" · ")));
    m_pages->setCurrentIndex(1);
    m_weight->parentWidget()->show();
    fillLines();
    fillParcels();
    fillInstructions();
    updateActions();
    if (isVisible())
        focusInput();
}

void PackScreen::fillLines()
{
    const QList<PackLineState> lines = m_session->lines();
    m_lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const PackLineState& l = lines.at(i);
        QString name = l.name;
        if (l.serialTracked)
            name += tr(" (serial)");
        m_lines->setItem(i, LineItem, readOnlyItem(name));
        m_lines->setItem(i, LineSku, readOnlyItem(m_session->order().lines.value(i).sku));
        m_lines->setItem(i, LineExpected,
                         readOnlyItem(QLocale().toString(l.expected), Qt::AlignRight | Qt::AlignVCenter));
        updateLine(i);
    }
    m_lines->resizeColumnToContents(LineSku);
    m_lines->resizeColumnToContents(LineExpected);
}

void PackScreen::updateLine(int index)
{
    if (index < 0 || index >= m_lines->rowCount())
        return;
    const PackLineState l = m_session->lines().at(index);
    auto* scanned = readOnlyItem(QLocale().toString(l.packed), Qt::AlignRight | Qt::AlignVCenter);
    scanned->setFont(scaledFont(m_lines->font(), 1.2, true));
    m_lines->setItem(index, LineScanned, scanned);
    const QString state =
        l.isComplete() ? tr("✓ Done") : tr("%1 to scan").arg(QLocale().toString(l.expected - l.packed));
    m_lines->setItem(index, LineState, readOnlyItem(state));
    // Progress over all lines.
    int packed = 0;
    int expected = 0;
    int done = 0;
    for (const PackLineState& s : m_session->lines()) {
        packed += s.packed;
        expected += s.expected;
        done += s.isComplete() ? 1 : 0;
    }
    m_progress->setText(tr("%1 of %2 items scanned · %3 of %4 lines done")
                            .arg(QLocale().toString(packed), QLocale().toString(expected), QLocale().toString(done),
                                 QLocale().toString(m_session->lines().size())));
}

void PackScreen::fillParcels()
{
    const QList<PackParcel> parcels = m_session->parcels();
    m_parcels->setRowCount(int(parcels.size()));
    for (int row = 0; row < parcels.size(); ++row) {
        const PackParcel& p = parcels.at(row);
        int units = 0;
        for (int n : p.quantities)
            units += n;
        QString number = tr("Parcel %1").arg(p.number);
        if (p.number == m_session->currentParcel())
            number += tr(" (current)");
        m_parcels->setItem(row, ParcelNumber, readOnlyItem(number));
        m_parcels->setItem(row, ParcelItems,
                           readOnlyItem(QLocale().toString(units), Qt::AlignRight | Qt::AlignVCenter));
        m_parcels->setItem(row, ParcelExpected,
                           readOnlyItem(grams(p.expectedGrams), Qt::AlignRight | Qt::AlignVCenter));
        m_parcels->setItem(row, ParcelWeighed,
                           readOnlyItem(p.weight ? grams(p.weight->measuredGrams) : tr("not weighed"),
                                        Qt::AlignRight | Qt::AlignVCenter));
        QString check;
        if (!p.weight)
            check = p.isEmpty() ? tr("empty") : tr("to weigh");
        else if (p.weight->isWithin())
            check = tr("✓ within tolerance");
        else if (p.weightOverride)
            check = tr("✓ accepted by %1").arg(p.weightOverride->supervisor);
        else
            check = tr("✗ outside tolerance");
        m_parcels->setItem(row, ParcelState, readOnlyItem(check));
    }
    m_parcels->resizeColumnsToContents();
}

void PackScreen::fillInstructions()
{
    qDeleteAll(m_instructionChecks);
    m_instructionChecks.clear();
    const QList<PackInstruction> items = m_session->instructions();
    for (int i = 0; i < items.size(); ++i) {
        const PackInstruction& item = items.at(i);
        const QString text = item.text.isEmpty() ? item.title : tr("%1: %2").arg(item.title, item.text);
        auto* box = new QCheckBox(text, m_instructionBox);
        box->setObjectName(QStringLiteral("packInstruction_") + item.key());
        box->setAccessibleName(tr("Confirm: %1").arg(text));
        box->setFont(scaledFont(font(), 1.25, true));
        box->setChecked(item.acknowledged);
        box->setEnabled(!item.acknowledged);
        box->setMinimumHeight(40);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            if (on)
                acknowledge(i);
        });
        m_instructionLayout->addWidget(box);
        m_instructionChecks.append(box);
    }
    m_instructionBox->setVisible(!items.isEmpty());
}

void PackScreen::acknowledge(int index)
{
    if (!m_session || index < 0 || index >= m_session->instructions().size())
        return;
    const PackInstruction item = m_session->instructions().at(index);
    if (auto r = m_session->acknowledge(item.kind); !r) {
        reportError(r.error().message);
        return;
    }
    if (auto r = m_store->recordAcknowledged(m_orderId, item, StationUser::actor()); !r) {
        reloadAfterFailedWrite(r.error());
        return;
    }
    m_instructionChecks.at(index)->setEnabled(false);
    m_feedback->showSuccess(tr("Confirmed: %1").arg(item.title));
    updateActions();
}

void PackScreen::updateActions()
{
    const bool open = m_session != nullptr;
    m_newParcel->setEnabled(open);
    m_undo->setEnabled(open && !m_session->counted().isEmpty());
    m_close->setEnabled(open);
    m_leave->setEnabled(open);
    m_weigh->setEnabled(open);
    m_weight->setEnabled(open);
    bool canOverride = false;
    if (open) {
        const QList<PackParcel> parcels = m_session->parcels();
        const PackParcel& current = parcels.at(m_session->currentParcel() - 1);
        canOverride = current.weight && !current.weight->isWithin() && !current.weightOverride;
    }
    m_override->setEnabled(canOverride);
}

void PackScreen::reloadAfterFailedWrite(const Error& error)
{
    // What was not stored must not count: the pack is rebuilt from what is stored, and the packer is told.
    qCWarning(lcUi).noquote() << "pack step not stored:" << error.detail;
    const qint64 id = m_orderId;
    auto session = m_store->open(id, StationUser::actor(), m_settings);
    if (!session) {
        qCWarning(lcUi).noquote() << "reopen pack:" << session.error().detail;
        m_session.reset();
        m_orderId = 0;
        showQueue();
        Q_EMIT orderChanged(0);
    } else {
        m_session = std::move(*session);
        showPack();
    }
    reportError(tr("That was not saved, so it does not count: %1").arg(error.message));
}

void PackScreen::addRecent(bool accepted, const QString& text)
{
    constexpr int kRecentScans = 12;
    const QString symbol = accepted ? QStringLiteral("✓") : QStringLiteral("✗");
    const QString line = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_recent->insertItem(
        0,
        QStringLiteral("%1 %2  %3").arg(symbol, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), line));
    while (m_recent->count() > kRecentScans)
        delete m_recent->takeItem(m_recent->count() - 1);
}

void PackScreen::reportError(const QString& message)
{
    m_feedback->showProblem(message);
    if (m_sounds)
        m_sounds->play(ScanSounds::Cue::Refused);
}

void PackScreen::handleScan(const QString& code, const QString& symbology)
{
    const QString raw = symbology + code;
    if (!m_store)
        return;
    if (!m_session) {
        const ParsedBarcode parsed = BarcodeParser::parse(raw, today());
        ScanOutcome out;
        out.raw = raw;
        out.symbology = symbology;
        out.codeKind = parsed.kindKey();
        out.code = parsed.valid ? parsed.code : parsed.text;
        qint64 orderId = 0;
        if (!parsed.valid) {
            out.kind = ScanKind::InvalidCode;
            out.message = tr("Unreadable code: %1").arg(parsed.error);
            out.detail = QStringLiteral("no pack open; invalid code: ") + parsed.detail;
        } else if (parsed.kind != ParsedBarcode::Kind::Order) {
            out.kind = ScanKind::UnknownCode;
            out.message = tr("Scan an order number first: this is not one.");
            out.detail = QStringLiteral("no pack open; a %1 code is not an order number").arg(parsed.kindKey());
        } else if (auto id = m_store->orderIdByNumber(parsed.code); !id) {
            out.kind = ScanKind::UnknownCode;
            out.message = id.error().message;
            out.detail = id.error().detail;
        } else {
            orderId = *id;
            out.kind = ScanKind::OrderConfirmed;
            out.accepted = true;
            out.detail = QStringLiteral("no pack open; order %1 scanned to open its pack").arg(parsed.code);
        }
        if (auto r = m_store->logScan(out, QStringLiteral("pack"), StationUser::actor(), orderId); !r)
            qCWarning(lcUi).noquote() << "scan_log:" << r.error().detail;
        m_last = out;
        addRecent(out.accepted, out.accepted ? tr("Order %1").arg(out.code) : out.message);
        if (!out.accepted) {
            reportError(out.message);
            qCInfo(lcUi).noquote() << "pack scan refused:" << out.detail;
            return;
        }
        if (openOrder(orderId) && m_sounds)
            m_sounds->play(ScanSounds::Cue::Accepted);
        return;
    }

    const QDate day = today();
    ScanOutcome out = m_session->scan(raw, day);
    if (auto r = m_store->recordScan(m_orderId, out, day, StationUser::actor()); !r) {
        // Not stored, so not counted: the pack shows what is stored.
        reloadAfterFailedWrite(r.error());
        return;
    }
    m_last = out;
    addRecent(out.accepted, out.message);
    if (out.accepted) {
        if (out.lineIndex >= 0)
            updateLine(out.lineIndex);
        fillParcels();
        QString message = out.message;
        if (m_session->isComplete())
            message += QLatin1Char('\n') + tr("All items scanned: weigh the parcel, then close the pack.");
        m_feedback->showSuccess(message);
        if (m_sounds)
            m_sounds->play(ScanSounds::Cue::Accepted);
    } else {
        m_feedback->showProblem(out.message);
        if (m_sounds)
            m_sounds->play(ScanSounds::Cue::Refused);
        qCInfo(lcUi).noquote() << "pack scan refused:" << out.detail;
    }
    updateActions();
}

void PackScreen::undoLast()
{
    if (!m_session)
        return;
    auto undo = m_session->undoLast();
    if (!undo) {
        reportError(undo.error().message);
        return;
    }
    if (auto r = m_store->recordUndo(m_orderId, *undo, StationUser::actor()); !r) {
        reloadAfterFailedWrite(r.error());
        return;
    }
    updateLine(undo->lineIndex);
    fillParcels();
    m_feedback->showSuccess(undo->message);
    updateActions();
}

void PackScreen::newParcel()
{
    if (!m_session)
        return;
    auto parcel = m_session->openNewParcel();
    if (!parcel) {
        reportError(parcel.error().message);
        return;
    }
    if (auto r = m_store->recordNewParcel(m_orderId, *parcel, StationUser::actor()); !r) {
        reloadAfterFailedWrite(r.error());
        return;
    }
    fillParcels();
    m_feedback->showSuccess(tr("Parcel %1 opened: the next items go into it.").arg(*parcel));
    updateActions();
}

void PackScreen::checkWeight()
{
    if (!m_session)
        return;
    auto check = m_session->checkWeight(m_weight->value());
    if (!check) {
        reportError(check.error().message);
        return;
    }
    if (auto r = m_store->recordWeight(m_orderId, *check, StationUser::actor()); !r) {
        reloadAfterFailedWrite(r.error());
        return;
    }
    fillParcels();
    if (check->isWithin()) {
        m_feedback->showSuccess(check->message);
        if (m_sounds)
            m_sounds->play(ScanSounds::Cue::Accepted);
    } else {
        reportError(check->message + QLatin1Char('\n') + tr("Check the contents, or ask a supervisor to override."));
    }
    updateActions();
}

void PackScreen::overrideWeight()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Supervisor override"));
    dialog.setAccessibleName(tr("Supervisor override of the weight check"));
    auto* form = new QFormLayout(&dialog);
    auto* intro = new QLabel(tr("The parcel's weight is outside the tolerance. A supervisor may accept it; the "
                                "acceptance is recorded in the audit log."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* supervisor = new QLineEdit(&dialog);
    supervisor->setAccessibleName(tr("Supervisor"));
    supervisor->setProperty("saypro_typedEntry", true);
    auto* reason = new QLineEdit(&dialog);
    reason->setAccessibleName(tr("Reason"));
    reason->setProperty("saypro_typedEntry", true);
    form->addRow(tr("&Supervisor:"), supervisor);
    form->addRow(tr("&Reason:"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept weight"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto accepted = m_session->overrideWeight(supervisor->text().trimmed(), reason->text().trimmed());
    if (!accepted) {
        reportError(accepted.error().message);
        return;
    }
    if (auto r = m_store->recordOverride(m_orderId, *accepted, StationUser::actor()); !r) {
        reloadAfterFailedWrite(r.error());
        return;
    }
    fillParcels();
    m_feedback->showSuccess(tr("Weight of parcel %1 accepted by %2.").arg(accepted->parcel).arg(accepted->supervisor));
    updateActions();
}

bool PackScreen::closePack()
{
    if (!m_session)
        return false;
    const QList<CloseBlocker> blockers = m_session->canClose();
    if (!blockers.isEmpty()) {
        QStringList reasons;
        for (const CloseBlocker& b : blockers)
            reasons << b.message;
        reportError(tr("The pack cannot close yet:") + QLatin1Char('\n') + reasons.join(QLatin1Char('\n')));
        return false;
    }
    auto closed = m_store->close(*m_session, StationUser::actor());
    if (!closed) {
        reportError(closed.error().message);
        qCWarning(lcUi).noquote() << "close pack:" << closed.error().detail;
        return false;
    }
    const qint64 id = m_orderId;
    m_session.reset();
    m_orderId = 0;
    showQueue();
    m_feedback->showSuccess(closed->message);
    if (m_sounds)
        m_sounds->play(ScanSounds::Cue::Attention);
    Q_EMIT packClosed(id, closed->orderNumber);
    Q_EMIT orderChanged(0);
    return true;
}

} // namespace saypro
