#pragma once

#include "models/partnerships/partnershiptypes.h"
#include "views/common/lazypane.h"

#include <QDate>

#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace adesk {

class ApplicationQueueModel;

/// The applications queue of one program: who applied, with their profile, rating, tier,
/// compliance status and whether they qualify; approve (which produces the agreement) or reject
/// with a reason. Emits intents only.
class ApplicationsPanel : public LazyPane {
    Q_OBJECT
public:
    /// @p programs: the ProgramListModel (for the program selector), @p queue: its applications.
    ApplicationsPanel(QAbstractItemModel *programs, ApplicationQueueModel *queue, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    qint64 currentApplicationId() const;
    QTableView *view() const { return m_view; }

public slots:
    /// Selects @p programId in the selector (without emitting programChosen).
    void showProgram(qint64 programId);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);

signals:
    void programChosen(qint64 programId, std::optional<adesk::ApplicationStatus> status);
    void decisionRequested(qint64 applicationId, int rowVersion, bool approve, const QString &reason,
                           const QDate &effective, const QDate &end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDetail();
    std::optional<ApplicationStatus> statusFilter() const;

    QAbstractItemModel *m_programs;
    ApplicationQueueModel *m_queue;
    QComboBox *m_program;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_detail;
    QLineEdit *m_reason;
    QDateEdit *m_effective;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_message;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_syncing = false;
    /// A first page arrived while the panel was hidden: its columns are fitted when it is shown.
    bool m_columnsToFit = false;
};

} // namespace adesk
