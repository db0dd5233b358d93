#include "PickScreen.h"

#include "DisplayFormat.h"
#include "FeedbackBanner.h"
#include "ScanSounds.h"
#include "StationUser.h"
#include "TableItems.h"
#include "TypedCodeField.h"
#include "UiLogging.h"
#include "pack/PickStore.h"
#include "scanning/BarcodeParser.h"
#include "sync/SyncReport.h"
#include "sync/SyncService.h"

#include <QBoxLayout>
#include <QDialog>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>

#include <functional>

namespace saypro {

namespace {

constexpr int kQueueLimit = 200;
enum QueueColumn { QueueMark, QueueNumber, QueueStatus, QueueCustomer, QueueShipBy, QueueUnits, QueueColumns };
enum WalkColumn { WalkBin, WalkItem, WalkSku, WalkTake, WalkPicked, WalkTote, WalkOrder, WalkColumns };

QString num(int n)
{
    return QLocale().toString(n);
}

/// Space on the queue marks an order for the batch walk.
class SpaceFilter final : public QObject
{
public:
    explicit SpaceFilter(std::function<void()> onSpace, QObject* parent)
        : QObject(parent), m_onSpace(std::move(onSpace))
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space &&
            static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
            m_onSpace();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onSpace;
};

} // namespace

PickScreen::PickScreen(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pickScreen"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pick"));

    auto* outer = new QHBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 3);
    auto* side = new QVBoxLayout;
    outer->addLayout(side, 2);

    m_feedback = new FeedbackBanner(this);
    m_feedback->setObjectName(QStringLiteral("pickFeedback"));
    side->addWidget(m_feedback);

    buildQueuePage();
    buildWalkPage();

    m_short = new QPushButton(tr("&Short pick… (F8)"), this);
    m_short->setObjectName(QStringLiteral("pickShort"));
    m_short->setAccessibleName(tr("Short pick: the bin holds fewer than listed"));
    m_leave = new QPushButton(tr("&Leave walk (Esc)"), this);
    m_leave->setAccessibleName(tr("Leave the walk; picks stay booked"));
    for (QPushButton* b : {m_short, m_leave}) {
        b->setMinimumHeight(44);
        b->setAutoDefault(false);
        side->addWidget(b);
    }
    connect(m_short, &QPushButton::clicked, this, &PickScreen::askShortPick);
    connect(m_leave, &QPushButton::clicked, this, &PickScreen::leaveWalk);
    auto shortcut = [this](const QKeySequence& keys, const std::function<void()>& action) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence(Qt::Key_F8), [this] { askShortPick(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { leaveWalk(); });

    m_typed = addTypedCodeField(
        this, side, QStringLiteral("pickTypedCode"),
        tr("For a label that does not scan: type the bin code, the barcode digits or an order number and press "
           "Enter."),
        [this](const QString& code) { handleScan(code); });
    side->addStretch(1);

    showQueue();
}

PickScreen::~PickScreen() = default;

void PickScreen::buildQueuePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(tr("Orders to pick"), page);
    heading->setFont(scaledFont(font(), 1.6, true));
    layout->addWidget(heading);
    m_queueHint = new QLabel(page);
    m_queueHint->setWordWrap(true);
    m_queueHint->setFont(scaledFont(font(), 1.15, false));
    layout->addWidget(m_queueHint);
    m_queue = readOnlyTable(page, QStringLiteral("pickQueue"),
                            {tr("Walk"), tr("Order"), tr("Status"), tr("Customer"), tr("Ship by"), tr("Items")},
                            tr("Orders to pick"));
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setFont(scaledFont(font(), 1.15, false));
    m_queue->setAccessibleDescription(
        tr("Space marks an order for a batch walk; Enter starts the walk of the marked orders, or of this one."));
    m_queue->installEventFilter(new SpaceFilter([this] { toggleMark(m_queue->currentRow()); }, this));
    layout->addWidget(m_queue, 1);
    connect(m_queue, &QTableWidget::cellActivated, this, [this](int, int) { startSelected(); });
    m_start = new QPushButton(tr("Start &walk (Enter)"), page);
    m_start->setObjectName(QStringLiteral("pickStart"));
    m_start->setAccessibleName(tr("Start the walk of the marked orders"));
    m_start->setMinimumHeight(44);
    m_start->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &PickScreen::startSelected);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    m_pages->addWidget(page);
}

void PickScreen::buildWalkPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* caption = new QLabel(tr("Next bin"), page);
    caption->setFont(scaledFont(font(), 1.2, false));
    layout->addWidget(caption);
    m_nextBin = new QLabel(page);
    m_nextBin->setObjectName(QStringLiteral("pickNextBin"));
    m_nextBin->setAccessibleName(tr("Next bin"));
    m_nextBin->setFont(scaledFont(font(), 3.2, true));
    m_nextBin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_nextBin);
    m_nextWhat = new QLabel(page);
    m_nextWhat->setObjectName(QStringLiteral("pickNextWhat"));
    m_nextWhat->setAccessibleName(tr("What to take"));
    m_nextWhat->setFont(scaledFont(font(), 1.8, true));
    m_nextWhat->setWordWrap(true);
    layout->addWidget(m_nextWhat);
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("pickProgress"));
    m_progress->setAccessibleName(tr("Walk progress"));
    m_progress->setFont(scaledFont(font(), 1.3, true));
    layout->addWidget(m_progress);
    auto* rest = new QLabel(tr("The walk"), page);
    rest->setFont(scaledFont(font(), 1.1, true));
    layout->addWidget(rest);
    m_walk = readOnlyTable(page, QStringLiteral("pickWalk"),
                           {tr("Bin"), tr("Item"), tr("SKU"), tr("Take"), tr("Picked"), tr("Tote"), tr("Order")},
                           tr("The walk, in bin order"));
    m_walk->setFont(scaledFont(font(), 1.15, false));
    m_walk->setFocusPolicy(Qt::NoFocus);
    m_walk->horizontalHeader()->setSectionResizeMode(WalkItem, QHeaderView::Stretch);
    m_walk->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_walk, 1);
    m_pages->addWidget(page);
}

void PickScreen::setServices(PickStore* store, ScanSounds* sounds)
{
    if (m_session)
        leaveWalk();
    m_store = store;
    m_sounds = sounds;
    refresh();
}

void PickScreen::setSyncService(SyncService* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncService::claimFinished, this, &PickScreen::onClaimFinished);
}

void PickScreen::focusInput()
{
    // With an order open the screen itself takes the keys: the scanner's bursts are read as scans wherever they
    // land, and the typed-code field is only used when a person goes there.
    if (m_session)
        setFocus(Qt::OtherFocusReason);
    else
        m_queue->setFocus(Qt::OtherFocusReason);
}

void PickScreen::refresh()
{
    if (m_session)
        return;
    const QSet<qint64> marked = [this] {
        QSet<qint64> ids;
        for (int row = 0; row < m_queue->rowCount(); ++row)
            if (m_queue->item(row, QueueMark)->checkState() == Qt::Checked)
                ids.insert(m_queue->item(row, QueueNumber)->data(Qt::UserRole).toLongLong());
        return ids;
    }();
    const qint64 currentId = currentRowId(m_queue, QueueNumber);
    m_queue->setRowCount(0);
    if (!m_store) {
        m_queueHint->setText(tr("Picking is not available: the station has no open database."));
        return;
    }
    auto queue = m_store->queue(kQueueLimit);
    if (!queue) {
        reportError(queue.error().message);
        qCWarning(lcUi).noquote() << "pick queue:" << queue.error().detail;
        return;
    }
    m_queue->setRowCount(int(queue->size()));
    for (int row = 0; row < queue->size(); ++row) {
        const OrderSummary& o = queue->at(row);
        auto* mark = readOnlyItem(QString());
        mark->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        mark->setCheckState(marked.contains(o.id) ? Qt::Checked : Qt::Unchecked);
        m_queue->setItem(row, QueueMark, mark);
        auto* number = readOnlyItem(o.number);
        number->setData(Qt::UserRole, o.id);
        m_queue->setItem(row, QueueNumber, number);
        m_queue->setItem(row, QueueStatus, readOnlyItem(OrderStatuses::displayName(o.status)));
        m_queue->setItem(row, QueueCustomer, readOnlyItem(o.customerName));
        m_queue->setItem(row, QueueShipBy, readOnlyItem(DisplayFormat::dateTime(o.shipBy)));
        m_queue->setItem(row, QueueUnits, readOnlyItem(num(o.units), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_queue->resizeColumnsToContents();
    m_queueHint->setText(queue->isEmpty()
                             ? tr("No order is waiting to be picked. Verified orders with stock appear here.")
                             : tr("Scan an order number to pick it now, or mark several with Space and press Enter "
                                  "for one walk with a tote per order."));
    // The cursor stays on the order it was on (a refresh after a sync must not move it to another order).
    setCurrentRowById(m_queue, QueueNumber, currentId);
    if (m_feedback->kind() == FeedbackBanner::Kind::Neutral)
        m_feedback->showNeutral(tr("Scan an order number to start picking."));
}

void PickScreen::toggleMark(int row)
{
    if (row < 0 || row >= m_queue->rowCount())
        return;
    QTableWidgetItem* mark = m_queue->item(row, QueueMark);
    const bool on = mark->checkState() != Qt::Checked;
    mark->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    int marked = 0;
    for (int r = 0; r < m_queue->rowCount(); ++r)
        marked += m_queue->item(r, QueueMark)->checkState() == Qt::Checked ? 1 : 0;
    const QString number = m_queue->item(row, QueueNumber)->text();
    m_feedback->showNeutral(on ? tr("%1 marked for the walk (%2 marked). Press Enter to start.").arg(number).arg(marked)
                               : tr("%1 taken off the walk (%2 marked).").arg(number).arg(marked));
}

void PickScreen::startSelected()
{
    QList<qint64> ids;
    for (int row = 0; row < m_queue->rowCount(); ++row)
        if (m_queue->item(row, QueueMark)->checkState() == Qt::Checked)
            ids.append(m_queue->item(row, QueueNumber)->data(Qt::UserRole).toLongLong());
    if (ids.isEmpty() && m_queue->currentRow() >= 0)
        ids.append(m_queue->item(m_queue->currentRow(), QueueNumber)->data(Qt::UserRole).toLongLong());
    if (!ids.isEmpty())
        startWalk(ids);
}

void PickScreen::startWalk(const QList<qint64>& orderIds)
{
    if (!m_store || orderIds.isEmpty())
        return;
    if (m_session)
        leaveWalk();
    m_orders.clear();
    m_claimsOpen.clear();
    m_claimRefusals.clear();
    const QString actor = StationUser::actor();
    for (qint64 id : orderIds) {
        if (m_orders.contains(id))
            continue;
        auto needed = m_store->claimNeeded(id);
        if (!needed) {
            m_claimRefusals.append(needed.error().message);
            qCWarning(lcUi).noquote() << "pick start:" << needed.error().detail;
            continue;
        }
        if (!*needed) {
            // Ours already (or its claim is queued), or it cannot start: start() says why.
            if (auto started = m_store->start(id, actor); started) {
                m_orders.append(id);
            } else {
                m_claimRefusals.append(started.error().message);
                qCInfo(lcUi).noquote() << "pick start:" << started.error().detail;
            }
            continue;
        }
        // Not claimed yet: ask the marketplace, or queue the claim when the station works without one.
        m_orders.append(id);
        if (m_sync) {
            m_claimsOpen.insert(id);
            m_sync->claimOrder(id);
        } else if (auto queued = m_store->queueClaim(id); !queued) {
            m_orders.removeAll(id);
            m_claimRefusals.append(queued.error().message);
        } else if (auto again = m_store->start(id, actor); !again) {
            m_orders.removeAll(id);
            m_claimRefusals.append(again.error().message);
        }
    }
    if (!m_claimsOpen.isEmpty()) {
        m_feedback->showNeutral(tr("Claiming %n order(s) from the marketplace…", nullptr, int(m_claimsOpen.size())));
        return;
    }
    beginWalk();
}

void PickScreen::onClaimFinished(const ClaimResult& result)
{
    if (!m_claimsOpen.remove(result.orderId))
        return;
    switch (result.outcome) {
    case ClaimResult::Outcome::Claimed:
    case ClaimResult::Outcome::Queued:
        if (auto started = m_store ? m_store->start(result.orderId, StationUser::actor()) : Status{}; !started) {
            m_orders.removeAll(result.orderId);
            m_claimRefusals.append(started.error().message);
        }
        break;
    case ClaimResult::Outcome::ClaimedElsewhere:
    case ClaimResult::Outcome::Failed:
        m_orders.removeAll(result.orderId);
        m_claimRefusals.append(result.message);
        break;
    }
    if (m_claimsOpen.isEmpty())
        beginWalk();
}

void PickScreen::beginWalk()
{
    if (m_orders.isEmpty()) {
        reportError(m_claimRefusals.isEmpty() ? tr("No order could be started.")
                                              : m_claimRefusals.join(QLatin1Char('\n')));
        refresh();
        return;
    }
    reload();
    if (!m_session)
        return;
    showWalk();
    QStringList notes = m_claimRefusals;
    for (qint64 id : std::as_const(m_orders)) {
        auto missing = m_store->missingUnits(id);
        if (missing && *missing > 0)
            notes.append(tr("%n unit(s) of an order in this walk have no bin reserved: it cannot be finished until "
                            "stock is allocated.",
                            nullptr, *missing));
    }
    if (m_session->isDone()) {
        finishOrders();
        return;
    }
    const int next = m_session->nextStop();
    const PickStop& stop = m_session->stops().at(next);
    QString text = m_orders.size() == 1
                       ? tr("Walk started. Go to bin %1.").arg(stop.location)
                       : tr("Walk of %1 orders started. Go to bin %2.").arg(m_orders.size()).arg(stop.location);
    if (!notes.isEmpty())
        text += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    m_feedback->showNeutral(text);
}

void PickScreen::reload()
{
    auto stops = m_store->stops(m_orders);
    if (!stops) {
        reportError(stops.error().message);
        qCWarning(lcUi).noquote() << "pick list:" << stops.error().detail;
        m_session.reset();
        return;
    }
    m_session = std::make_unique<PickSession>(*stops, m_settings);
    m_session->setProductNameLookup(m_store->productNameLookup());
    fillWalk();
}

void PickScreen::showQueue()
{
    m_pages->setCurrentIndex(0);
    m_short->setEnabled(false);
    m_leave->setEnabled(false);
    refresh();
    if (isVisible())
        focusInput();
}

void PickScreen::showWalk()
{
    m_pages->setCurrentIndex(1);
    m_short->setEnabled(true);
    m_leave->setEnabled(true);
    fillWalk();
    if (isVisible())
        focusInput();
}

void PickScreen::fillWalk()
{
    if (!m_session)
        return;
    const QList<PickStop>& stops = m_session->stops();
    m_walk->setRowCount(int(stops.size()));
    for (int row = 0; row < stops.size(); ++row) {
        const PickStop& s = stops.at(row);
        m_walk->setItem(row, WalkBin, readOnlyItem(s.location));
        m_walk->setItem(row, WalkItem, readOnlyItem(s.serialTracked ? tr("%1 (serial)").arg(s.name) : s.name));
        m_walk->setItem(row, WalkSku, readOnlyItem(s.sku));
        m_walk->setItem(row, WalkTake, readOnlyItem(num(s.quantity), Qt::AlignRight | Qt::AlignVCenter));
        m_walk->setItem(row, WalkPicked,
                        readOnlyItem(s.isDone() ? tr("✓ %1").arg(num(s.picked)) : num(s.picked),
                                     Qt::AlignRight | Qt::AlignVCenter));
        m_walk->setItem(row, WalkTote, readOnlyItem(num(s.tote), Qt::AlignRight | Qt::AlignVCenter));
        m_walk->setItem(row, WalkOrder, readOnlyItem(s.orderNumber));
    }
    m_walk->resizeColumnToContents(WalkBin);
    m_walk->resizeColumnToContents(WalkSku);
    m_walk->resizeColumnToContents(WalkOrder);
    showNextStop();
}

void PickScreen::showNextStop()
{
    const int next = m_session ? m_session->nextStop() : -1;
    if (next < 0) {
        m_nextBin->setText(tr("Walk complete"));
        m_nextWhat->setText(tr("Take the totes to packing."));
    } else {
        const PickStop& s = m_session->stops().at(next);
        m_nextBin->setText(s.location);
        const QString take = m_orders.size() > 1
                                 ? tr("Take %1 × %2 → tote %3").arg(num(s.remaining()), s.name, num(s.tote))
                                 : tr("Take %1 × %2").arg(num(s.remaining()), s.name);
        const QString step =
            m_session->confirmedBin() == s.location || m_session->settings().confirmation == PickConfirmation::ItemOnly
                ? tr("Scan each item.")
                : tr("Scan the bin label, then each item.");
        m_nextWhat->setText(take + QLatin1Char('\n') + step);
        m_walk->selectRow(next);
        m_walk->scrollToItem(m_walk->item(next, WalkBin));
    }
    if (m_session)
        m_progress->setText(tr("%1 of %2 stops · %3 of %4 units")
                                .arg(num(m_session->stopsDone()), num(int(m_session->stops().size())),
                                     num(m_session->unitsPicked()), num(m_session->unitsTotal())));
}

void PickScreen::reportError(const QString& message)
{
    m_feedback->showProblem(message);
    if (m_sounds)
        m_sounds->play(ScanSounds::Cue::Refused);
}

void PickScreen::handleScan(const QString& code, const QString& symbology)
{
    if (!m_store)
        return;
    const QString raw = symbology + code;
    if (!m_session) {
        const ParsedBarcode parsed = BarcodeParser::parse(raw, QDate::currentDate());
        if (!parsed.valid || parsed.kind != ParsedBarcode::Kind::Order) {
            reportError(parsed.valid ? tr("Scan an order number to start picking: this is not one.")
                                     : tr("Unreadable code: %1").arg(parsed.error));
            return;
        }
        // An order in the queue: mark it when a batch is being put together, otherwise start its walk.
        int row = -1;
        bool anyMarked = false;
        for (int r = 0; r < m_queue->rowCount(); ++r) {
            if (m_queue->item(r, QueueNumber)->text() == parsed.code)
                row = r;
            anyMarked = anyMarked || m_queue->item(r, QueueMark)->checkState() == Qt::Checked;
        }
        if (row < 0) {
            reportError(tr("Order %1 is not waiting to be picked.").arg(parsed.code));
            return;
        }
        if (m_sounds)
            m_sounds->play(ScanSounds::Cue::Accepted);
        if (anyMarked) {
            m_queue->setCurrentCell(row, QueueNumber);
            toggleMark(row);
            return;
        }
        startWalk({m_queue->item(row, QueueNumber)->data(Qt::UserRole).toLongLong()});
        return;
    }

    PickOutcome out = m_session->scan(raw);
    if (!out.accepted && symbology.isEmpty() &&
        (out.kind == PickScanKind::UnknownCode || out.kind == PickScanKind::InvalidCode)) {
        // A SKU typed for an item whose label does not scan (or that has no barcode): one unit of that stop,
        // under the same checks as a scan of the item.
        int match = -1;
        const QList<PickStop>& stops = m_session->stops();
        for (int i = 0; i < stops.size(); ++i) {
            const PickStop& st = stops.at(i);
            if (st.isDone() || st.sku.compare(code.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (match < 0 || st.location == m_session->confirmedBin())
                match = i;
        }
        if (match >= 0) {
            out = m_session->confirmTyped(match, 1);
            out.raw = raw;
        }
    }
    const PickStop* stop = out.stopIndex >= 0 ? &m_session->stops().at(out.stopIndex) : nullptr;
    if (auto r = m_store->record(out, stop, StationUser::actor()); !r) {
        qCWarning(lcUi).noquote() << "record pick:" << r.error().detail;
        reload(); // the count above was not booked: the walk shows what is
        reportError(r.error().message);
        return;
    }
    m_last = out;
    if (!out.accepted) {
        m_feedback->showProblem(out.message);
        if (m_sounds)
            m_sounds->play(ScanSounds::Cue::Refused);
        qCInfo(lcUi).noquote() << "pick scan refused:" << out.detail;
        showNextStop();
        return;
    }
    QString message = out.message;
    if (out.kind == PickScanKind::Picked && stop) {
        const qint64 orderId = stop->orderId;
        const int tote = stop->tote;
        const QString number = stop->orderNumber;
        fillWalk();
        bool orderDone = true;
        for (const PickStop& s : m_session->stops())
            if (s.orderId == orderId && !s.isDone())
                orderDone = false;
        if (orderDone) {
            auto finished = m_store->finishIfComplete(orderId, StationUser::actor());
            if (finished && *finished) {
                message += QLatin1Char('\n') +
                           (m_orders.size() > 1 ? tr("Order %1 picked: tote %2 goes to packing.").arg(number).arg(tote)
                                                : tr("Order %1 picked: take it to packing.").arg(number));
                Q_EMIT orderPicked(orderId, number);
            } else if (!finished) {
                qCWarning(lcUi).noquote() << "finish pick:" << finished.error().detail;
            }
        }
    } else {
        showNextStop();
    }
    m_feedback->showSuccess(message);
    if (m_sounds)
        m_sounds->play(m_session->isDone() ? ScanSounds::Cue::Attention : ScanSounds::Cue::Accepted);
    if (m_session->isDone())
        finishOrders();
}

void PickScreen::finishOrders()
{
    QHash<qint64, QString> numbers;
    if (m_session)
        for (const PickStop& stop : m_session->stops())
            numbers.insert(stop.orderId, stop.orderNumber);
    QStringList stuck;
    for (qint64 id : std::as_const(m_orders)) {
        auto finished = m_store->finishIfComplete(id, StationUser::actor());
        if (!finished)
            qCWarning(lcUi).noquote() << "finish pick:" << finished.error().detail;
        auto missing = m_store->missingUnits(id);
        if (!finished || !missing || *missing > 0)
            stuck << numbers.value(id, QString::number(id));
    }
    showNextStop();
    m_short->setEnabled(false);
    if (!stuck.isEmpty()) {
        reportError(tr("The walk is done, but %1 cannot be finished: units of it have no bin. It stays in picking; "
                       "tell a supervisor.")
                        .arg(stuck.join(QStringLiteral(", "))));
        return;
    }
    m_feedback->showSuccess(m_feedback->message() + QLatin1Char('\n') +
                            tr("Walk complete: take the totes to packing. Press Esc for the next orders."));
}

void PickScreen::askShortPick()
{
    if (!m_session || m_session->isDone())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Short pick"));
    dialog.setAccessibleName(tr("Short pick"));
    auto* layout = new QVBoxLayout(&dialog);
    // The stop is fixed now: a scan while the dialog is open must not move the short pick to another bin.
    const PickStop stop = m_session->stops().at(currentStop());
    auto* intro = new QLabel(tr("Bin %1 does not hold the %2 × %3 still to take for order %4. What now?")
                                 .arg(stop.location, num(stop.remaining()), stop.name, stop.orderNumber),
                             &dialog);
    intro->setWordWrap(true);
    intro->setFont(scaledFont(font(), 1.15, false));
    layout->addWidget(intro);
    std::optional<ShortPickResolution> chosen;
    auto add = [&](const QString& text, const QString& help, ShortPickResolution r) {
        auto* b = new QPushButton(text, &dialog);
        b->setAccessibleName(text);
        b->setAccessibleDescription(help);
        b->setToolTip(help);
        b->setMinimumHeight(48);
        b->setAutoDefault(false);
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, &dialog, [&dialog, &chosen, r] {
            chosen = r;
            dialog.accept();
        });
    };
    add(tr("&Wait for replenishment"), tr("The order stays in picking; a replenishment task is opened."),
        ShortPickResolution::Wait);
    add(tr("&Split the order"), tr("Ship what was found; the missing units are split off."),
        ShortPickResolution::Split);
    add(tr("&Backorder the order"),
        tr("Put the picked units back; the order waits for stock and the customer is told."),
        ShortPickResolution::Backorder);
    auto* cancel = new QPushButton(tr("Cancel (Esc)"), &dialog);
    cancel->setAccessibleName(tr("Cancel the short pick"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, &dialog, &QDialog::reject);
    layout->addWidget(cancel);
    if (dialog.exec() == QDialog::Accepted && chosen)
        shortPickAt(stop.orderLineId, stop.location, *chosen);
}

int PickScreen::currentStop() const
{
    // The stop at the bin the picker confirmed, while it has units left; otherwise the next one on the walk.
    const QList<PickStop>& stops = m_session->stops();
    for (int i = 0; i < stops.size(); ++i)
        if (stops.at(i).location == m_session->confirmedBin() && !stops.at(i).isDone())
            return i;
    return m_session->nextStop();
}

bool PickScreen::shortPick(ShortPickResolution resolution)
{
    if (!m_session || m_session->isDone())
        return false;
    const PickStop& stop = m_session->stops().at(currentStop());
    return shortPickAt(stop.orderLineId, stop.location, resolution);
}

bool PickScreen::shortPickAt(qint64 orderLineId, const QString& location, ShortPickResolution resolution)
{
    if (!m_session)
        return false;
    int index = -1;
    for (int i = 0; i < m_session->stops().size(); ++i)
        if (m_session->stops().at(i).orderLineId == orderLineId && m_session->stops().at(i).location == location)
            index = i;
    if (index < 0 || m_session->stops().at(index).isDone()) {
        reportError(tr("Nothing is left to take at bin %1 for that line: no short pick was booked.").arg(location));
        return false;
    }
    const PickStop stop = m_session->stops().at(index);
    auto result = m_store->shortPick(stop, resolution, StationUser::actor());
    if (!result) {
        reportError(result.error().message);
        qCWarning(lcUi).noquote() << "short pick:" << result.error().detail;
        return false;
    }
    switch (resolution) {
    case ShortPickResolution::Wait:
    case ShortPickResolution::Backorder:
        // The order leaves this walk: it waits in picking for the replenishment, or on hold for stock.
        m_orders.removeAll(stop.orderId);
        break;
    case ShortPickResolution::Split:
        break;
    }
    if (m_orders.isEmpty()) {
        m_session.reset();
        showQueue();
        m_feedback->showSuccess(result->message);
        return true;
    }
    reload();
    if (resolution == ShortPickResolution::Split) {
        if (auto finished = m_store->finishIfComplete(stop.orderId, StationUser::actor()); finished && *finished)
            Q_EMIT orderPicked(stop.orderId, stop.orderNumber);
    }
    m_feedback->showSuccess(result->message);
    if (m_session && m_session->isDone())
        finishOrders();
    return true;
}

void PickScreen::leaveWalk()
{
    if (!m_session && m_pages->currentIndex() == 0)
        return;
    m_session.reset();
    m_orders.clear();
    m_claimsOpen.clear();
    showQueue();
    m_feedback->showNeutral(tr("Walk left; what was picked stays booked. Scan an order number to go on."));
}

} // namespace saypro
