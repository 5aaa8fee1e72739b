#pragma once

#include "models/earnings/earningstypes.h"
#include "views/earnings/feeruledialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace adesk {

class FeeRuleFilterModel;
class FeeRuleModel;

/// The earnings pane's "Fee rules" tab (finance, issue 12): every version of the platform fee rules
/// (current ones, or the whole history), sortable and filterable, with "New version…" for the
/// selected rule and "Custom fee for a workshop…". Versions are effective-dated: a new one starts
/// today or later and ends the one it replaces the day before; the database audits the change.
class FeeRulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit FeeRulesPanel(QWidget *parent = nullptr);

    FeeRuleModel *model() const { return m_model; }
    FeeRuleFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *historyCombo() const { return m_history; }
    QPushButton *newVersionButton() const { return m_newVersion; }
    QPushButton *customFeeButton() const { return m_customFee; }
    /// The dialog opened by the last "New version…" / "Custom fee…" click, while it is open.
    FeeRuleDialog *openDialog() const { return m_dialog; }
    /// The selected rule version, or null.
    const FeeRuleRow *selectedRule() const;
    /// Selects the version @p id (shown with its history when it is not current).
    void selectRule(qint64 id);

public slots:
    void setRules(const QList<adesk::FeeRuleRow> &rules);
    void setWorkshops(const QList<adesk::Payee> &workshops);
    /// Opens the new-version dialog for the selected rule (window-modal; returns at once).
    void newVersion();
    /// Opens the custom-fee dialog (window-modal; returns at once).
    void customFee();

signals:
    void setFeeRuleRequested(const adesk::FeeRuleChange &change);

private:
    void updateActions();
    void openDialogWith(FeeRuleDialog *dialog);

    FeeRuleModel *m_model;
    FeeRuleFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_history;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QPushButton *m_newVersion;
    QPushButton *m_customFee;
    QLabel *m_count;
    QList<Payee> m_workshops;
    QPointer<FeeRuleDialog> m_dialog;
};

} // namespace adesk
