#pragma once
// ui: the movement history of one SKU (optionally one bin), newest first, read from InventoryStore in
// keyset pages ("Load more", or scrolling to the end), so a long history is never loaded at once.

#include "inventory/Stock.h"

#include <QAbstractTableModel>
#include <QList>

namespace saypro {

class InventoryStore;

class StockMovementModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        LocationColumn,
        ChangeColumn,
        ReasonColumn,
        OnHandAfterColumn,
        OrderColumn,
        ActorColumn,
        NoteColumn,
        SentColumn,
        ColumnCount
    };
    /// Movements read per page.
    static constexpr int kPageSize = 50;

    explicit StockMovementModel(QObject* parent = nullptr);

    /// Reads from `store` (null: shows nothing); the model is reset.
    void setStore(const InventoryStore* store);
    /// Shows the movements of `sku` (in `location` when not empty) from the newest; empty `sku` shows nothing.
    void setItem(const QString& sku, const QString& location = QString());
    /// Reads the current item again from the newest movement.
    void reload();
    const QString& sku() const { return m_sku; }
    /// The movement in `row`.
    const StockMovement& movementAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;

Q_SIGNALS:
    /// Reading failed; `message` is translated, the detail went to the log.
    void loadFailed(const QString& message);
    /// Rows were added or the model was reset; `more` says whether older movements remain.
    void pageLoaded(bool more);

private:
    const InventoryStore* m_store = nullptr;
    QString m_sku;
    QString m_location;
    QList<StockMovement> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace saypro
