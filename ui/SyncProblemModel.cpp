#include "SyncProblemModel.h"

#include "DisplayFormat.h"

namespace saypro {

SyncProblemModel::SyncProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncProblemModel::setProblems(const QList<SyncProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const SyncProblem* SyncProblemModel::problemAt(int row) const
{
    if (row < 0 || row >= m_problems.size())
        return nullptr;
    return &m_problems.at(row);
}

int SyncProblemModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_problems.size(); ++row)
        if (m_problems.at(row).id == id)
            return int(row);
    return -1;
}

QString SyncProblemModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("rejected"))
        return tr("Rejected by the marketplace");
    if (kind == QLatin1String("unreadable_item"))
        return tr("Could not be stored");
    return kind;
}

int SyncProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int SyncProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncProblem& p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::dateTime(p.at);
        case OrderColumn:
            return p.orderNumber.isEmpty() ? tr("—") : p.orderNumber;
        case HttpStatusColumn:
            return p.httpStatus > 0 ? QString::number(p.httpStatus) : tr("—");
        case MessageColumn:
            return p.message.isEmpty() ? kindName(p.kind) : p.message;
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case OrderColumn:
            return p.orderNumber.isEmpty() ? tr("No order") : p.orderNumber;
        case HttpStatusColumn:
            return p.httpStatus > 0 ? tr("HTTP status %1").arg(p.httpStatus) : tr("No HTTP status");
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return p.detail.isEmpty() ? QVariant() : QVariant(p.detail);
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ProblemIdRole:
        return p.id;
    case DetailRole:
        return p.detail;
    default:
        return {};
    }
}

QVariant SyncProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OrderColumn:
        return tr("Order");
    case HttpStatusColumn:
        return tr("HTTP status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace saypro
