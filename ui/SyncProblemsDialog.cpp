#include "SyncProblemsDialog.h"

#include "DisplayFormat.h"
#include "SyncProblemModel.h"
#include "UiLogging.h"
#include "storage/SyncStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace saypro {

SyncProblemsDialog::SyncProblemsDialog(SyncStore* store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    setAccessibleName(tr("Sync problems"));
    setModal(false);

    auto* intro = new QLabel(tr("The marketplace refused these events, or sent data the station could not store. "
                                "Nothing here is retried on its own: put each one right (for example on the "
                                "marketplace, or by correcting the order), then mark it resolved."),
                             this);
    intro->setWordWrap(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncProblemsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_model = new SyncProblemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("syncProblemTable"));
    m_table->setAccessibleName(tr("Open sync problems"));
    m_table->setAccessibleDescription(tr("Oldest first. The selected problem's detail is shown below the list."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(
        SyncProblemModel::TimeColumn,
        metrics.horizontalAdvance(DisplayFormat::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))) + 16);
    header->resizeSection(SyncProblemModel::OrderColumn, metrics.horizontalAdvance(QStringLiteral("SP-00000000")) + 16);
    header->resizeSection(
        SyncProblemModel::HttpStatusColumn,
        std::max(metrics.horizontalAdvance(tr("HTTP status")), metrics.horizontalAdvance(QStringLiteral("000"))) + 16);

    auto* detailCaption = new QLabel(tr("&Detail:"), this);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("syncProblemDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Detail of the selected problem"));
    m_detail->setMaximumHeight(metrics.lineSpacing() * 7);
    detailCaption->setBuddy(m_detail);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resolve = buttons->addButton(tr("&Mark resolved"), QDialogButtonBox::ActionRole);
    m_resolve->setObjectName(QStringLiteral("markResolvedButton"));
    m_resolve->setAccessibleName(tr("Mark resolved"));
    m_resolve->setAccessibleDescription(tr("Take the selected problem off the list once it has been put right"));
    m_resolve->setAutoDefault(false);
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("refreshProblemsButton"));
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setAutoDefault(false);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeProblemsButton"));
    close->setAccessibleName(tr("Close"));
    connect(m_resolve, &QPushButton::clicked, this, &SyncProblemsDialog::resolveSelected);
    connect(m_refresh, &QPushButton::clicked, this, &SyncProblemsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(detailCaption);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncProblemsDialog::showSelected);
    resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 30);
    reload();
}

void SyncProblemsDialog::setStore(SyncStore* store)
{
    m_store = store;
    reload();
}

qint64 SyncProblemsDialog::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->data(current, SyncProblemModel::ProblemIdRole).toLongLong() : 0;
}

void SyncProblemsDialog::reload()
{
    const qint64 selected = selectedId();
    const int selectedRow = m_table->currentIndex().row();
    if (!m_store) {
        m_model->setProblems({});
        m_summary->setText(tr("There is no station database open."));
        showSelected();
        return;
    }
    const auto problems = m_store->openProblems();
    if (!problems) {
        qCWarning(lcUi).noquote() << "reading sync problems failed:" << problems.error().toString();
        m_model->setProblems({});
        m_summary->setText(tr("The sync problems could not be read: %1").arg(problems.error().message));
        showSelected();
        return;
    }
    m_model->setProblems(*problems);
    const qsizetype count = problems->size();
    m_summary->setText(count == 0   ? tr("There are no open sync problems.")
                       : count == 1 ? tr("1 open problem")
                                    : tr("%1 open problems").arg(QLocale().toString(count)));
    m_summary->setAccessibleName(m_summary->text());
    if (count > 0) {
        int row = m_model->rowOfId(selected);
        if (row < 0)
            row = std::clamp(selectedRow, 0, int(count) - 1);
        m_table->setCurrentIndex(m_model->index(row, SyncProblemModel::TimeColumn));
    }
    showSelected();
    Q_EMIT openProblemsChanged(int(count));
}

bool SyncProblemsDialog::resolveSelected()
{
    const qint64 id = selectedId();
    if (!m_store || id == 0)
        return false;
    if (auto resolved = m_store->resolveProblem(id); !resolved) {
        qCWarning(lcUi).noquote() << "resolving sync problem" << id << "failed:" << resolved.error().toString();
        m_summary->setText(tr("The problem could not be marked resolved: %1").arg(resolved.error().message));
        return false;
    }
    qCInfo(lcUi) << "sync problem" << id << "marked resolved";
    reload();
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void SyncProblemsDialog::showSelected()
{
    const SyncProblem* problem = m_model->problemAt(m_table->currentIndex().row());
    m_resolve->setEnabled(problem != nullptr);
    if (!problem) {
        m_detail->setPlainText(m_model->rowCount() == 0 ? tr("Nothing to deal with.") : QString());
        return;
    }
    QStringList lines;
    lines << tr("What: %1").arg(SyncProblemModel::kindName(problem->kind));
    lines << tr("When: %1").arg(DisplayFormat::longDateTime(problem->at));
    if (!problem->orderNumber.isEmpty())
        lines << tr("Order: %1").arg(problem->orderNumber);
    if (problem->httpStatus > 0)
        lines << tr("HTTP status: %1").arg(problem->httpStatus);
    if (!problem->message.isEmpty())
        lines << tr("Message: %1").arg(problem->message);
    if (!problem->detail.isEmpty())
        lines << tr("Detail: %1").arg(problem->detail);
    m_detail->setPlainText(lines.join(u'\n'));
}

} // namespace saypro
