#pragma once

#include "models/common/party.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/partnerships/partnershiptypes.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace adesk {

/// Access to the partnership tables (migration 0004). Every call takes the calling worker thread's
/// connection; state changes go through the SECURITY DEFINER functions, which hold the rules.
class PartnershipRepository {
public:
    /// The workshop @p id (name and platform fee); an empty one when it is not visible.
    static Result<ProgramWorkshop> workshop(QSqlDatabase &db, qint64 id);
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
    /// Publishes, pauses, resumes or closes; returns the new row version.
    static Result<int> setProgramStatus(QSqlDatabase &db, const RequestKey &key, qint64 id, int rowVersion,
                                        ProgramAction action, const QDate &effectiveFrom = {});

    /// One page of a program's applications ordered by (submitted_at, id); no @p status = all.
    static QString applicationsSql(bool hasStatus, bool hasAfter);
    static Result<QList<ApplicationRow>> fetchApplications(QSqlDatabase &db, qint64 programId,
                                                           const std::optional<ApplicationStatus> &status,
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
    /// name the server knows (the signed-in owner's for the workshop; the mechanic's, which only the web
    /// platform's service login may record). Returns the agreement's version.
    static Result<int> recordAcceptance(QSqlDatabase &db, qint64 agreementId, int rowVersion, Party side);

    // ----- worked examples: the database splits (desk.calculate_revenue_split) -------------------
    /// The platform fee on @p workshopId's jobs on @p on (null: the platform's today, written to
    /// @p asked) and the rule it comes from (desk.workshop_platform_fee; P0002 for a workshop the
    /// caller may not see).
    static Result<WorkshopFee> workshopFee(QSqlDatabase &db, qint64 workshopId, const QDate &on = {},
                                           QDate *asked = nullptr);
    /// desk.calculate_revenue_split(terms, gross): the parts of a job of @p grossCents under
    /// agreement-shaped @p terms (program_type, platform_fee_bp, workshop_share_bp, mechanic_share_bp;
    /// an agreement's frozen terms as they are). 22023 when the shares do not add up.
    static Result<SplitExample> previewSplit(QSqlDatabase &db, const QJsonObject &terms, qint64 grossCents);
    /// The worked example of a program version being edited: the workshop's fee on @p on (null:
    /// today; what the database will freeze into the version), then the split of a job of
    /// @p grossCents under @p terms with that fee (empty when the shares do not add up with it).
    static Result<ProgramExample> programExample(QSqlDatabase &db, qint64 workshopId, const QDate &on,
                                                 const ProgramTerms &terms, qint64 grossCents);
    /// The worked example an agreement states: its frozen terms split by the database.
    static Result<SplitExample> agreementExample(QSqlDatabase &db, const AgreementRow &agreement,
                                                 qint64 grossCents);
    /// The job the worked examples are computed on: $500.
    static constexpr qint64 kExampleGrossCents = 50000;

    static Result<QList<PartnershipRow>> listPartnerships(QSqlDatabase &db, qint64 workshopId);
    static Result<int> updatePartnership(QSqlDatabase &db, const RequestKey &key, const PartnershipRow &p);
    static Result<int> setPartnershipStatus(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                            int rowVersion, PartnershipAction action, const QString &reason);

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
