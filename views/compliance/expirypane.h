#pragma once

#include "models/compliance/expirytypes.h"
#include "views/common/lazypane.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace adesk {

class ExpiryBoardModel;
class ExpiryFilterModel;
class LaggardModel;

/// Expiry oversight for admins (issue 15). Tab "Expiring": approved documents expiring within 7, 30
/// or 60 days, by entity type and province, with what their expiry withdraws (physical work,
/// bookings and partnerships at risk) and the reminders already sent. Tab "Transition": a transition
/// period (chosen or created) and the mechanics who have not chosen a tier or submitted documents by
/// its deadlines. Emits intents only; ExpiryController answers through the public slots.
class ExpiryPane : public LazyPane {
    Q_OBJECT
public:
    ExpiryPane(ExpiryBoardModel *board, LaggardModel *laggards, QWidget *parent = nullptr);

    QTableView *boardView() const { return m_boardView; }
    QTableView *laggardsView() const { return m_laggardsView; }
    ExpiryFilterModel *filter() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    qint64 currentTransition() const;
    /// Sets the "within" filter to 7, 30 or 60 days (as its button does).
    void setWithinDays(int days);

public slots:
    void showMessage(const QString &text, bool error);
    void setTransitions(const QList<adesk::TransitionPeriod> &periods, qint64 current);

signals:
    void refreshRequested();
    void transitionChanged(qint64 transitionId);
    void createTransitionRequested(const QString &name, const QDate &startsOn,
                                   const QDate &tierChoiceDeadline, const QDate &documentsDeadline);

private:
    void askCreateTransition();
    void boardReset();
    void showTransitionDates();

    ExpiryBoardModel *m_board;
    LaggardModel *m_laggards;
    ExpiryFilterModel *m_filter;
    QTabWidget *m_tabs;
    QButtonGroup *m_within;
    QComboBox *m_entityType;
    QComboBox *m_province;
    QTableView *m_boardView;
    QLabel *m_boardSummary;
    QComboBox *m_transition;
    QLabel *m_transitionDates;
    QPushButton *m_newTransition;
    QTableView *m_laggardsView;
    QLabel *m_message;
    QList<TransitionPeriod> m_periods;
};

} // namespace adesk
