#pragma once

#include "models/core/inflight.h"
#include "models/core/keysetpagedmodel.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/partnershiptypes.h"

#include <optional>

namespace adesk {

/// One program's applications, oldest first, paged by key (submitted_at, id) on a DbExecutor worker
/// (fetchMore). Each row carries the mechanic's profile (rating, tier, experience, compliance) and
/// why they do not qualify (desk.mechanic_ineligibility), so the owner sees it before deciding.
/// applyNotification("application:<id>") re-reads that row in place; "application:*" reloads.
class ApplicationQueueModel : public KeysetPagedModel {
    Q_OBJECT
public:
    enum Column {
        Submitted,
        Mechanic,
        Location,
        Rating,
        Experience,
        Tier,
        Compliance,
        Qualifies,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 application id
        RowVersionRole,            ///< int
        StatusRole,                ///< int(ApplicationStatus)
        QualifiesRole,             ///< bool (pending rows): no ineligibility
        ComplianceRole             ///< int(verification::Status) of the mechanic
    };

    explicit ApplicationQueueModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows @p programId's applications with @p status (none = all), from the first page.
    void setProgram(qint64 programId, std::optional<ApplicationStatus> status = ApplicationStatus::Pending);
    qint64 programId() const { return m_programId; }
    std::optional<ApplicationStatus> statusFilter() const { return m_status; }
    const ApplicationRow *rowAt(int row) const;
    int rowOfId(qint64 id) const;
    void applyNotification(const QString &payload);

private:
    bool hasSource() const override { return m_programId > 0; }
    void requestNextPage() override;
    void mergeRows(const QList<ApplicationRow> &rows, const QList<qint64> &asked);

    QList<ApplicationRow> m_rows;
    qint64 m_programId = 0;
    std::optional<ApplicationStatus> m_status = ApplicationStatus::Pending;
};

} // namespace adesk
