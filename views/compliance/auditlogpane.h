#pragma once

#include "models/bays/bayschedule.h"
#include "models/compliance/oversighttypes.h"
#include "views/common/lazypane.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace adesk {

class AuditLogModel;

/// The audit log (issue 15, "What the platform sends and records"): every row for admins, the
/// reveals of tax numbers for finance (row-level security decides). Filters by actor, action,
/// entity (table and row), workshop and dates; the selected row's detail is shown indented; the
/// filtered rows export to CSV (streamed by the controller, with a Cancel while it runs). Emits
/// intents only; OversightController does the work.
class AuditLogPane : public LazyPane {
    Q_OBJECT
public:
    explicit AuditLogPane(AuditLogModel *model, QWidget *parent = nullptr);

    AuditFilter currentFilter() const;
    QTableView *view() const { return m_view; }
    /// Sets the filter's fields (and emits filterChanged).
    void setFilter(const AuditFilter &filter);

public slots:
    void setActions(const QStringList &actions);
    void setWorkshops(const QList<adesk::WorkshopRef> &workshops);
    void showMessage(const QString &text, bool error);
    void setExporting(bool on);
    /// Shows the workshop filter (admins; finance's rows name no workshop).
    void setWorkshopFilterVisible(bool on);

signals:
    void filterChanged(const adesk::AuditFilter &filter);
    void exportRequested(const adesk::AuditFilter &filter, const QString &path);
    void exportCancelRequested();

private:
    void askExport();
    void showDetail();

    AuditLogModel *m_model;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QLineEdit *m_table;
    QLineEdit *m_rowId;
    QComboBox *m_workshop;
    QLabel *m_workshopLabel = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_message;
};

} // namespace adesk
