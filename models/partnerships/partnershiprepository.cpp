#include "models/partnerships/partnershiprepository.h"

#include "models/core/sqlquery.h"
#include "models/earnings/earningsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adesk {

namespace {

QStringList pgTextArray(const QVariant &v) {
    // QPSQL returns text[] as "{a,b}".
    QString s = v.toString();
    if (s.size() < 2)
        return {};
    s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return {};
    QStringList out;
    for (QString part : s.split(u',')) {
        if (part.startsWith(u'"') && part.endsWith(u'"'))
            part = part.mid(1, part.size() - 2);
        out << part;
    }
    return out;
}

const QString kApplicationColumns = QStringLiteral(
    "a.id, a.program_id, v.version_no, a.mechanic_id, m.display_name, coalesce(m.city, ''), "
    "coalesce(m.province, ''), "
    "coalesce(m.rating_bp, -1), m.years_experience, m.service_tier, m.compliance_status, "
    "m.red_seal_certified, "
    "m.preferred_language, a.message, a.status, a.submitted_at, coalesce(a.reason, ''), a.version, "
    "CASE WHEN a.status = 'pending' THEN desk.mechanic_ineligibility(a.mechanic_id, a.program_version_id) "
    "END, "
    "(extract(epoch FROM a.submitted_at) * 1000000)::bigint");

ApplicationRow readApplication(SqlQuery &q) {
    ApplicationRow r;
    r.id = q.value(0).toLongLong();
    r.programId = q.value(1).toLongLong();
    r.versionNo = q.value(2).toInt();
    r.mechanicId = q.value(3).toLongLong();
    r.mechanicName = q.value(4).toString();
    r.city = q.value(5).toString();
    r.province = q.value(6).toString();
    r.ratingBp = q.value(7).toInt();
    r.yearsExperience = q.value(8).toInt();
    r.serviceTier = q.value(9).toString();
    r.complianceStatus = verification::statusFromSql(q.value(10).toString());
    r.redSeal = q.value(11).toBool();
    r.language = q.value(12).toString();
    r.message = q.value(13).toString();
    r.status = fromCode(q.value(14).toString(), ApplicationStatus::Pending);
    r.submittedAt = q.value(15).toDateTime();
    r.reason = q.value(16).toString();
    r.rowVersion = q.value(17).toInt();
    r.ineligibility = pgTextArray(q.value(18));
    r.submittedUs = q.value(19).toLongLong();
    return r;
}

const QString kAgreementColumns = QStringLiteral(
    "g.id, g.program_id, p.name, g.mechanic_id, g.terms -> 'mechanic' ->> 'name', g.language, g.status, "
    "g.effective_date, g.end_date, coalesce(g.workshop_accepted_by, ''), g.workshop_accepted_at, "
    "coalesce(g.mechanic_accepted_by, ''), g.mechanic_accepted_at, coalesce(g.document_id, 0), "
    "g.document_sha256, "
    "g.version, g.terms::text, g.created_at, coalesce(p.name_fr, '')");

AgreementRow readAgreement(SqlQuery &q) {
    AgreementRow r;
    r.id = q.value(0).toLongLong();
    r.programId = q.value(1).toLongLong();
    r.programName = q.value(2).toString();
    r.mechanicId = q.value(3).toLongLong();
    r.mechanicName = q.value(4).toString();
    r.language = q.value(5).toString();
    r.status = fromCode(q.value(6).toString(), PartnershipStatus::Active);
    r.effectiveDate = q.value(7).toDate();
    r.endDate = q.value(8).toDate();
    r.workshopAcceptedBy = q.value(9).toString();
    r.workshopAcceptedAt = q.value(10).toDateTime();
    r.mechanicAcceptedBy = q.value(11).toString();
    r.mechanicAcceptedAt = q.value(12).toDateTime();
    r.documentId = q.value(13).toLongLong();
    r.documentSha256 = q.value(14).toByteArray();
    r.rowVersion = q.value(15).toInt();
    r.terms = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    r.createdAt = q.value(17).toDateTime();
    r.programNameFr = q.value(18).toString();
    return r;
}

} // namespace

Result<ProgramWorkshop> PartnershipRepository::workshop(QSqlDatabase &db, qint64 id) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT id, name, platform_fee_bp, province FROM desk.organizations WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    ProgramWorkshop w;
    if (q.next())
        w = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
             q.value(3).toString().trimmed()};
    return w;
}

Result<WorkshopFee> PartnershipRepository::workshopFee(QSqlDatabase &db, qint64 workshopId, const QDate &on,
                                                       QDate *asked) {
    const Result<EarningsRepository::FeeRuleNameFr> nameFr = EarningsRepository::feeRuleNameFr(db);
    if (!nameFr.ok())
        return nameFr.error();
    SqlQuery q(db, QStringLiteral("SELECT coalesce(?::date, (now() AT TIME ZONE 'America/Toronto')::date), "
                                  "coalesce(f.fee_bp, 0), coalesce(f.rule_id, 0), coalesce(f.rule_name, ''), "
                                  "f.effective_from, f.effective_to, coalesce(f.source, ''), %1 "
                                  "FROM desk.workshop_platform_fee(?, ?::date) f%2")
                       .arg(nameFr->column, nameFr->join));
    q.bind(nullableDate(on)).bind(workshopId).bind(nullableDate(on));
    if (!q.exec())
        return q.error();
    WorkshopFee fee;
    fee.workshopId = workshopId;
    if (asked)
        *asked = on;
    if (q.next()) {
        if (asked)
            *asked = q.value(0).toDate();
        fee.feeBp = q.value(1).toInt();
        fee.ruleId = q.value(2).toLongLong();
        fee.ruleName = q.value(3).toString();
        fee.effectiveFrom = q.value(4).isNull() ? QDate() : q.value(4).toDate();
        fee.effectiveTo = q.value(5).isNull() ? QDate() : q.value(5).toDate();
        fee.source = q.value(6).toString();
        fee.ruleNameFr = q.value(7).toString();
    }
    return fee;
}

Result<SplitExample> PartnershipRepository::previewSplit(QSqlDatabase &db, const QJsonObject &terms,
                                                         qint64 grossCents) {
    SqlQuery q(
        db, QStringLiteral("SELECT entry_type, party, share_bp, amount_cents, coalesce(rule_id, 0), basis, "
                           "coalesce(source, '') FROM desk.calculate_revenue_split(?::jsonb, ?)"));
    q.bind(QString::fromUtf8(QJsonDocument(terms).toJson(QJsonDocument::Compact))).bind(grossCents);
    if (!q.exec())
        return q.error();
    SplitExample out;
    out.grossCents = grossCents;
    while (q.next()) {
        SplitLine l;
        l.entryType = fromCode(q.value(0).toString(), EntryType::PlatformFee);
        l.party = fromCode(q.value(1).toString(), Party::Platform);
        l.shareBp = q.value(2).toInt();
        l.amountCents = q.value(3).toLongLong();
        l.ruleId = q.value(4).toLongLong();
        l.basis = fromCode<SplitBasis>(q.value(5).toString());
        l.source = q.value(6).toString();
        out.lines << l;
    }
    return out;
}

Result<ProgramExample> PartnershipRepository::programExample(QSqlDatabase &db, qint64 workshopId,
                                                             const QDate &on, const ProgramTerms &terms,
                                                             qint64 grossCents) {
    ProgramExample out;
    const Result<WorkshopFee> fee = workshopFee(db, workshopId, on, &out.on);
    if (!fee)
        return fee.error();
    out.fee = *fee;
    out.split.grossCents = grossCents;
    // The shares must add up with the database's fee (program_versions_shares_add_up): otherwise
    // there is no split to show, only the fee the owner has to fit the shares to.
    if (fee->feeBp + terms.workshopShareBp + terms.mechanicShareBp != 10000 || terms.workshopShareBp < 0 ||
        terms.mechanicShareBp < 0)
        return out;
    QJsonObject json = terms.toJson();
    json[u"platform_fee_bp"] = fee->feeBp;
    const Result<SplitExample> split = previewSplit(db, json, grossCents);
    if (!split)
        return split.error();
    out.split = *split;
    return out;
}

Result<SplitExample> PartnershipRepository::agreementExample(QSqlDatabase &db, const AgreementRow &agreement,
                                                             qint64 grossCents) {
    QJsonObject terms = agreement.terms;
    terms[u"agreement_label"] = QStringLiteral("Agreement #%1").arg(agreement.id);
    return previewSplit(db, terms, grossCents);
}

QString PartnershipRepository::programsSql(bool oneWorkshop) {
    return QStringLiteral(
               "SELECT p.id, p.workshop_id, o.name, p.name, p.program_type, p.status, p.version, "
               "  (SELECT max(v.version_no) FROM desk.partnership_program_versions v WHERE v.program_id = "
               "p.id), "
               "  (SELECT v.effective_from FROM desk.partnership_program_versions v WHERE v.program_id = "
               "p.id "
               "    ORDER BY (v.effective_from <= current_date) DESC, v.effective_from DESC NULLS LAST, "
               "v.version_no DESC "
               "    LIMIT 1), "
               "  (SELECT count(*) FROM desk.partnerships x WHERE x.program_id = p.id "
               "    AND x.status IN ('pending', 'active', 'suspended')), "
               "  coalesce(p.max_partners, 0), "
               "  (SELECT count(*) FROM desk.partnership_applications a WHERE a.program_id = p.id "
               "    AND a.status = 'pending'), "
               "  coalesce(p.name_fr, '') "
               "FROM desk.partnership_programs p JOIN desk.organizations o ON o.id = p.workshop_id%1 "
               "ORDER BY p.name, p.id")
        .arg(oneWorkshop ? QStringLiteral(" WHERE p.workshop_id = ?") : QString());
}

Result<QList<ProgramRow>> PartnershipRepository::listPrograms(QSqlDatabase &db, qint64 workshopId) {
    SqlQuery q(db, programsSql(workshopId > 0));
    if (workshopId > 0)
        q.bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<ProgramRow> out;
    while (q.next()) {
        ProgramRow r;
        r.id = q.value(0).toLongLong();
        r.workshopId = q.value(1).toLongLong();
        r.workshopName = q.value(2).toString();
        r.name = q.value(3).toString();
        r.type = ProgramTerms::typeFromSql(q.value(4).toString());
        r.status = ProgramTerms::statusFromSql(q.value(5).toString());
        r.rowVersion = q.value(6).toInt();
        r.versionNo = q.value(7).toInt();
        r.effectiveFrom = q.value(8).toDate();
        r.activePartners = q.value(9).toInt();
        r.maxPartners = q.value(10).toInt();
        r.pendingApplications = q.value(11).toInt();
        r.nameFr = q.value(12).toString();
        out.append(r);
    }
    return out;
}

Result<ProgramDetail> PartnershipRepository::loadProgram(QSqlDatabase &db, qint64 id) {
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT p.id, p.workshop_id, o.name, p.status, p.version, p.name, p.description, "
            "p.program_type, coalesce(p.max_partners, 0), v.version_no, v.terms_html, "
            "coalesce(v.bay_rate_hour_cents, 0), coalesce(v.bay_rate_day_cents, 0), "
            "coalesce(v.bay_rate_month_cents, 0), o.platform_fee_bp, v.workshop_share_bp, "
            "v.mechanic_share_bp, coalesce(v.membership_fee_cents, 0), coalesce(v.included_bay_hours, 0), "
            "coalesce(v.overage_rate_hour_cents, 0), coalesce(v.min_rating_bp, 0), "
            "v.min_years_experience, v.required_certifications, v.eligible_service_tiers, "
            "v.platform_fee_bp, v.published_at IS NOT NULL, p.name_fr, p.description_fr, "
            "coalesce(v.terms_html_fr, ''), o.province "
            "FROM desk.partnership_programs p JOIN desk.organizations o ON o.id = p.workshop_id "
            "LEFT JOIN LATERAL (SELECT * FROM desk.partnership_program_versions x WHERE x.program_id = p.id "
            "  ORDER BY x.version_no DESC LIMIT 1) v ON true WHERE p.id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"), QStringLiteral("program %1 not found").arg(id));
    ProgramDetail d;
    d.id = q.value(0).toLongLong();
    d.workshopId = q.value(1).toLongLong();
    d.workshopName = q.value(2).toString();
    d.status = ProgramTerms::statusFromSql(q.value(3).toString());
    d.rowVersion = q.value(4).toInt();
    ProgramTerms &t = d.terms;
    t.name = q.value(5).toString();
    t.description = q.value(6).toString();
    t.type = ProgramTerms::typeFromSql(q.value(7).toString());
    t.maxPartners = q.value(8).toInt();
    d.versionNo = q.value(9).toInt();
    t.termsHtml = q.value(10).toString();
    t.bayRateHourCents = q.value(11).toLongLong();
    t.bayRateDayCents = q.value(12).toLongLong();
    t.bayRateMonthCents = q.value(13).toLongLong();
    // A draft follows the workshop's current fee; a published version keeps its own.
    t.platformFeeBp = q.value(25).toBool() ? q.value(24).toInt() : q.value(14).toInt();
    t.workshopShareBp = q.value(15).toInt();
    t.mechanicShareBp = q.value(16).toInt();
    t.membershipFeeCents = q.value(17).toLongLong();
    t.includedBayHours = q.value(18).toInt();
    t.overageRateHourCents = q.value(19).toLongLong();
    t.minRatingBp = q.value(20).toInt();
    t.minYearsExperience = q.value(21).toInt();
    t.requiredCertifications = pgTextArray(q.value(22));
    t.eligibleServiceTiers = pgTextArray(q.value(23));
    t.nameFr = q.value(26).toString();
    t.descriptionFr = q.value(27).toString();
    t.termsHtmlFr = q.value(28).toString();
    d.workshopProvince = q.value(29).toString().trimmed();

    SqlQuery vq(db, QStringLiteral(
                        "SELECT id, version_no, effective_from, published_at IS NOT NULL "
                        "FROM desk.partnership_program_versions WHERE program_id = ? ORDER BY version_no"));
    vq.bind(id);
    if (!vq.exec())
        return vq.error();
    while (vq.next())
        d.versions.append(
            {vq.value(0).toLongLong(), vq.value(1).toInt(), vq.value(2).toDate(), vq.value(3).toBool()});
    return d;
}

Result<PartnershipRepository::Saved>
PartnershipRepository::saveProgram(QSqlDatabase &db, const RequestKey &key, qint64 id, int rowVersion,
                                   qint64 workshopId, const ProgramTerms &terms, const QDate &effectiveFrom) {
    SqlQuery q(db, QStringLiteral("SELECT program_id, row_version, version_no "
                                  "FROM desk.save_program(?::uuid, ?, ?, ?, ?::jsonb, ?::date)"));
    q.bind(key.toString())
        .bind(nullable(id))
        .bind(id > 0 ? QVariant(rowVersion) : QVariant(QMetaType::fromType<int>()));
    q.bind(nullable(workshopId));
    q.bind(QString::fromUtf8(QJsonDocument(terms.toJson()).toJson(QJsonDocument::Compact)));
    q.bind(nullableDate(effectiveFrom));
    if (!q.exec())
        return q.error();
    q.next();
    return Saved{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()};
}

Result<int> PartnershipRepository::setProgramStatus(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                                    int rowVersion, ProgramAction action,
                                                    const QDate &effectiveFrom) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_program_status(?::uuid, ?, ?, ?, ?::date)"));
    q.bind(key.toString()).bind(id).bind(rowVersion).bind(toCode(action)).bind(nullableDate(effectiveFrom));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

QString PartnershipRepository::applicationsSql(bool hasStatus, bool hasAfter) {
    QString where = QStringLiteral("a.program_id = ?");
    if (hasStatus)
        where += QStringLiteral(" AND a.status = ?");
    if (hasAfter)
        where += QStringLiteral(" AND (a.submitted_at, a.id) > "
                                "(timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::bigint)");
    return QStringLiteral("SELECT %1 FROM desk.partnership_applications a "
                          "JOIN desk.partnership_program_versions v ON v.id = a.program_version_id "
                          "JOIN desk.mechanics m ON m.id = a.mechanic_id "
                          "WHERE %2 ORDER BY a.submitted_at, a.id LIMIT ?")
        .arg(kApplicationColumns, where);
}

Result<QList<ApplicationRow>>
PartnershipRepository::fetchApplications(QSqlDatabase &db, qint64 programId,
                                         const std::optional<ApplicationStatus> &status,
                                         const std::optional<ApplicationKey> &after, int limit) {
    SqlQuery q(db, applicationsSql(status.has_value(), after.has_value()));
    q.bind(programId);
    if (status)
        q.bind(toCode(*status));
    if (after)
        q.bind(after->submittedUs).bind(after->id);
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<ApplicationRow> out;
    out.reserve(limit);
    while (q.next())
        out.append(readApplication(q));
    return out;
}

Result<QList<ApplicationRow>> PartnershipRepository::fetchApplicationsById(QSqlDatabase &db,
                                                                           const QList<qint64> &ids) {
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM desk.partnership_applications a "
                                  "JOIN desk.partnership_program_versions v ON v.id = a.program_version_id "
                                  "JOIN desk.mechanics m ON m.id = a.mechanic_id "
                                  "WHERE a.id = ANY (?::bigint[]) ORDER BY a.submitted_at, a.id")
                       .arg(kApplicationColumns));
    q.bind(u'{' + list.join(u',') + u'}');
    if (!q.exec())
        return q.error();
    QList<ApplicationRow> out;
    while (q.next())
        out.append(readApplication(q));
    return out;
}

Result<qint64> PartnershipRepository::decideApplication(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                                        int rowVersion, bool approve, const QString &reason,
                                                        const QDate &effective, const QDate &end) {
    SqlQuery q(db, QStringLiteral("SELECT desk.decide_application(?::uuid, ?, ?, ?, ?, ?::date, ?::date)"));
    q.bind(key.toString())
        .bind(id)
        .bind(rowVersion)
        .bind(approve ? QStringLiteral("approve") : QStringLiteral("reject"));
    q.bind(nullableText(reason.trimmed())).bind(nullableDate(effective)).bind(nullableDate(end));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<AgreementRow>> PartnershipRepository::listAgreements(QSqlDatabase &db, qint64 workshopId) {
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM desk.partnership_agreements g "
                                  "JOIN desk.partnership_programs p ON p.id = g.program_id%2 "
                                  "ORDER BY g.created_at DESC, g.id DESC")
                       .arg(kAgreementColumns,
                            workshopId > 0 ? QStringLiteral(" WHERE g.workshop_id = ?") : QString()));
    if (workshopId > 0)
        q.bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<AgreementRow> out;
    while (q.next())
        out.append(readAgreement(q));
    return out;
}

Result<AgreementRow> PartnershipRepository::loadAgreement(QSqlDatabase &db, qint64 id) {
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM desk.partnership_agreements g "
                                  "JOIN desk.partnership_programs p ON p.id = g.program_id WHERE g.id = ?")
                       .arg(kAgreementColumns));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"),
                                     QStringLiteral("agreement %1 not found").arg(id));
    return readAgreement(q);
}

Result<qint64> PartnershipRepository::attachAgreementDocument(QSqlDatabase &db, const RequestKey &key,
                                                              qint64 agreementId, const QString &fileName,
                                                              const QByteArray &pdf) {
    SqlQuery q(db, QStringLiteral("SELECT desk.attach_agreement_document(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(agreementId).bind(fileName).bind(pdf);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QByteArray> PartnershipRepository::agreementPdf(QSqlDatabase &db, qint64 agreementId) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT d.content, d.sha256 = sha256(d.content) FROM desk.partnership_agreements g "
                       "JOIN desk.documents d ON d.id = g.document_id WHERE g.id = ?"));
    q.bind(agreementId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"),
                                     QStringLiteral("the agreement has no document yet"));
    if (!q.value(1).toBool())
        return DbError::other(QStringLiteral("the agreement document does not match its sha256"));
    return q.value(0).toByteArray();
}

Result<int> PartnershipRepository::recordAcceptance(QSqlDatabase &db, qint64 agreementId, int rowVersion,
                                                    Party side) {
    SqlQuery q(db, QStringLiteral("SELECT desk.record_agreement_acceptance(?, ?, ?)"));
    q.bind(agreementId).bind(rowVersion).bind(toCode(side));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<PartnershipRow>> PartnershipRepository::listPartnerships(QSqlDatabase &db, qint64 workshopId) {
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT x.id, x.program_id, p.name, x.mechanic_id, g.terms -> 'mechanic' ->> 'name', x.status, "
            "x.can_create_quotes, x.quote_approval_required, coalesce(x.max_quote_amount_cents, 0), "
            "x.commission_bp, x.payment_terms, x.contract_start_date, x.contract_end_date, x.auto_renew, "
            "x.version, (SELECT count(*) FROM desk.partnership_parts c WHERE c.partnership_id = x.id), "
            "(SELECT count(*) FROM desk.partnership_labour_rates r WHERE r.partnership_id = x.id), "
            "x.agreement_id, g.workshop_accepted_at IS NOT NULL AND g.mechanic_accepted_at IS NOT NULL, "
            "coalesce(p.name_fr, '') "
            "FROM desk.partnerships x JOIN desk.partnership_programs p ON p.id = x.program_id "
            "JOIN desk.partnership_agreements g ON g.id = x.agreement_id%1 "
            "ORDER BY x.status = 'terminated', p.name, 5, x.id")
            .arg(workshopId > 0 ? QStringLiteral(" WHERE x.workshop_id = ?") : QString()));
    if (workshopId > 0)
        q.bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<PartnershipRow> out;
    while (q.next()) {
        PartnershipRow r;
        r.id = q.value(0).toLongLong();
        r.programId = q.value(1).toLongLong();
        r.programName = q.value(2).toString();
        r.mechanicId = q.value(3).toLongLong();
        r.mechanicName = q.value(4).toString();
        r.status = fromCode(q.value(5).toString(), PartnershipStatus::Pending);
        r.canCreateQuotes = q.value(6).toBool();
        r.quoteApprovalRequired = q.value(7).toBool();
        r.maxQuoteAmountCents = q.value(8).toLongLong();
        r.commissionBp = q.value(9).toInt();
        r.paymentTerms = fromCode(q.value(10).toString(), PaymentTerm::Net30);
        r.contractStart = q.value(11).toDate();
        r.contractEnd = q.value(12).toDate();
        r.autoRenew = q.value(13).toBool();
        r.rowVersion = q.value(14).toInt();
        r.parts = q.value(15).toInt();
        r.labourRates = q.value(16).toInt();
        r.agreementId = q.value(17).toLongLong();
        r.agreementAccepted = q.value(18).toBool();
        r.programNameFr = q.value(19).toString();
        out.append(r);
    }
    return out;
}

Result<int> PartnershipRepository::updatePartnership(QSqlDatabase &db, const RequestKey &key,
                                                     const PartnershipRow &p) {
    SqlQuery q(db,
               QStringLiteral("SELECT desk.update_partnership(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?::date, ?)"));
    q.bind(key.toString())
        .bind(p.id)
        .bind(p.rowVersion)
        .bind(p.canCreateQuotes)
        .bind(p.quoteApprovalRequired);
    q.bind(nullable(p.maxQuoteAmountCents)).bind(p.commissionBp).bind(toCode(p.paymentTerms));
    q.bind(nullableDate(p.contractEnd)).bind(p.autoRenew);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<int> PartnershipRepository::setPartnershipStatus(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                                        int rowVersion, PartnershipAction action,
                                                        const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_partnership_status(?::uuid, ?, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(id)
        .bind(rowVersion)
        .bind(toCode(action))
        .bind(nullableText(reason.trimmed()));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<PartRow>> PartnershipRepository::listParts(QSqlDatabase &db, qint64 partnershipId) {
    SqlQuery q(
        db, QStringLiteral("SELECT id, part_number, part_name, part_category, wholesale_cents, retail_cents, "
                           "lead_time_days, valid_from, valid_until FROM desk.partnership_parts "
                           "WHERE partnership_id = ? ORDER BY part_number, valid_from, id"));
    q.bind(partnershipId);
    if (!q.exec())
        return q.error();
    QList<PartRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    q.value(6).toInt(), q.value(7).toDate(), q.value(8).toDate()});
    return out;
}

Result<QList<LabourRateRow>> PartnershipRepository::listLabourRates(QSqlDatabase &db, qint64 partnershipId) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT id, service_category, rate_per_hour_cents, coalesce(mechanic_rate_cents, 0), "
                       "coalesce(mechanic_commission_bp, -1), valid_from, valid_until "
                       "FROM desk.partnership_labour_rates WHERE partnership_id = ? "
                       "ORDER BY service_category, valid_from, id"));
    q.bind(partnershipId);
    if (!q.exec())
        return q.error();
    QList<LabourRateRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toDate(), q.value(6).toDate()});
    return out;
}

namespace {

Result<int> replaceRows(QSqlDatabase &db, const RequestKey &key, const QString &function,
                        qint64 partnershipId, const QJsonArray &rows) {
    SqlQuery q(db, QStringLiteral("SELECT desk.%1(?::uuid, ?, ?::jsonb)").arg(function));
    q.bind(key.toString())
        .bind(partnershipId)
        .bind(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

QJsonValue jsonDate(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Status PartnershipRepository::saveParts(QSqlDatabase &db, const RequestKey &key, qint64 partnershipId,
                                        const QList<PartRow> &rows) {
    QJsonArray a;
    for (const PartRow &r : rows) {
        QJsonObject o{{u"part_number"_qs, r.partNumber},         {u"part_name"_qs, r.partName},
                      {u"part_category"_qs, r.category},         {u"wholesale_cents"_qs, r.wholesaleCents},
                      {u"retail_cents"_qs, r.retailCents},       {u"lead_time_days"_qs, r.leadTimeDays},
                      {u"valid_from"_qs, jsonDate(r.validFrom)}, {u"valid_until"_qs, jsonDate(r.validUntil)}};
        if (r.id > 0)
            o[u"id"] = r.id;
        a.append(o);
    }
    const Result<int> n = replaceRows(db, key, QStringLiteral("replace_partnership_parts"), partnershipId, a);
    if (!n)
        return n.error();
    return Done{};
}

Status PartnershipRepository::saveLabourRates(QSqlDatabase &db, const RequestKey &key, qint64 partnershipId,
                                              const QList<LabourRateRow> &rows) {
    QJsonArray a;
    for (const LabourRateRow &r : rows) {
        QJsonObject o{{u"service_category"_qs, r.serviceCategory},
                      {u"rate_per_hour_cents"_qs, r.ratePerHourCents},
                      {u"mechanic_rate_cents"_qs, r.mechanicRateCents > 0 ? QJsonValue(r.mechanicRateCents)
                                                                          : QJsonValue(QJsonValue::Null)},
                      {u"mechanic_commission_bp"_qs, r.mechanicCommissionBp >= 0
                                                         ? QJsonValue(r.mechanicCommissionBp)
                                                         : QJsonValue(QJsonValue::Null)},
                      {u"valid_from"_qs, jsonDate(r.validFrom)},
                      {u"valid_until"_qs, jsonDate(r.validUntil)}};
        if (r.id > 0)
            o[u"id"] = r.id;
        a.append(o);
    }
    const Result<int> n =
        replaceRows(db, key, QStringLiteral("replace_partnership_labour_rates"), partnershipId, a);
    if (!n)
        return n.error();
    return Done{};
}

} // namespace adesk
