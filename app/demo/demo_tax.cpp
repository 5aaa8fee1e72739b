// Demo data for the T4A pane (issue 6): the platform's payer profile and a tax profile for every
// payee of last year, some with planted problems the pane must flag. seedTaxDemo runs inside
// seed-demo's transaction as the superuser, after seedEarningsDemo (it needs paid payouts),
// deterministic, relative to current_date. Profiles are inserted as the platform's onboarding typed
// them (direct INSERT), which is how problems get in; finance corrects them through
// desk.save_tax_profile, which validates.
//
// Planted problems (by position among last year's payees with a slip due, mechanics first):
//   #2 no SIN, #3 SIN with a wrong check digit, #4 postal code of another province, #5 no address.
// SINs are test numbers that pass Luhn (the first is CRA's sample 046 454 286).

#include "models/core/sqlquery.h"
#include "models/tax/sin.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace adesk {

bool seedTaxDemo(QSqlDatabase &db, QString *error); // wired into seed-demo by the lead

namespace {

QString luhnSin(qint64 n) {
    // "04" + 6 digits + check digit: distinct for distinct n below 900,000 (7919 is prime); "05"
    // instead of 046 454 286, which the first mechanic with a slip due gets (CRA's example SIN).
    const QString digits = QString::number(100000 + (n * 7919) % 900000);
    QString body = QStringLiteral("04") + digits;
    if (body == u"04645428")
        body = QStringLiteral("05") + digits;
    return body + QString::number(Sin::expectedCheckDigit(body));
}

bool run(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error) {
    SqlQuery q(db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec()) {
        *error = q.error().serverMessage.isEmpty() ? q.error().userMessage() : q.error().serverMessage;
        return false;
    }
    return true;
}

} // namespace

bool seedTaxDemo(QSqlDatabase &db, QString *error) {
    SqlQuery today(db, QStringLiteral("SELECT extract(year FROM current_date)::int"));
    if (!today.exec() || !today.next()) {
        *error = today.error().serverMessage;
        return false;
    }
    const int year = today.value(0).toInt() - 1;

    if (!run(db,
             QStringLiteral(
                 "INSERT INTO desk.t4a_payer (id, name_line1, name_line2, address_line1, address_line2, "
                 "city, province, "
                 "postal_code, payer_account, contact_name, contact_area_code, contact_phone, contact_email, "
                 "transmitter_kind, transmitter_number, language) VALUES (1, 'The Auto Doctor Inc.', NULL, "
                 "'100 King St W', 'Suite 5700', 'Toronto', 'ON', 'M5X 1C9', '794512368RP0001', 'Finance "
                 "Desk', "
                 "'416', '555-0142', 'payouts@theautodoctor.ca', 'bn15', '794512368RP0001', 'E') "
                 "ON CONFLICT (id) DO NOTHING"),
             {}, error))
        return false;

    struct Payee {
        QString party;
        qint64 id = 0;
        QString name;
        QString province;
        QString city;
        QString postal;
        QString address;
        QString language;
        bool due = false;
    };
    QList<Payee> payees;
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), coalesce(o.province, "
                "m.province, mo.province), "
                "coalesce(o.city, m.city, mo.city), coalesce(o.postal_code, m.postal_code, mo.postal_code), "
                "coalesce(o.address_line, mo.address_line), "
                "CASE WHEN coalesce(o.province, m.province, mo.province) = 'QC' THEN 'fr' "
                "     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END, y.slip_due "
                "FROM desk.t4a_year_payees(?) y "
                "LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id "
                "LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id "
                "LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id "
                "ORDER BY y.payee_party, y.slip_due DESC, y.payee_id"));
        q.bind(year);
        if (!q.exec()) {
            *error = q.error().serverMessage;
            return false;
        }
        while (q.next())
            payees << Payee{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(),   q.value(5).toString(),
                            q.value(6).toString(), q.value(7).toString(),   q.value(8).toBool()};
    }

    int mechanicDue = 0;
    for (const Payee &p : payees) {
        const bool mechanic = p.party == u"mechanic";
        QString sin, bn, surname, given, initial, business, address = p.address, postal = p.postal,
                                                            province = p.province;
        QString city = p.city;
        if (mechanic) {
            const QStringList parts = p.name.split(u' ', Qt::SkipEmptyParts);
            surname = parts.isEmpty() ? p.name.left(20) : parts.last().left(20);
            given = parts.size() > 1 ? parts.first().left(12) : QString();
            initial = parts.size() > 2 ? parts.at(1).left(1) : QString();
            sin = luhnSin(p.id);
            if (address.isEmpty())
                address = QStringLiteral("%1 Garage Rd").arg(100 + p.id % 800);
            if (p.due) {
                ++mechanicDue;
                if (mechanicDue == 1)
                    sin = QStringLiteral("046454286");
                else if (mechanicDue == 2)
                    sin.clear(); // planted: no SIN
                else if (mechanicDue == 3)
                    sin[8] = QChar(u'0' + (sin[8].digitValue() + 1) % 10); // planted: wrong check digit
                else if (mechanicDue == 4)
                    postal =
                        province == u"BC" ? QStringLiteral("M5V 3L9") : QStringLiteral("V6B 1A1"); // planted
                else if (mechanicDue == 5)
                    address.clear(); // planted: no address
            }
        } else {
            business = p.name.left(30);
            // A BN root is 8 digits and a check digit computed like the SIN's (BusinessNumber).
            const QString root = QString::number(80000000 + (p.id * 1013) % 10000000);
            bn = root + QString::number(Sin::expectedCheckDigit(root + u'0')) + QStringLiteral("RT0001");
        }
        if (postal.isEmpty() && !province.isEmpty()) {
            static const QHash<QString, QString> codes = {{QStringLiteral("ON"), QStringLiteral("M5V 3L9")},
                                                          {QStringLiteral("QC"), QStringLiteral("H2X 1Y4")},
                                                          {QStringLiteral("BC"), QStringLiteral("V6B 1A1")},
                                                          {QStringLiteral("AB"), QStringLiteral("T2P 1J9")},
                                                          {QStringLiteral("NS"), QStringLiteral("B3H 1A1")},
                                                          {QStringLiteral("MB"), QStringLiteral("R3C 0A1")},
                                                          {QStringLiteral("SK"), QStringLiteral("S4P 3Y2")},
                                                          {QStringLiteral("NB"), QStringLiteral("E1C 4M3")},
                                                          {QStringLiteral("NL"), QStringLiteral("A1C 5M2")},
                                                          {QStringLiteral("PE"), QStringLiteral("C1A 4P3")}};
            postal = codes.value(province);
        }
        if (city.isEmpty())
            city = QStringLiteral("Toronto");
        if (province.isEmpty()) {
            province = QStringLiteral("ON");
            postal = QStringLiteral("M5V 3L9");
        }
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, workshop_id, "
                     "recipient_kind, surname, "
                     "given_name, initial, business_name, sin, bn, address_line1, city, province, "
                     "postal_code, language, "
                     "electronic_consent, consent_at, updated_by) "
                     "VALUES (?, ?, ?, ?, nullif(?, ''), nullif(?, ''), nullif(?, ''), nullif(?, ''), "
                     "nullif(?, ''), "
                     "nullif(?, ''), nullif(left(?, 30), ''), left(?, 28), ?, nullif(?, ''), ?, ?, "
                     "CASE WHEN ? THEN current_date - 200 END, 'onboarding') ON CONFLICT DO NOTHING"),
                 {p.party, mechanic ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)),
                  mechanic ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(p.id),
                  mechanic ? QStringLiteral("individual") : QStringLiteral("business"), surname, given,
                  initial, business, sin, bn, address, city, province, postal, p.language, p.id % 3 != 0,
                  p.id % 3 != 0},
                 error))
            return false;
    }
    SqlQuery drafts(db, QStringLiteral("SELECT desk.generate_t4a_slips(?)"));
    drafts.bind(year);
    if (!drafts.exec()) {
        *error = drafts.error().serverMessage;
        return false;
    }
    // Finance has finalised the slips whose profiles are complete; the planted ones stay drafts
    // with their problems, so `t4a --year` files the others and lists those.
    SqlQuery finals(db, QStringLiteral("SELECT desk.finalize_t4a_slips(?, ARRAY(SELECT o.slip_id FROM "
                                       "desk.t4a_overview(?) o WHERE o.slip_id IS NOT NULL AND "
                                       "cardinality(o.problems) = 0))"));
    finals.bind(year).bind(year);
    if (!finals.exec()) {
        *error = finals.error().serverMessage;
        return false;
    }
    return true;
}

} // namespace adesk
