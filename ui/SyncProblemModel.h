#pragma once
// ui: the table of open sync problems a supervisor deals with: when, which order, the HTTP status and
// the marketplace's message (the detail is read from the selected row).

#include "storage/SyncStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace saypro {

class SyncProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OrderColumn, HttpStatusColumn, MessageColumn, ColumnCount };
    enum Role {
        ProblemIdRole = Qt::UserRole + 1, ///< qint64 SyncProblem::id
        DetailRole,                       ///< the administrator's detail
    };

    explicit SyncProblemModel(QObject* parent = nullptr);

    /// Replaces the rows (a reset).
    void setProblems(const QList<SyncProblem>& problems);
    const QList<SyncProblem>& problems() const { return m_problems; }
    /// The problem in `row`, or nullptr.
    const SyncProblem* problemAt(int row) const;
    /// The row of problem `id`, or -1.
    int rowOfId(qint64 id) const;

    /// "Rejected by the marketplace", "Could not be stored", or the kind itself.
    static QString kindName(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncProblem> m_problems;
};

} // namespace saypro
