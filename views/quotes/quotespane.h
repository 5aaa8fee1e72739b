#pragma once

#include "models/quotes/quotetypes.h"
#include "views/common/lazypane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace adesk {

class LeadModel;
class QuoteModel;

/// "Leads & quotes" (issue 16): the workshop's escalation leads (virtual sessions a mechanic
/// escalated to a repair: filter by status, sort by any column, mark contacted or lost with a reason)
/// and the partner quotes waiting for its approval (lines, total, the partnership's month to date
/// against its limit; approve, or reject with a reason). Read-only for admins (every workshop).
/// Emits intents only; QuotesController does the work and answers through the public slots.
class QuotesPane : public LazyPane {
    Q_OBJECT
public:
    QuotesPane(LeadModel *leads, QuoteModel *quotes, bool readOnly, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *leadView() const { return m_leadView; }
    QTableView *quoteView() const { return m_quoteView; }
    QComboBox *statusFilter() const { return m_filter; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *contactedButton() const { return m_contacted; }
    QPushButton *lostButton() const { return m_lost; }

public slots:
    void showMessage(const QString &text, bool error);

signals:
    void leadStatusRequested(qint64 leadId, adesk::LeadStatus status, const QString &reason);
    void decideRequested(qint64 quoteId, bool approve, const QString &reason);

private:
    QWidget *buildLeadsTab();
    QWidget *buildQuotesTab();
    void updateLeadButtons();
    void showQuote();
    void askLost();
    void askDecision(bool approve);
    qint64 currentLeadId() const;

    LeadModel *m_leads;
    QuoteModel *m_quotes;
    bool m_readOnly;
    QSortFilterProxyModel *m_leadProxy;
    QTabWidget *m_tabs;
    QComboBox *m_filter;
    QTableView *m_leadView;
    QTableView *m_quoteView;
    QTableWidget *m_lines;
    QLabel *m_summary;
    QPushButton *m_contacted;
    QPushButton *m_lost;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_message;
};

} // namespace adesk
