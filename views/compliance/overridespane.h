#pragma once

#include "models/compliance/overridetypes.h"
#include "views/common/lazypane.h"

class QLabel;
class QPushButton;
class QTableView;

namespace adesk {

class OverrideModel;

/// Overrides ("Dérogations", issue 15): what one admin asked and a second admin must allow —
/// approving a document flagged "potentially edited", changing a mechanic's service tier by hand.
/// Pending requests (approve or reject; both disabled on one's own requests, with the reason in the
/// tooltip), the decided history, and "Request tier change…". Emits intents only;
/// OverridesController does the work and answers through the public slots.
class OverridesPane : public LazyPane {
    Q_OBJECT
public:
    OverridesPane(OverrideModel *pending, OverrideModel *decided, QWidget *parent = nullptr);

    QTableView *pendingView() const { return m_pendingView; }
    QTableView *decidedView() const { return m_decidedView; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }

public slots:
    void showMessage(const QString &text, bool error);
    /// Asks which mechanic gets which tier, and why; emits tierChangeConfirmed.
    void askTierChange(const QList<adesk::TierCandidate> &candidates);

signals:
    void decideRequested(qint64 overrideId, bool approve, const QString &note);
    /// The admin wants to request a tier change: the controller loads the mechanics, then askTierChange.
    void tierChangeRequested();
    void tierChangeConfirmed(qint64 mechanicId, adesk::MechanicServiceTier tier, const QString &reason);

private:
    void askDecision(bool approve);
    void updateButtons();

    OverrideModel *m_pending;
    OverrideModel *m_decided;
    QTableView *m_pendingView;
    QTableView *m_decidedView;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_tierChange;
    QLabel *m_message;
};

} // namespace adesk
