#pragma once

#include "models/compliance/expirytypes.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QSqlDatabase>

namespace adesk {

/// Expiry oversight and the transition (migration 0018): admins' reads through SECURITY DEFINER
/// functions, the reminders the daily sweep sends, transition periods.
class ExpiryRepository {
public:
    /// desk.expiry_board(@p withinDays): soonest first.
    static Result<QList<ExpiryRow>> board(QSqlDatabase &db, int withinDays);
    /// desk.send_expiry_reminders(): how many reminders went out.
    static Result<int> sendReminders(QSqlDatabase &db);
    /// The transition periods, newest start first.
    static Result<QList<TransitionPeriod>> transitions(QSqlDatabase &db);
    /// desk.create_transition_period: the new period's id. Null deadlines take the defaults (30 and
    /// 90 days after the start).
    static Result<qint64> createTransition(QSqlDatabase &db, const RequestKey &key, const QString &name,
                                           const QDate &startsOn, const QDate &tierChoiceDeadline,
                                           const QDate &documentsDeadline);
    /// desk.transition_laggards(@p transitionId): most overdue first.
    static Result<QList<LaggardRow>> laggards(QSqlDatabase &db, qint64 transitionId);
};

} // namespace adesk
