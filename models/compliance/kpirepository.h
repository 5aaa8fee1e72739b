#pragma once

#include "models/compliance/kpitypes.h"
#include "models/core/result.h"

#include <QSqlDatabase>

namespace adesk {

/// The platform KPI functions of migration 0022 (SECURITY DEFINER, platform admins only: the
/// database answers 42501 to anybody else).
class KpiRepository {
public:
    static Result<QList<kpi::Turnaround>> turnaround(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                     kpi::Bucket bucket);
    static Result<QList<kpi::QueuePoint>> queue(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                kpi::Bucket bucket);
    static Result<QList<kpi::TierCount>> tiers(QSqlDatabase &db);
    static Result<QList<kpi::Sessions>> sessions(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                 kpi::Bucket bucket);
    static Result<QList<kpi::Retention>> retention(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                   kpi::Bucket bucket);
    static Result<QList<kpi::Bookings>> bookings(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                 kpi::Bucket bucket);
    static Result<QList<kpi::Revenue>> revenue(QSqlDatabase &db, const QDate &from, const QDate &to);

    /// Everything the dashboard shows over [@p from, @p to): monthly figures, the queue by week.
    static Result<kpi::Report> report(QSqlDatabase &db, const QDate &from, const QDate &to);
};

} // namespace adesk
