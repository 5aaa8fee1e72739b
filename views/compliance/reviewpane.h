#pragma once

#include "models/compliance/verification.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace adesk {

class ChecklistPanel;
class DecisionPanel;
class HistoryPanel;
class DocumentView;
class QueueFilterBar;
class VerificationQueueModel;

/// The compliance review desk: the queue (filters + paged table) beside the document viewer and
/// the decision panel. Shows models, emits intents; the controller (app/reviewcontroller) runs
/// the database calls.
///
/// Keyboard: Alt+Down / Alt+Up next/previous item, Ctrl+Return approve, Ctrl+Shift+R reject,
/// Ctrl+Shift+I request information, Ctrl+L focus the search filter, F5 refresh, Ctrl+F (anywhere in
/// the pane, the queue included) find in the open document, or the queue's search without one.
class ReviewPane : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPane(QWidget *parent = nullptr);

    void setModel(VerificationQueueModel *model);
    VerificationQueueModel *model() const { return m_model; }
    QueueFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    DocumentView *documentView() const { return m_viewer; }
    DecisionPanel *decisionPanel() const { return m_decision; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    HistoryPanel *historyPanel() const { return m_history; }
    QSplitter *splitter() const { return m_splitter; }
    QList<QAction *> reviewActions() const;

    /// Read-only mode (workshop owners): no decisions, no claims.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    qint64 currentId() const;
    bool selectId(qint64 id);
    void showQueueMessage(const QString &text);

public slots:
    void selectNext();
    void selectPrevious();
    void focusFilter();
    /// Ctrl+F: the open document's find field, or the queue's search when no document is shown.
    void find();

signals:
    void currentVerificationChanged(qint64 id);
    void filterChanged(const adesk::QueueFilter &filter);
    void refreshRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Widens the status column to its longest chip in the interface language (after a remembered
    /// width from another language, or the first width).
    void fitStatusColumn();
    void updateCount();
    void resolveReselect();

    VerificationQueueModel *m_model = nullptr;
    QueueFilterBar *m_filters;
    QTableView *m_table;
    QLabel *m_count;
    DocumentView *m_viewer;
    DecisionPanel *m_decision;
    ChecklistPanel *m_checklist; ///< the entity's requirements, above the decision (issue 15)
    HistoryPanel *m_history;
    QSplitter *m_splitter;
    QAction *m_next;
    QAction *m_prev;
    QAction *m_approve;
    QAction *m_reject;
    QAction *m_info;
    QAction *m_focusFilter;
    QAction *m_refresh;
    QAction *m_find;
    bool m_openedFirst = false; ///< the first item was opened for the newcomer (once per pane)
    qint64 m_lastId = 0;
    qint64 m_reselectId = 0; ///< item to select again once a reset's first page is in
    bool m_readOnly = false;
};

} // namespace adesk
