#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/partnerships/programterms.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace adesk {

/// One row of the programs list: status, current version and partner counts.
struct ProgramRow {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    QString name;
    ProgramTerms::Type type = ProgramTerms::Type::RevenueShare;
    ProgramTerms::Status status = ProgramTerms::Status::Draft;
    int rowVersion = 0;
    int versionNo = 0;      ///< latest version number
    QDate effectiveFrom;    ///< of the version in effect today (or the latest)
    int activePartners = 0; ///< pending + active + suspended partnerships
    int maxPartners = 0;    ///< 0 = no limit
    int pendingApplications = 0;
};

/// One version of a program's terms (history list).
struct ProgramVersionInfo {
    qint64 id = 0;
    int versionNo = 0;
    QDate effectiveFrom;
    bool published = false;
};

/// A program opened in the editor: the latest version's terms.
struct ProgramDetail {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    ProgramTerms::Status status = ProgramTerms::Status::Draft;
    int rowVersion = 0;
    int versionNo = 0;
    ProgramTerms terms;
    QList<ProgramVersionInfo> versions;
};

/// One application in a program's queue, with the mechanic's profile.
struct ApplicationRow {
    qint64 id = 0;
    qint64 programId = 0;
    int versionNo = 0;
    qint64 mechanicId = 0;
    QString mechanicName;
    QString city;
    QString province;
    int ratingBp = -1; ///< -1: not rated yet
    int yearsExperience = 0;
    QString serviceTier;
    QString complianceStatus;
    bool redSeal = false;
    QString language;
    QString message;
    QString status; ///< pending | approved | rejected | withdrawn
    QDateTime submittedAt;
    QString reason;
    int rowVersion = 0;
    QStringList ineligibility; ///< desk.mechanic_ineligibility codes; empty = qualifies
    qint64 submittedUs = 0;    ///< paging key
};

struct AgreementRow {
    qint64 id = 0;
    qint64 programId = 0;
    QString programName;
    qint64 mechanicId = 0;
    QString mechanicName;
    QString language;
    QString status;
    QDate effectiveDate;
    QDate endDate;
    QString workshopAcceptedBy;
    QDateTime workshopAcceptedAt;
    QString mechanicAcceptedBy;
    QDateTime mechanicAcceptedAt;
    qint64 documentId = 0;
    QByteArray documentSha256;
    int rowVersion = 0;
    QJsonObject terms; ///< frozen at approval (desk.agreement_terms)
    QDateTime createdAt;
};

struct PartnershipRow {
    qint64 id = 0;
    qint64 programId = 0;
    QString programName;
    qint64 mechanicId = 0;
    QString mechanicName;
    QString status;
    bool canCreateQuotes = false;
    bool quoteApprovalRequired = true;
    qint64 maxQuoteAmountCents = 0; ///< 0 = none
    int commissionBp = 0;
    QString paymentTerms; ///< net_30 | net_60 | immediate
    QDate contractStart;
    QDate contractEnd;
    bool autoRenew = false;
    int rowVersion = 0;
    int parts = 0;
    int labourRates = 0;
};

struct PartRow {
    qint64 id = 0; ///< 0: new
    QString partNumber;
    QString partName;
    QString category;
    qint64 wholesaleCents = 0;
    qint64 retailCents = 0;
    int leadTimeDays = 0;
    QDate validFrom;
    QDate validUntil;
    bool operator==(const PartRow &) const = default;
};

struct LabourRateRow {
    qint64 id = 0; ///< 0: new
    QString serviceCategory;
    qint64 ratePerHourCents = 0;
    qint64 mechanicRateCents = 0;  ///< 0 = none
    int mechanicCommissionBp = -1; ///< -1 = none
    QDate validFrom;
    QDate validUntil;
    bool operator==(const LabourRateRow &) const = default;
};

/// Paging key of an application queue: (submitted_at, id).
struct ApplicationKey {
    qint64 submittedUs = 0;
    qint64 id = 0;
};

/// Access to the partnership tables (migration 0004). Every call takes the calling worker thread's
/// connection; state changes go through the SECURITY DEFINER functions, which hold the rules.
class PartnershipRepository {
public:
    /// Programs visible to the caller (RLS), of @p workshopId when non-zero, ordered by name.
    static QString programsSql(bool oneWorkshop);
    static Result<QList<ProgramRow>> listPrograms(QSqlDatabase &db, qint64 workshopId);
    static Result<ProgramDetail> loadProgram(QSqlDatabase &db, qint64 id);

    struct Saved {
        qint64 id = 0;
        int rowVersion = 0;
        int versionNo = 0;
    };
    // Writes take the RequestKey of the user intent (models/core/requestkey.h): a retry with the same key
    // has the effect once and returns the first result.

    /// desk.save_program. @p id 0 creates a draft in @p workshopId. A published program needs
    /// @p effectiveFrom (a new version from that date).
    static Result<Saved> saveProgram(QSqlDatabase &db, const RequestKey &key, qint64 id, int rowVersion,
                                     qint64 workshopId, const ProgramTerms &terms,
                                     const QDate &effectiveFrom = {});
    /// publish | pause | resume | close; returns the new row version.
    static Result<int> setProgramStatus(QSqlDatabase &db, const RequestKey &key, qint64 id, int rowVersion,
                                        const QString &action, const QDate &effectiveFrom = {});

    /// One page of a program's applications ordered by (submitted_at, id); @p status empty = all.
    static QString applicationsSql(bool hasStatus, bool hasAfter);
    static Result<QList<ApplicationRow>> fetchApplications(QSqlDatabase &db, qint64 programId,
                                                           const QString &status,
                                                           const std::optional<ApplicationKey> &after,
                                                           int limit);
    static Result<QList<ApplicationRow>> fetchApplicationsById(QSqlDatabase &db, const QList<qint64> &ids);
    /// desk.decide_application: approve (returns the agreement id) or reject (returns 0).
    static Result<qint64> decideApplication(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                            int rowVersion, bool approve, const QString &reason,
                                            const QDate &effective = {}, const QDate &end = {});

    static Result<QList<AgreementRow>> listAgreements(QSqlDatabase &db, qint64 workshopId);
    static Result<AgreementRow> loadAgreement(QSqlDatabase &db, qint64 id);
    /// desk.attach_agreement_document: stores the PDF (sha256 computed by the server); document id.
    static Result<qint64> attachAgreementDocument(QSqlDatabase &db, const RequestKey &key, qint64 agreementId,
                                                  const QString &fileName, const QByteArray &pdf);
    static Result<QByteArray> agreementPdf(QSqlDatabase &db, qint64 agreementId);
    /// desk.record_agreement_acceptance: one side's acceptance, recorded at the server's time under the
    /// name the server knows (the signed-in owner's for "workshop"; the mechanic's for "mechanic",
    /// which only the web platform's service login may record). Returns the agreement's version.
    static Result<int> recordAcceptance(QSqlDatabase &db, qint64 agreementId, int rowVersion,
                                        const QString &side);

    static Result<QList<PartnershipRow>> listPartnerships(QSqlDatabase &db, qint64 workshopId);
    static Result<int> updatePartnership(QSqlDatabase &db, const RequestKey &key, const PartnershipRow &p);
    /// suspend | reinstate | terminate
    static Result<int> setPartnershipStatus(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                            int rowVersion, const QString &action, const QString &reason);

    static Result<QList<PartRow>> listParts(QSqlDatabase &db, qint64 partnershipId);
    static Result<QList<LabourRateRow>> listLabourRates(QSqlDatabase &db, qint64 partnershipId);
    /// Replaces the partnership's catalog with @p rows in one transaction (rows with an id are
    /// updated, rows without are inserted, rows missing are deleted).
    static Status saveParts(QSqlDatabase &db, const RequestKey &key, qint64 partnershipId,
                            const QList<PartRow> &rows);
    static Status saveLabourRates(QSqlDatabase &db, const RequestKey &key, qint64 partnershipId,
                                  const QList<LabourRateRow> &rows);
};

} // namespace adesk
