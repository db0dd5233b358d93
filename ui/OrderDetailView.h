#pragma once
// ui: the order browser's detail pane: one order's header, customer, ship-to address, special
// instructions, lines and totals, its status timeline, and what intake found: each verification check,
// the open hold with its reasons, the hold history and the allocation, as a person at the station reads them.

#include "domain/Order.h"
#include "storage/StatusChange.h"

#include <QList>
#include <QScrollArea>

class QBoxLayout;
class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace saypro {

class IntakeService;

class OrderDetailView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit OrderDetailView(QWidget* parent = nullptr);

    /// Shows `order` with its status timeline (oldest first).
    void showOrder(const Order& order, const QList<StatusChange>& history);
    /// Shows a message instead of an order ("Select an order…", or why it could not be read).
    void showMessage(const QString& text);
    /// The number of the order shown, or empty while a message is shown.
    QString orderNumber() const { return m_shownNumber; }
    /// Reads what intake stored about each order shown (checks, holds, allocation) through `intake`; it must
    /// outlive the view or be replaced first. Null: those sections are not shown.
    void setIntakeService(const IntakeService* intake);

private:
    /// A read-only value next to a caption; its accessible name carries both.
    struct Field
    {
        QString caption;
        QLabel* value = nullptr;
    };

    /// A caption and its value in `grid` at `row`, in the `pair`-th caption/value column pair.
    static Field addField(QGridLayout* grid, int row, int pair, const QString& caption);
    static void setField(const Field& field, const QString& text);
    /// Shows or hides a field with its caption.
    static void setFieldShown(const Field& field, bool shown);
    QTableWidget* makeTable(const QString& objectName, const QStringList& headers, const QString& accessibleName,
                            const QString& description);
    static void fitTableHeight(QTableWidget* table);
    void resizeEvent(QResizeEvent* event) override;
    void buildHeader(QVBoxLayout* layout);
    void buildPeople(QVBoxLayout* layout);
    void buildInstructions(QVBoxLayout* layout);
    void buildLines(QVBoxLayout* layout);
    void buildTimeline(QVBoxLayout* layout);
    void buildHold(QVBoxLayout* layout);
    void buildVerification(QVBoxLayout* layout);
    void buildAllocation(QVBoxLayout* layout);
    void buildHoldHistory(QVBoxLayout* layout);
    void fitTables();
    void fillInstructions(const SpecialInstructions& instructions);
    void fillLines(const Order& order);
    void fillTimeline(const QList<StatusChange>& history);
    static QString actionName(const QString& action);
    void fillIntake(qint64 orderId);
    void fillChecks(qint64 orderId);
    void fillHolds(qint64 orderId);
    void fillAllocation(qint64 orderId);

    QString m_shownNumber;
    QLabel* m_message = nullptr;
    QWidget* m_content = nullptr;
    QBoxLayout* m_columns = nullptr;

    QLabel* m_number = nullptr;
    QLabel* m_status = nullptr;
    Field m_service;
    Field m_payment;
    Field m_warehouse;
    Field m_placed;
    Field m_confirmed;
    Field m_shipBy;
    Field m_shipped;
    Field m_delivered;
    Field m_marketplaceId;

    Field m_customerName;
    Field m_email;
    Field m_phone;
    Field m_locale;
    Field m_notifications;
    QLabel* m_address = nullptr;

    QGroupBox* m_instructionsBox = nullptr;
    QFrame* m_instructionsPanel = nullptr;
    QLabel* m_instructionsIcon = nullptr;
    QLabel* m_instructions = nullptr;

    QGroupBox* m_linesBox = nullptr;
    QTableWidget* m_lines = nullptr;
    Field m_itemsTotal;
    Field m_discount;
    Field m_shipping;
    Field m_tax;
    Field m_total;

    QTableWidget* m_timeline = nullptr;

    const IntakeService* m_intake = nullptr;
    QFrame* m_holdPanel = nullptr;
    QLabel* m_holdTitle = nullptr;
    QLabel* m_holdReasons = nullptr;
    QGroupBox* m_checksBox = nullptr;
    QLabel* m_checksMessage = nullptr;
    QTableWidget* m_checks = nullptr;
    QGroupBox* m_allocationBox = nullptr;
    Field m_allocationOutcome;
    Field m_allocationWarehouses;
    Field m_allocationMessage;
    Field m_allocationDecided;
    QGroupBox* m_holdHistoryBox = nullptr;
    QTableWidget* m_holdHistory = nullptr;
};

} // namespace saypro
