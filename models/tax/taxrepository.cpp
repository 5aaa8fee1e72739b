#include "models/tax/taxrepository.h"

#include "models/core/sqlquery.h"

#include <QDate>

#include <algorithm>

namespace adesk {

namespace {

QString arrayLiteral(const QList<qint64> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

QStringList textArray(const QVariant &v) {
    // QPSQL returns text[] as its literal "{a,b}".
    QString s = v.toString();
    if (s.size() < 2)
        return {};
    s = s.mid(1, s.size() - 2);
    return s.isEmpty() ? QStringList{} : s.split(u',');
}

QVariant textOrNull(const QString &s) {
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

Result<QList<int>> TaxRepository::years(QSqlDatabase &db) {
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT y FROM ("
                              " SELECT extract(year FROM p.paid_at AT TIME ZONE 'America/Toronto')::int AS y "
                              "FROM desk.payouts p"
                              "  WHERE p.status = 'paid'"
                              " UNION SELECT tax_year FROM desk.t4a_slips"
                              " UNION SELECT extract(year FROM current_date)::int - 1) x ORDER BY y DESC"));
    if (!q.exec())
        return q.error();
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

Result<QList<T4AOverviewRow>> TaxRepository::overview(QSqlDatabase &db, int year) {
    // The view, not desk.t4a_overview(year): no tuplestore and no sort on the server (0049).
    Result<QList<T4AOverviewRow>> rows = overviewRows(
        db,
        QStringLiteral("SELECT payee_party, payee_id, payee_name, fees_cents, statement_cents, unpaid_cents, "
                       "prior_paid_cents, slip_due, profile_id, profile_version, recipient_kind, sin_masked, "
                       "bn_masked, province, postal_code, language, problems, slip_id, slip_status, "
                       "slip_report_type, slip_box048_cents, slip_version, slip_history "
                       "FROM desk.t4a_overview_rows WHERE tax_year = ?"),
        year);
    if (rows.ok())
        sortInOverviewOrder(rows.value());
    return rows;
}

Result<QList<T4AOverviewRow>> TaxRepository::overviewRows(QSqlDatabase &db, const QString &sql, int year) {
    SqlQuery q(db, sql);
    q.bind(year);
    if (!q.exec())
        return q.error();
    QList<T4AOverviewRow> out;
    while (q.next()) {
        T4AOverviewRow r;
        r.payeeParty = fromCode(q.value(0).toString(), Party::Mechanic);
        r.payeeId = q.value(1).toLongLong();
        r.payeeName = q.value(2).toString();
        r.feesCents = q.value(3).toLongLong();
        r.statementCents = q.value(4).toLongLong();
        r.unpaidCents = q.value(5).toLongLong();
        r.priorPaidCents = q.value(6).toLongLong();
        r.slipDue = q.value(7).toBool();
        r.profileId = q.value(8).toLongLong();
        r.profileVersion = q.value(9).toInt();
        r.recipientKind = fromCode(q.value(10).toString(), RecipientKind::Individual);
        r.sinMasked = q.value(11).toString();
        r.bnMasked = q.value(12).toString();
        r.province = q.value(13).toString();
        r.postalCode = q.value(14).toString();
        r.language = q.value(15).toString();
        r.problems = textArray(q.value(16));
        r.slipId = q.value(17).toLongLong();
        r.slipStatus = fromCode(q.value(18).toString(), SlipStatus::Draft);
        r.slipReportType = fromCode(q.value(19).toString(), ReportType::Original);
        r.slipBox048Cents = q.value(20).isNull() ? -1 : q.value(20).toLongLong();
        r.slipVersion = q.value(21).toInt();
        r.slipHistory = q.value(22).toInt();
        out << r;
    }
    return out;
}

void TaxRepository::sortInOverviewOrder(QList<T4AOverviewRow> &rows) {
    // desk.t4a_overview's ORDER BY slip_due DESC, payee_name, payee_party, payee_id, with the names
    // compared as the database's "C" collation does (code points; NULL last, as in PostgreSQL).
    // The parties' codes in the "C" order: mechanic < platform < workshop.
    const auto party = [](Party p) { return p == Party::Mechanic ? 0 : p == Party::Platform ? 1 : 2; };
    std::sort(rows.begin(), rows.end(), [&party](const T4AOverviewRow &a, const T4AOverviewRow &b) {
        if (a.slipDue != b.slipDue)
            return a.slipDue;
        if (a.payeeName.isNull() != b.payeeName.isNull())
            return b.payeeName.isNull();
        if (const int c = a.payeeName.compare(b.payeeName); c != 0)
            return c < 0;
        if (party(a.payeeParty) != party(b.payeeParty))
            return party(a.payeeParty) < party(b.payeeParty);
        return a.payeeId < b.payeeId;
    });
}

Result<qint64> TaxRepository::slipsDueCount(QSqlDatabase &db, int year) {
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM desk.t4a_year_payees(?) WHERE slip_due"));
    q.bind(year);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toLongLong();
}

Result<TaxProfile> TaxRepository::profile(QSqlDatabase &db, Party party, qint64 payeeId) {
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT t.id, t.recipient_kind, t.surname, t.given_name, t.initial, t.business_name, "
            "t.business_name2, "
            "t.sin_masked, t.bn_masked, t.sin_valid, t.bn_valid, t.address_line1, t.address_line2, t.city, "
            "t.province, "
            "t.postal_code, t.language, t.electronic_consent, t.consent_at, t.version, "
            "coalesce(o.name, m.display_name), coalesce(o.province, m.province, mo.province), "
            "coalesce(o.preferred_language, m.preferred_language), o.address_line, coalesce(o.city, m.city), "
            "coalesce(o.postal_code, m.postal_code) "
            "FROM (SELECT ?::text AS party, ?::bigint AS id) k "
            "LEFT JOIN desk.organizations o ON k.party = 'workshop' AND o.id = k.id "
            "LEFT JOIN desk.mechanics m ON k.party = 'mechanic' AND m.id = k.id "
            "LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id "
            "LEFT JOIN desk.payee_tax_profiles t ON (k.party = 'workshop' AND t.workshop_id = k.id) "
            "                                    OR (k.party = 'mechanic' AND t.mechanic_id = k.id)"));
    q.bind(toCode(party)).bind(payeeId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"), QStringLiteral("no such payee"));
    TaxProfile p;
    p.payeeParty = party;
    p.payeeId = payeeId;
    p.payeeName = q.value(20).toString();
    if (q.value(0).isNull()) {
        // No profile yet: start from what the platform knows.
        p.recipientKind = party == Party::Workshop ? RecipientKind::Business : RecipientKind::Individual;
        if (party == Party::Workshop) {
            p.businessName = p.payeeName.left(30);
            p.addressLine1 = q.value(23).toString().left(30);
        } else {
            const QStringList parts = p.payeeName.split(u' ', Qt::SkipEmptyParts);
            if (!parts.isEmpty()) {
                p.surname = parts.last().left(20);
                p.givenName = parts.size() > 1 ? parts.first().left(12) : QString();
            }
        }
        p.city = q.value(24).toString().left(28);
        p.province = q.value(21).toString();
        p.postalCode = q.value(25).toString();
        p.language = p.province == u"QC" ? QStringLiteral("fr") : q.value(22).toString();
        if (p.language.isEmpty())
            p.language = QStringLiteral("en");
        return p;
    }
    p.id = q.value(0).toLongLong();
    p.recipientKind = fromCode(q.value(1).toString(), RecipientKind::Individual);
    p.surname = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.initial = q.value(4).toString();
    p.businessName = q.value(5).toString();
    p.businessName2 = q.value(6).toString();
    p.sinMasked = q.value(7).toString();
    p.bnMasked = q.value(8).toString();
    p.sinValid = q.value(9).toBool();
    p.bnValid = q.value(10).toBool();
    p.addressLine1 = q.value(11).toString();
    p.addressLine2 = q.value(12).toString();
    p.city = q.value(13).toString();
    p.province = q.value(14).toString();
    p.postalCode = q.value(15).toString();
    p.language = q.value(16).toString();
    p.electronicConsent = q.value(17).toBool();
    p.consentAt = q.value(18).toDateTime();
    p.version = q.value(19).toInt();
    return p;
}

Result<int> TaxRepository::saveProfile(QSqlDatabase &db, const RequestKey &key, const TaxProfile &p) {
    SqlQuery q(db,
               QStringLiteral("SELECT desk.save_tax_profile(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(toCode(p.payeeParty))
        .bind(p.payeeId)
        .bind(p.version)
        .bind(toCode(p.recipientKind))
        .bind(p.surname)
        .bind(p.givenName)
        .bind(p.initial)
        .bind(p.businessName)
        .bind(p.businessName2)
        .bind(textOrNull(p.sin))
        .bind(textOrNull(p.bn))
        .bind(p.addressLine1)
        .bind(p.addressLine2)
        .bind(p.city)
        .bind(p.province)
        .bind(p.postalCode)
        .bind(p.language)
        .bind(p.electronicConsent);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<QStringList> TaxRepository::reveal(QSqlDatabase &db, qint64 profileId, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT sin, bn FROM desk.reveal_tax_number(?, ?)"));
    q.bind(profileId).bind(reason);
    if (!q.exec() || !q.next())
        return q.error();
    return QStringList{q.value(0).toString(), q.value(1).toString()};
}

Result<T4APayer> TaxRepository::payer(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT name_line1, name_line2, address_line1, address_line2, city, "
                                  "province, postal_code, payer_account, "
                                  "contact_name, contact_area_code, contact_phone, contact_extension, "
                                  "contact_email, transmitter_kind, "
                                  "transmitter_number, language, version FROM desk.t4a_payer WHERE id = 1"));
    if (!q.exec())
        return q.error();
    T4APayer p;
    if (!q.next())
        return p;
    p.nameLine1 = q.value(0).toString();
    p.nameLine2 = q.value(1).toString();
    p.addressLine1 = q.value(2).toString();
    p.addressLine2 = q.value(3).toString();
    p.city = q.value(4).toString();
    p.province = q.value(5).toString();
    p.postalCode = q.value(6).toString();
    p.payerAccount = q.value(7).toString();
    p.contactName = q.value(8).toString();
    p.contactAreaCode = q.value(9).toString();
    p.contactPhone = q.value(10).toString();
    p.contactExtension = q.value(11).toString();
    p.contactEmail = q.value(12).toString();
    p.transmitterKind = q.value(13).toString();
    p.transmitterNumber = q.value(14).toString();
    p.language = q.value(15).toString();
    p.version = q.value(16).toInt();
    return p;
}

Status TaxRepository::savePayer(QSqlDatabase &db, const T4APayer &p) {
    auto nul = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    SqlQuery q(db,
               QStringLiteral(
                   "INSERT INTO desk.t4a_payer (id, name_line1, name_line2, address_line1, address_line2, "
                   "city, province, "
                   "postal_code, payer_account, contact_name, contact_area_code, contact_phone, "
                   "contact_extension, contact_email, "
                   "transmitter_kind, transmitter_number, language) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET name_line1 = EXCLUDED.name_line1, name_line2 = "
                   "EXCLUDED.name_line2, "
                   "address_line1 = EXCLUDED.address_line1, address_line2 = EXCLUDED.address_line2, city = "
                   "EXCLUDED.city, "
                   "province = EXCLUDED.province, postal_code = EXCLUDED.postal_code, payer_account = "
                   "EXCLUDED.payer_account, "
                   "contact_name = EXCLUDED.contact_name, contact_area_code = EXCLUDED.contact_area_code, "
                   "contact_phone = EXCLUDED.contact_phone, contact_extension = EXCLUDED.contact_extension, "
                   "contact_email = EXCLUDED.contact_email, transmitter_kind = EXCLUDED.transmitter_kind, "
                   "transmitter_number = EXCLUDED.transmitter_number, language = EXCLUDED.language, "
                   "version = desk.t4a_payer.version + 1 WHERE desk.t4a_payer.version = ?"));
    q.bind(p.nameLine1)
        .bind(nul(p.nameLine2))
        .bind(p.addressLine1)
        .bind(nul(p.addressLine2))
        .bind(p.city)
        .bind(p.province)
        .bind(p.postalCode)
        .bind(p.payerAccount)
        .bind(p.contactName)
        .bind(p.contactAreaCode)
        .bind(p.contactPhone)
        .bind(nul(p.contactExtension))
        .bind(p.contactEmail)
        .bind(p.transmitterKind)
        .bind(p.transmitterNumber)
        .bind(p.language.isEmpty() ? QStringLiteral("E") : p.language)
        .bind(p.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() == 0)
        return DbError::fromSqlState(QStringLiteral("40001"),
                                     QStringLiteral("the payer was changed by someone else"));
    return Done{};
}

Result<int> TaxRepository::generateSlips(QSqlDatabase &db, const RequestKey &key, int year) {
    SqlQuery q(db, QStringLiteral("SELECT desk.generate_t4a_slips(?::uuid, ?)"));
    q.bind(key.toString()).bind(year);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<int> TaxRepository::finalizeSlips(QSqlDatabase &db, const RequestKey &key, int year,
                                         const QList<qint64> &slipIds) {
    SqlQuery q(db, QStringLiteral("SELECT desk.finalize_t4a_slips(?::uuid, ?, ?::bigint[])"));
    q.bind(key.toString())
        .bind(year)
        .bind(slipIds.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(arrayLiteral(slipIds)));
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<QList<T4ASlipData>> TaxRepository::returnPage(QSqlDatabase &db, int year, qint64 afterSlipId,
                                                     int limit, const QList<SlipStatus> &statuses) {
    SqlQuery q(db, QStringLiteral("SELECT * FROM desk.t4a_return_page(?, ?::text[], ?, ?)"));
    QStringList codes;
    for (SlipStatus s : statuses)
        codes << toCode(s);
    q.bind(year)
        .bind(u'{' + codes.join(u',') + u'}')
        .bind(afterSlipId)
        .bind(limit > 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec())
        return q.error();
    auto box = [&q](int i) { return q.value(i).isNull() ? qint64(-1) : q.value(i).toLongLong(); };
    QList<T4ASlipData> page;
    while (q.next()) {
        T4ASlipData s;
        s.slipId = q.value(0).toLongLong();
        s.payeeParty = fromCode(q.value(1).toString(), Party::Mechanic);
        s.payeeId = q.value(2).toLongLong();
        s.reportType = fromCode(q.value(3).toString(), ReportType::Original);
        s.status = fromCode(q.value(4).toString(), SlipStatus::Draft);
        s.box048Cents = q.value(5).toLongLong();
        s.box016Cents = box(6);
        s.box018Cents = box(7);
        s.box020Cents = box(8);
        s.box022Cents = box(9);
        s.box024Cents = box(10);
        s.version = q.value(11).toInt();
        s.profileId = q.value(12).toLongLong();
        // No profile: a workshop is a business, a mechanic a person.
        s.recipientKind = fromCode<RecipientKind>(q.value(13).toString())
                              .value_or(s.payeeParty == Party::Workshop ? RecipientKind::Business
                                                                        : RecipientKind::Individual);
        s.surname = q.value(14).toString();
        s.givenName = q.value(15).toString();
        s.initial = q.value(16).toString();
        s.businessName = q.value(17).toString();
        s.businessName2 = q.value(18).toString();
        s.sin = q.value(19).toString();
        s.bn = q.value(20).toString();
        s.addressLine1 = q.value(21).toString();
        s.addressLine2 = q.value(22).toString();
        s.city = q.value(23).toString();
        s.province = q.value(24).toString();
        s.postalCode = q.value(25).toString();
        s.language = q.value(26).toString();
        s.problems = textArray(q.value(27));
        s.payeeName = q.value(28).toString();
        page << s;
    }
    return page;
}

Result<T4AReturnData> TaxRepository::returnData(QSqlDatabase &db, int year,
                                                const QList<SlipStatus> &statuses) {
    Result<T4APayer> payerResult = payer(db);
    if (!payerResult)
        return payerResult.error();
    Result<QList<T4ASlipData>> slips = returnPage(db, year, 0, 0, statuses);
    if (!slips)
        return slips.error();
    T4AReturnData d;
    d.taxYear = year;
    d.payer = payerResult.value();
    d.slips = std::move(slips.value());
    d.submissionRef = T4AReturnData::newSubmissionRef();
    return d;
}

Result<qint64> TaxRepository::recordFiling(QSqlDatabase &db, const RequestKey &key, int year,
                                           const QString &submissionRef, const QList<qint64> &slipIds,
                                           const QByteArray &xmlSha256) {
    SqlQuery q(db, QStringLiteral("SELECT desk.record_t4a_filing(?::uuid, ?, ?, ?::bigint[], ?)"));
    q.bind(key.toString()).bind(year).bind(submissionRef).bind(arrayLiteral(slipIds)).bind(xmlSha256);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toLongLong();
}

Result<qint64> TaxRepository::amendSlip(QSqlDatabase &db, const RequestKey &key, qint64 slipId, int version,
                                        bool cancel, qint64 box048Cents, const QString &note) {
    SqlQuery q(db, QStringLiteral("SELECT desk.amend_t4a_slip(?::uuid, ?, ?, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(slipId)
        .bind(version)
        .bind(cancel)
        .bind(box048Cents < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(box048Cents))
        .bind(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toLongLong();
}

} // namespace adesk
