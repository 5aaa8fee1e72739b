#pragma once

#include "models/tax/taxtypes.h"
#include "views/common/lazypane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace adesk {

class T4AFilterModel;
class T4AModel;
class TaxProfileEditor;

/// A schema (or generation) problem shown against the slip it comes from.
struct T4AIssueView {
    qint64 slipId = 0; ///< 0: not a slip (summary, transmitter)
    QString payeeKey;  ///< "M12"
    QString payee;     ///< display name, or "T4A Summary"
    int line = 0;      ///< the XML line of a schema error; 0: left out before the XML (shown blank)
    QString message;
};

/// Finance's T4A pane: a year picker, the payees of the year with their fees (box 048), whether a
/// slip is due, the slip amount and the check against the monthly statements (difference explained),
/// filters for problems, a profile editor with validation as you type, and the actions — create
/// draft slips, finalise, generate (slip PDFs, summary PDF, validated XML), mark filed, amend or
/// cancel a filed slip — with progress and cancel for long work. Emits intents only.
class T4APane : public LazyPane {
    Q_OBJECT
public:
    explicit T4APane(T4AModel *model, QWidget *parent = nullptr);

    TaxProfileEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    T4AFilterModel *filter() const { return m_filter; }
    int year() const;
    /// The key ("M12") of the selected payee, empty when none.
    QString selectedKey() const;

public slots:
    void setYears(const QList<int> &years, int current);
    void showProfile(const TaxProfile &profile);
    void showRevealed(const QString &sin, const QString &bn);
    void setBusy(bool busy, const QString &what = {});
    void setProgress(int value, int maximum);
    void showIssues(const QList<T4AIssueView> &issues);
    void showMessage(const QString &text, bool error = false);
    /// How current the overview read from a read replica is ("Data as of 14:02:07 (3 s behind)",
    /// ReplicaStatus::describe); empty hides it (reads on the primary are live).
    void setDataAsOf(const QString &text);
    /// Re-selects @p key after the model was reloaded.
    void selectKey(const QString &key);
    void refreshSummary();

signals:
    void yearChanged(int year);
    void payeeSelected(adesk::Party party, qint64 payeeId);
    void profileSaveRequested(const adesk::TaxProfile &profile);
    void revealRequested(qint64 profileId, const QString &reason);
    void createDraftsRequested(int year);
    void finalizeRequested(int year);
    void generateRequested(int year, const QString &directory);
    void markFiledRequested(int year);
    void amendRequested(qint64 slipId, int version, bool cancel);
    void cancelWorkRequested();

private:
    void updateActions();
    const T4AOverviewRow *currentRow() const;

    T4AModel *m_model;
    T4AFilterModel *m_filter;
    QComboBox *m_year, *m_filterBox;
    QLineEdit *m_search;
    QLabel *m_summary, *m_message;
    QLabel *m_dataAsOf = nullptr; ///< setDataAsOf: the replica's lag, hidden on the primary
    QTableView *m_table;
    TaxProfileEditor *m_editor;
    QPushButton *m_drafts, *m_finalize, *m_generate, *m_filed, *m_amend, *m_cancelSlip, *m_cancelWork;
    QProgressBar *m_progress;
    QTreeWidget *m_issues;
    bool m_busy = false;
};

} // namespace adesk
