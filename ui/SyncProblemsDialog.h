#pragma once
// ui: the supervisor's list of open sync problems (events the marketplace refused, items that could
// not be stored): when, which order, the HTTP status, the message and the detail, with "Mark resolved".
// Reads and writes through SyncStore on the GUI thread's connection; stays open beside the work.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace saypro {

class SyncProblemModel;
class SyncStore;

class SyncProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Lists the problems `store` holds; `store` may be null (no database) and must outlive its use.
    explicit SyncProblemsDialog(SyncStore* store, QWidget* parent = nullptr);

    /// Reads from another store (another database was opened), or from none.
    void setStore(SyncStore* store);
    /// Reads the open problems again, keeping the selected one selected when it is still open.
    void reload();
    /// Marks the selected problem resolved; false when none is selected or it could not be stored.
    bool resolveSelected();

    SyncProblemModel* model() const { return m_model; }

Q_SIGNALS:
    /// The number of open problems as last read (after a reload or a resolution).
    void openProblemsChanged(int count);

private:
    void showSelected();
    qint64 selectedId() const;

    SyncStore* m_store = nullptr;
    SyncProblemModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace saypro
