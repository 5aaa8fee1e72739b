#include "models/compliance/auditlogmodel.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

namespace adesk {

AuditLogModel::AuditLogModel(DbExecutor *executor, QObject *parent)
    : KeysetPagedModel(executor, parent) {}

int AuditLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
/// "payout_failed" -> "Payout failed", "bay.out_of_service" -> "Bay: out of service": an action or table
/// without a label of its own still reads as words.
QString humanize(const QString &code) {
    QString t = code;
    t.replace(u'.', QStringLiteral(": "));
    t.replace(u'_', u' ');
    if (!t.isEmpty())
        t[0] = t.at(0).toUpper();
    return t;
}
} // namespace

QString AuditLogModel::actionLabel(const QString &action) {
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("verification.approve"), QT_TR_NOOP("Verification approved")},
        {QStringLiteral("verification.reject"), QT_TR_NOOP("Verification rejected")},
        {QStringLiteral("verification.request_info"), QT_TR_NOOP("Information requested")},
        {QStringLiteral("verification.expire"), QT_TR_NOOP("Verification expired")},
        {QStringLiteral("tax_number_revealed"), QT_TR_NOOP("Tax number revealed")},
        {QStringLiteral("tax_profile_saved"), QT_TR_NOOP("Tax profile saved")},
        {QStringLiteral("bulk_notice_sent"), QT_TR_NOOP("Bulk notice sent")},
        {QStringLiteral("payout_paid"), QT_TR_NOOP("Payout paid")},
        {QStringLiteral("payout_failed"), QT_TR_NOOP("Payout failed")},
        {QStringLiteral("schedule_payouts"), QT_TR_NOOP("Payouts scheduled")},
        {QStringLiteral("ledger_event_reversed"), QT_TR_NOOP("Ledger event reversed")},
        {QStringLiteral("fee_rule_version"), QT_TR_NOOP("Fee rule changed")},
        {QStringLiteral("partnership_charge"), QT_TR_NOOP("Partnership charge")},
        {QStringLiteral("agreement_accepted"), QT_TR_NOOP("Agreement accepted")},
        {QStringLiteral("application_approved"), QT_TR_NOOP("Application approved")},
        {QStringLiteral("application_rejected"), QT_TR_NOOP("Application rejected")},
        {QStringLiteral("program_created"), QT_TR_NOOP("Program created")},
        {QStringLiteral("program_saved"), QT_TR_NOOP("Program saved")},
        {QStringLiteral("t4a_slips_generated"), QT_TR_NOOP("T4A slips generated")},
        {QStringLiteral("t4a_return_read"), QT_TR_NOOP("T4A return read")},
        {QStringLiteral("t4a_filed"), QT_TR_NOOP("T4A return filed")},
        {QStringLiteral("t4a_slip_amended"), QT_TR_NOOP("T4A slip amended")},
        {QStringLiteral("t4a_slip_cancelled"), QT_TR_NOOP("T4A slip cancelled")},
        {QStringLiteral("bay.create"), QT_TR_NOOP("Bay created")},
        {QStringLiteral("bay.update"), QT_TR_NOOP("Bay changed")},
        {QStringLiteral("bay.in_service"), QT_TR_NOOP("Bay back in service")},
        {QStringLiteral("bay.out_of_service"), QT_TR_NOOP("Bay out of service")},
        {QStringLiteral("booking.create"), QT_TR_NOOP("Booking created")},
        {QStringLiteral("booking.move"), QT_TR_NOOP("Booking moved")},
        {QStringLiteral("booking.status"), QT_TR_NOOP("Booking status changed")},
        {QStringLiteral("closure.add"), QT_TR_NOOP("Closure added")},
        {QStringLiteral("closure.remove"), QT_TR_NOOP("Closure removed")},
        {QStringLiteral("workshop_hours.set"), QT_TR_NOOP("Opening hours set")},
        {QStringLiteral("invitation.create"), QT_TR_NOOP("Mechanic invited")},
        {QStringLiteral("invitation.redeem"), QT_TR_NOOP("Invitation accepted")},
        {QStringLiteral("invitation.revoke"), QT_TR_NOOP("Invitation revoked")},
        {QStringLiteral("mechanic.link"), QT_TR_NOOP("Mechanic linked")},
        {QStringLiteral("mechanic.unlink"), QT_TR_NOOP("Mechanic unlinked")},
        {QStringLiteral("program_publish"), QT_TR_NOOP("Program published")},
        {QStringLiteral("program_pause"), QT_TR_NOOP("Program paused")},
        {QStringLiteral("program_resume"), QT_TR_NOOP("Program resumed")},
        {QStringLiteral("program_close"), QT_TR_NOOP("Program closed")},
        {QStringLiteral("partnership_suspend"), QT_TR_NOOP("Partnership suspended")},
        {QStringLiteral("partnership_reinstate"), QT_TR_NOOP("Partnership reinstated")},
        {QStringLiteral("partnership_terminate"), QT_TR_NOOP("Partnership terminated")},
        {QStringLiteral("verification.expiry_reminder"), QT_TR_NOOP("Expiry reminder sent")},
        {QStringLiteral("verification.flag_edited"), QT_TR_NOOP("Document flagged as edited")},
        {QStringLiteral("verification.supersede"), QT_TR_NOOP("Verification superseded")},
        {QStringLiteral("requirement.add"), QT_TR_NOOP("Requirement added")},
        {QStringLiteral("requirement.end"), QT_TR_NOOP("Requirement ended")},
        {QStringLiteral("requirement.withdraw"), QT_TR_NOOP("Requirement withdrawn before it took effect")},
        {QStringLiteral("transition.create"), QT_TR_NOOP("Transition period granted")},
        {QStringLiteral("override.request"), QT_TR_NOOP("Override requested")},
        {QStringLiteral("override.approve"), QT_TR_NOOP("Override approved")},
        {QStringLiteral("override.reject"), QT_TR_NOOP("Override rejected")},
        {QStringLiteral("mechanic.service_tier_override"), QT_TR_NOOP("Service tier changed by override")},
        {QStringLiteral("workshop.routing_type"), QT_TR_NOOP("Default routing changed")},
        {QStringLiteral("matching_rule.set"), QT_TR_NOOP("Matching rule changed")},
        {QStringLiteral("lead.contacted"), QT_TR_NOOP("Lead contacted")},
        {QStringLiteral("lead.lost"), QT_TR_NOOP("Lead lost")},
        {QStringLiteral("quote.create"), QT_TR_NOOP("Quote created")},
        {QStringLiteral("quote.approve"), QT_TR_NOOP("Quote approved")},
        {QStringLiteral("quote.reject"), QT_TR_NOOP("Quote rejected")},
        {QStringLiteral("quote.decline"), QT_TR_NOOP("Quote declined by the customer")},
        {QStringLiteral("quote.expire"), QT_TR_NOOP("Quote expired")},
    };
    const auto it = labels.constFind(action);
    return it != labels.constEnd() ? tr(it.value()) : humanize(action);
}

QString AuditLogModel::entityLabel(const QString &table) {
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("compliance_verifications"), QT_TR_NOOP("Verification")},
        {QStringLiteral("payee_tax_profiles"), QT_TR_NOOP("Tax profile")},
        {QStringLiteral("bulk_notices"), QT_TR_NOOP("Bulk notice")},
        {QStringLiteral("payouts"), QT_TR_NOOP("Payout")},
        {QStringLiteral("payout_batches"), QT_TR_NOOP("Payout batch")},
        {QStringLiteral("earnings_ledger"), QT_TR_NOOP("Ledger")},
        {QStringLiteral("platform_fee_rules"), QT_TR_NOOP("Fee rule")},
        {QStringLiteral("partnership_agreements"), QT_TR_NOOP("Agreement")},
        {QStringLiteral("partnership_applications"), QT_TR_NOOP("Application")},
        {QStringLiteral("partnership_programs"), QT_TR_NOOP("Program")},
        {QStringLiteral("partnerships"), QT_TR_NOOP("Partnership")},
        {QStringLiteral("bay_rental_charges"), QT_TR_NOOP("Bay rental charge")},
        {QStringLiteral("membership_fees"), QT_TR_NOOP("Membership fee")},
        {QStringLiteral("t4a_slips"), QT_TR_NOOP("T4A slips")},
        {QStringLiteral("t4a_submissions"), QT_TR_NOOP("T4A return")},
        {QStringLiteral("bays"), QT_TR_NOOP("Bay")},
        {QStringLiteral("bay_bookings"), QT_TR_NOOP("Booking")},
        {QStringLiteral("bay_closures"), QT_TR_NOOP("Closure")},
        {QStringLiteral("workshop_hours"), QT_TR_NOOP("Opening hours")},
        {QStringLiteral("mechanic_invitations"), QT_TR_NOOP("Invitation")},
        {QStringLiteral("mechanics"), QT_TR_NOOP("Mechanic")},
    };
    const auto it = labels.constFind(table);
    return it != labels.constEnd() ? tr(it.value()) : humanize(table);
}

QString AuditLogModel::prettyDetail(const QString &json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isNull())
        return json;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case DetailJsonRole:
        return prettyDetail(r.detail);
    case Qt::ToolTipRole:
        return index.column() == Detail ? prettyDetail(r.detail) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case At:
            return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case Actor:
            return r.actor;
        case Action:
            return actionLabel(r.action);
        case Entity:
            return r.rowId > 0 ? tr("%1 #%2").arg(entityLabel(r.tableName)).arg(r.rowId)
                               : entityLabel(r.tableName);
        case Workshop:
            return r.workshopId > 0
                       ? (r.workshopName.isEmpty() ? QString::number(r.workshopId) : r.workshopName)
                       : QString();
        case Detail:
            return r.detail;
        }
        return {};
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("When");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case Workshop:
        return tr("Workshop");
    case Detail:
        return tr("Detail");
    }
    return {};
}

void AuditLogModel::requestNextPage() {
    std::optional<NewestFirstKey> after;
    if (!m_rows.isEmpty())
        after = NewestFirstKey{m_rows.last().atUs, m_rows.last().id};
    const AuditFilter filter = m_filter;
    const int limit = pageSize();
    loadPage<AuditEntry>(
        [=](QSqlDatabase &db) { return OversightRepository::auditPage(db, filter, after, limit); }, limit,
        Load::NextPage,
        [this](const QList<AuditEntry> &rows) {
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.append(rows);
                endInsertRows();
            }
        });
}

void AuditLogModel::setFilter(const AuditFilter &filter) {
    beginResetModel();
    m_rows.clear();
    m_filter = filter;
    m_started = true;
    restart(false);
    endResetModel();
    fetchMore({});
}

const AuditEntry *AuditLogModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace adesk
