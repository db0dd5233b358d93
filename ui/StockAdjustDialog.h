#pragma once
// ui: "Adjust…" on the Inventory screen: a manual change of one SKU's stock in one bin, by a number of
// units, with a reason and a note. Shows what on hand will be before it is confirmed; a refusal is
// shown in the dialog with what was typed kept, so it can be corrected.

#include "inventory/Stock.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace saypro {

class InventoryStore;

class StockAdjustDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Adjusts `sku` (named `productName`) through `inventory`; `bins` are offered for the bin (any other bin
    /// code can be typed or scanned), `bin` is chosen first. `actor` is written as who made the change.
    StockAdjustDialog(InventoryStore& inventory, const QString& sku, const QString& productName,
                      const QList<StockLevel>& bins, const QString& bin, const QString& actor,
                      QWidget* parent = nullptr);

    /// The movement booked, once the adjustment was confirmed and accepted.
    const std::optional<StockMovement>& movement() const { return m_movement; }
    /// The problem shown in the dialog, or empty.
    QString problem() const;

    /// Books the adjustment as it stands; on success the dialog closes (accepted), on a refusal the
    /// message appears in the dialog and everything typed stays. Returns whether it was booked.
    bool confirm();

Q_SIGNALS:
    /// The adjustment was booked.
    void adjusted(const StockMovement& movement);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString currentBin() const;
    void updatePreview();
    void showProblem(const QString& message);

    InventoryStore& m_inventory;
    QString m_sku;
    QString m_actor;
    QComboBox* m_bin = nullptr;
    QSpinBox* m_delta = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<StockMovement> m_movement;
};

} // namespace saypro
