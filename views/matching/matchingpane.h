#pragma once

#include "models/matching/matchingtypes.h"
#include "views/common/lazypane.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace adesk {

class LiveRequestsModel;
class MatchingRulesModel;
class OffersModel;

/// Mechanic matching for support staff (issue 16, migration 0025): "Live requests" (refreshed every
/// 10 s by the controller and on F5; a selected request shows its offers: who was notified, why,
/// and the answer) and "Matching rules" (the plan's numbers; admins edit a value, Save or undo the
/// unsaved edit; owners read them). Emits intents; MatchingController loads off the GUI thread.
class MatchingPane : public LazyPane {
    Q_OBJECT
public:
    MatchingPane(LiveRequestsModel *live, OffersModel *offers, MatchingRulesModel *rules, bool canEditRules,
                 QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *liveView() const { return m_liveView; }
    QTableView *offersView() const { return m_offersView; }
    QTableView *rulesView() const { return m_rulesView; }
    /// The request whose offers are shown (0: none).
    qint64 selectedRequest() const { return m_selected; }

public slots:
    void showMessage(const QString &text, bool error);
    void showOffersOf(qint64 requestId);
    void ruleSaved(int row, int value);

signals:
    void refreshRequested();
    void requestSelected(qint64 requestId);
    void saveRuleRequested(int row, const QString &code, int value);

private:
    QWidget *buildLive();
    QWidget *buildRules();
    void updateRuleButtons();

    LiveRequestsModel *m_live;
    OffersModel *m_offers;
    MatchingRulesModel *m_rules;
    bool m_canEditRules;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_liveView = nullptr;
    QTableView *m_offersView = nullptr;
    QTableView *m_rulesView = nullptr;
    QLabel *m_offersTitle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_ruleHint = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_undo = nullptr;
    qint64 m_selected = 0;
};

} // namespace adesk
