// Demo data of the partnership programs (issue 4): for the demo workshops, programs of each type
// (drafts, published ones with a second version from a date, a paused and a closed one),
// applications in every state from the demo mechanics, agreements with their generated PDFs
// (French for Quebec mechanics) and acceptance, partnerships in every status with parts catalogs
// and labour rates. Runs inside seed-demo's transaction, after the workshops and mechanics exist,
// as the superuser / adesk_owner (it writes the tables directly: the owner-only functions check
// the caller's workshops), except the mechanics' acceptances: only the web platform records those,
// so they go through its service login (demo_platform) and carry the server's time.
// Deterministic; dates relative to current_date.

#include "app/demo/democluster.h"
#include "models/core/sqlquery.h"
#include "models/partnerships/partnershiprepository.h"
#include "views/paper/agreementrenderer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

struct ProgramSpec {
    const char *workshop;
    const char *name;
    const char *description;
    const char *type;
    const char *status;  ///< final status
    int workshopShareBp; ///< of the gross (mechanic gets the rest after the fee)
    qint64 hour, day, month;
    qint64 membershipFee;
    int includedHours;
    qint64 overage;
    int minRatingBp;
    int minYears;
    const char *certs;       ///< "{red_seal}" etc.
    int maxPartners;         ///< 0 = none
    int secondVersionInDays; ///< > 0: a version 2 from current_date + N (workshop share + 500 bp)
    const char *termsHtml;
};

constexpr ProgramSpec kPrograms[] = {
    {"Danforth Auto Care", "Weekend bay rental", "Two lifts available Saturdays and Sundays, tools included.",
     "bay_rental", "published", 0, 4500, 29500, 0, 0, 0, 0, 42000, 3, "{}", 6, 0,
     "<p><b>Bays:</b> lifts 3 and 4, 8:00–18:00.</p><ul><li>Bring your own diagnostic scanner.</li>"
     "<li>Clean the bay before you leave.</li></ul>"},
    {"Danforth Auto Care", "Revenue share — brakes and suspension",
     "Customers referred by the shop; parts at cost.", "revenue_share", "published", 2500, 0, 0, 0, 0, 0, 0,
     45000, 5, "{red_seal}", 4, 21,
     "<p>The workshop supplies parts at wholesale and books the customer. <i>Warranty work is redone free of "
     "charge.</i></p>"},
    {"Danforth Auto Care", "Monthly bay membership", "A reserved bay every week for independent mechanics.",
     "membership", "published", 1000, 0, 0, 0, 49900, 40, 3500, 40000, 2, "{insurance}", 0, 0,
     "<p>40 bay-hours a month included; extra hours billed at the overage rate.</p>"},
    {"Danforth Auto Care", "Winter tire season", "Seasonal bay rental, October to December.", "bay_rental",
     "paused", 0, 3900, 0, 0, 0, 0, 0, 0, 1, "{}", 0, 0, "<p>Tire changes only.</p>"},
    {"Danforth Auto Care", "EV diagnostics partnership (draft)",
     "High-voltage systems, certified mechanics only.", "revenue_share", "draft", 3000, 0, 0, 0, 0, 0, 0,
     47000, 8, "{red_seal,provincial_certificate}", 3, 0,
     "<p>Draft terms, to be reviewed with the insurer.</p>"},
    {"Garage Saint-Denis inc.", "Location de baie à la journée",
     "Une baie avec pont élévateur, outillage complet.", "bay_rental", "published", 0, 4000, 27500, 0, 0, 0,
     0, 40000, 2, "{}", 5, 0,
     "<p><b>Heures :</b> du lundi au samedi, 7 h 30 à 18 h.</p><ul><li>Assurance responsabilité "
     "exigée.</li></ul>"},
    {"Garage Saint-Denis inc.", "Partage des revenus — mécanique générale",
     "Clients de l'atelier, pièces fournies.", "revenue_share", "published", 2000, 0, 0, 0, 0, 0, 0, 43000, 4,
     "{}", 0, 14, "<p>L'atelier fournit les pièces au prix de gros et prend les rendez-vous.</p>"},
    {"Garage Saint-Denis inc.", "Abonnement mensuel", "Accès à une baie 30 heures par mois.", "membership",
     "closed", 1000, 0, 0, 0, 39900, 30, 3000, 0, 1, "{}", 0, 0, "<p>Programme terminé.</p>"},
    {"Kingsway Auto Service", "Bay rental by the hour", "Hoist and alignment rack.", "bay_rental",
     "published", 0, 5000, 0, 95000, 0, 0, 0, 40000, 2, "{}", 0, 0,
     "<p>Alignment rack by reservation only.</p>"},
};

/// The programs' texts in their other language (issue 13: French agreements are French throughout;
/// a Quebec workshop writes French first, so its English texts are the translations).
struct ProgramTexts {
    const char *name;                             ///< kPrograms' name
    const char *nameEn, *descriptionEn, *termsEn; ///< nullptr: kPrograms' text is the English
    const char *nameFr, *descriptionFr, *termsFr;
};

constexpr ProgramTexts kTexts[] = {
    {"Weekend bay rental", nullptr, nullptr, nullptr, "Location de baie le week-end",
     "Deux ponts élévateurs les samedis et dimanches, outillage compris.",
     "<p><b>Baies :</b> ponts 3 et 4, de 8 h à 18 h.</p><ul><li>Apportez votre propre lecteur de "
     "diagnostic.</li><li>Nettoyez la baie avant de partir.</li></ul>"},
    {"Revenue share — brakes and suspension", nullptr, nullptr, nullptr,
     "Partage des revenus — freins et suspension",
     "Clients recommandés par l'atelier; pièces au prix coûtant.",
     "<p>L'atelier fournit les pièces au prix de gros et prend les rendez-vous. <i>Les travaux sous garantie "
     "sont repris sans frais.</i></p>"},
    {"Monthly bay membership", nullptr, nullptr, nullptr, "Abonnement mensuel à une baie",
     "Une baie réservée chaque semaine pour les mécaniciens indépendants.",
     "<p>40 heures de baie par mois incluses; les heures supplémentaires sont facturées au tarif "
     "excédentaire.</p>"},
    {"Winter tire season", nullptr, nullptr, nullptr, "Saison des pneus d'hiver",
     "Location de baie saisonnière, d'octobre à décembre.", "<p>Changements de pneus seulement.</p>"},
    {"EV diagnostics partnership (draft)", nullptr, nullptr, nullptr,
     "Partenariat diagnostic de véhicules électriques (brouillon)",
     "Systèmes haute tension, mécaniciens certifiés seulement.",
     "<p>Conditions provisoires, à revoir avec l'assureur.</p>"},
    {"Location de baie à la journée", "Bay rental by the day", "One bay with a lift, full set of tools.",
     "<p><b>Hours:</b> Monday to Saturday, 7:30 to 18:00.</p><ul><li>Liability insurance required.</li></ul>",
     "Location de baie à la journée", "Une baie avec pont élévateur, outillage complet.",
     "<p><b>Heures :</b> du lundi au samedi, 7 h 30 à 18 h.</p><ul><li>Assurance responsabilité "
     "exigée.</li></ul>"},
    {"Partage des revenus — mécanique générale", "Revenue share — general repairs",
     "The workshop's customers, parts supplied.",
     "<p>The workshop supplies parts at wholesale and books the appointments.</p>",
     "Partage des revenus — mécanique générale", "Clients de l'atelier, pièces fournies.",
     "<p>L'atelier fournit les pièces au prix de gros et prend les rendez-vous.</p>"},
    {"Abonnement mensuel", "Monthly membership", "A bay 30 hours a month.", "<p>Program ended.</p>",
     "Abonnement mensuel", "Accès à une baie 30 heures par mois.", "<p>Programme terminé.</p>"},
    {"Bay rental by the hour", nullptr, nullptr, nullptr, "Location de baie à l'heure",
     "Pont élévateur et banc d'alignement.", "<p>Banc d'alignement sur réservation seulement.</p>"},
};

const ProgramTexts *textsOf(const char *name) {
    for (const ProgramTexts &t : kTexts)
        if (qstrcmp(t.name, name) == 0)
            return &t;
    return nullptr;
}

class Seeder {
public:
    explicit Seeder(QSqlDatabase &db)
        : m_db(db) {}

    bool exec(const QString &sql, const QVariantList &binds = {}, QVariant *first = nullptr) {
        SqlQuery q(m_db, sql);
        for (const QVariant &b : binds)
            q.bind(b);
        if (!q.exec()) {
            m_error = q.error().serverMessage + QStringLiteral(" — ") + sql.left(120);
            return false;
        }
        if (first)
            *first = q.next() ? q.value(0) : QVariant();
        return true;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) {
        QVariant v;
        if (!exec(sql, binds, &v))
            return {};
        return v;
    }
    QList<qint64> ids(const QString &sql, const QVariantList &binds = {}) {
        SqlQuery q(m_db, sql);
        for (const QVariant &b : binds)
            q.bind(b);
        QList<qint64> out;
        if (!q.exec()) {
            m_error = q.error().serverMessage;
            return out;
        }
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }
    /// A statement that cannot be prepared (SET …), sent as is.
    bool execRaw(const QString &sql) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = SqlQuery::errorFrom(q.lastError(), m_db).serverMessage + QStringLiteral(" — ") + sql;
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase &m_db;
    QString m_error;
};

QString quoteIdent(const QString &name) {
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

/// The mechanic's acceptance of @p agreementId, recorded as the web platform records it: by the demo
/// platform service login (DemoCluster::platformServiceLogin), through
/// desk.record_agreement_acceptance, at the server's time. The seeder's superuser session takes that
/// login's identity for the call only (SET LOCAL SESSION AUTHORIZATION), then returns to the role it
/// had.
bool acceptAsPlatform(Seeder &s, qint64 agreementId) {
    const QVariant role = s.value(QStringLiteral("SELECT CASE WHEN current_user <> session_user "
                                                 "THEN current_user::text ELSE '' END"));
    const QVariant version = s.value(
        QStringLiteral("SELECT version FROM desk.partnership_agreements WHERE id = ?"), {agreementId});
    if (!role.isValid() || !version.isValid())
        return false;
    if (!s.execRaw(QStringLiteral("SET LOCAL SESSION AUTHORIZATION ") +
                   quoteIdent(DemoCluster::platformServiceLogin())))
        return false;
    const bool accepted = s.exec(QStringLiteral("SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"),
                                 {agreementId, version});
    // Back to the seeder's identity even when the call failed (its error stays in s.error()).
    if (!s.execRaw(QStringLiteral("SET LOCAL SESSION AUTHORIZATION DEFAULT")))
        return false;
    if (!role.toString().isEmpty() &&
        !s.execRaw(QStringLiteral("SET LOCAL ROLE ") + quoteIdent(role.toString())))
        return false;
    return accepted;
}

} // namespace

bool seedPartnershipsDemo(QSqlDatabase &db, QString *error); // wired into seed-demo by the lead

bool seedPartnershipsDemo(QSqlDatabase &db, QString *error) {
    Seeder s(db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("partnerships demo: %1: %2").arg(what, s.error());
        return false;
    };
    // Mechanics who may be approved (compliance approved, rated) and the others, in a fixed order.
    const QList<qint64> approved = s.ids(
        QStringLiteral("SELECT id FROM desk.mechanics WHERE compliance_status = 'approved' ORDER BY id"));
    const QList<qint64> others = s.ids(
        QStringLiteral("SELECT id FROM desk.mechanics WHERE compliance_status <> 'approved' ORDER BY id"));
    if (approved.size() < 4)
        return fail(
            QStringLiteral("needs at least 4 approved demo mechanics (found %1)").arg(approved.size()));
    // Give the approved mechanics the profile the programs ask for (demo: ratings and seals).
    for (int i = 0; i < approved.size(); ++i) {
        if (!s.exec(QStringLiteral("UPDATE desk.mechanics SET rating_bp = coalesce(rating_bp, ?), "
                                   "years_experience = greatest(years_experience, ?) WHERE id = ?"),
                    {42000 + (i * 1700) % 8000, 2 + (i * 3) % 14, approved.at(i)}))
            return fail(QStringLiteral("mechanic profile"));
    }

    int mechanicCursor = 0;
    int otherCursor = 0;
    auto nextApproved = [&] { return approved.at(mechanicCursor++ % approved.size()); };
    // Partners work in the workshop's bays: the approved applications go to mechanics allowed
    // physical work (compliance plan), whose jobs the ledger takes (desk.record_session_earnings
    // refuses a workshop visit by anyone else).
    const QList<qint64> physical =
        s.ids(QStringLiteral("SELECT id FROM desk.mechanics WHERE compliance_status = 'approved' "
                             "AND can_perform_physical_work ORDER BY id"));
    int partnerCursor = 0;
    auto nextPartner = [&] {
        return physical.isEmpty() ? nextApproved() : physical.at(partnerCursor++ % physical.size());
    };
    auto nextOther = [&] {
        return others.isEmpty() ? approved.at(mechanicCursor++ % approved.size())
                                : others.at(otherCursor++ % others.size());
    };

    int programIndex = 0;
    for (const ProgramSpec &p : kPrograms) {
        ++programIndex;
        const QVariant workshop = s.value(QStringLiteral("SELECT id FROM desk.organizations WHERE name = ?"),
                                          {QString::fromUtf8(p.workshop)});
        if (!workshop.isValid() || workshop.isNull())
            continue; // that workshop is not in this demo set
        const int fee =
            s.value(QStringLiteral("SELECT platform_fee_bp FROM desk.organizations WHERE id = ?"), {workshop})
                .toInt();
        const bool published = qstrcmp(p.status, "draft") != 0;
        const ProgramTexts *texts = textsOf(p.name);
        auto pick = [](const char *preferred, const char *fallback) {
            return QString::fromUtf8(preferred ? preferred : fallback);
        };
        const QString nameEn = pick(texts ? texts->nameEn : nullptr, p.name);
        const QString termsEn = pick(texts ? texts->termsEn : nullptr, p.termsHtml);
        const QString termsFr = texts ? QString::fromUtf8(texts->termsFr) : QString();
        QVariant programId = s.value(
            QStringLiteral(
                "INSERT INTO desk.partnership_programs (workshop_id, name, description, program_type, "
                "status, max_partners, published_at, created_at, name_fr, description_fr) VALUES (?, ?, ?, "
                "?, "
                "?, ?, CASE WHEN ? THEN now() - make_interval(days => ?) END, now() - make_interval(days => "
                "?), "
                "?, ?) RETURNING id"),
            {workshop, nameEn, pick(texts ? texts->descriptionEn : nullptr, p.description),
             QString::fromUtf8(p.type), published ? QStringLiteral("published") : QStringLiteral("draft"),
             p.maxPartners > 0 ? QVariant(p.maxPartners) : QVariant(QMetaType::fromType<int>()), published,
             90 - programIndex * 5, 100 - programIndex * 5,
             texts ? QString::fromUtf8(texts->nameFr) : QString(),
             texts ? QString::fromUtf8(texts->descriptionFr) : QString()});
        if (!programId.isValid())
            return fail(QStringLiteral("program %1").arg(QString::fromUtf8(p.name)));
        auto insertVersion = [&](int versionNo, int workshopBp, const QString &from, bool isPublished) {
            return s.value(
                QStringLiteral(
                    "INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, "
                    "program_type, "
                    "effective_from, terms_html, bay_rate_hour_cents, bay_rate_day_cents, "
                    "bay_rate_month_cents, "
                    "platform_fee_bp, workshop_share_bp, mechanic_share_bp, membership_fee_cents, "
                    "included_bay_hours, "
                    "overage_rate_hour_cents, min_rating_bp, min_years_experience, required_certifications, "
                    "published_at, terms_html_fr) VALUES (?, ?, ?, ?, current_date + ?::integer, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?::text[], CASE WHEN ? THEN now() END, ?) RETURNING id"),
                {programId,
                 workshop,
                 versionNo,
                 QString::fromUtf8(p.type),
                 from.toInt(),
                 termsEn,
                 p.hour > 0 ? QVariant(p.hour) : QVariant(QMetaType::fromType<qint64>()),
                 p.day > 0 ? QVariant(p.day) : QVariant(QMetaType::fromType<qint64>()),
                 p.month > 0 ? QVariant(p.month) : QVariant(QMetaType::fromType<qint64>()),
                 fee,
                 workshopBp,
                 10000 - fee - workshopBp,
                 p.membershipFee > 0 ? QVariant(p.membershipFee) : QVariant(QMetaType::fromType<qint64>()),
                 p.membershipFee > 0 ? QVariant(p.includedHours) : QVariant(QMetaType::fromType<int>()),
                 p.overage > 0 ? QVariant(p.overage) : QVariant(QMetaType::fromType<qint64>()),
                 p.minRatingBp > 0 ? QVariant(p.minRatingBp) : QVariant(QMetaType::fromType<int>()),
                 p.minYears,
                 QString::fromUtf8(p.certs),
                 isPublished,
                 termsFr});
        };
        const QVariant v1 =
            insertVersion(1, p.workshopShareBp, QString::number(-(120 - programIndex * 2)), published);
        if (!v1.isValid())
            return fail(QStringLiteral("version of %1").arg(QString::fromUtf8(p.name)));
        if (!published)
            continue;
        if (p.secondVersionInDays > 0 &&
            !insertVersion(2, p.workshopShareBp + 500, QString::number(p.secondVersionInDays), true)
                 .isValid())
            return fail(QStringLiteral("version 2"));

        // Applications: approved ones (agreements follow), pending (qualifying or not), rejected, withdrawn.
        const int approvedCount =
            qstrcmp(p.status, "closed") == 0 ? 1 : (p.maxPartners > 0 ? qMin(p.maxPartners - 1, 3) : 3);
        struct App {
            qint64 mechanic;
            const char *status;
            int daysAgo;
        };
        QList<App> apps;
        for (int i = 0; i < approvedCount; ++i)
            apps.append({nextPartner(), "approved", 60 - i * 7});
        apps.append({nextApproved(), "pending", 2});
        apps.append({nextOther(), "pending", 1});
        apps.append({nextOther(), "rejected", 20});
        apps.append({nextApproved(), "withdrawn", 15});
        int appIndex = 0;
        for (const App &a : apps) {
            ++appIndex;
            if (s.value(
                     QStringLiteral("SELECT count(*) FROM desk.partnership_applications WHERE program_id = ? "
                                    "AND mechanic_id = ?"),
                     {programId, a.mechanic})
                    .toInt() > 0)
                continue;
            const bool french = s.value(QStringLiteral("SELECT province = 'QC' OR preferred_language = 'fr' "
                                                       "FROM desk.mechanics WHERE id = ?"),
                                        {a.mechanic})
                                    .toBool();
            const QString message =
                french
                    ? QStringLiteral("Bonjour, je serais heureux de travailler avec votre équipe. Disponible "
                                     "en semaine.")
                    : QStringLiteral(
                          "Hello — I have my own tools and can start next week. Happy to share references.");
            const QVariant appId = s.value(
                QStringLiteral("INSERT INTO desk.partnership_applications (program_id, mechanic_id, message, "
                               "submitted_at) VALUES (?, ?, ?, now() - make_interval(days => ?, hours => ?)) "
                               "RETURNING id"),
                {programId, a.mechanic, message, a.daysAgo, appIndex});
            if (!appId.isValid())
                return fail(QStringLiteral("application"));
            const QString status = QString::fromUtf8(a.status);
            if (status == u"pending")
                continue;
            // The workshop's owner reviewed it (a workshop without a demo login: the first staff profile).
            const QVariant reviewer = s.value(
                QStringLiteral(
                    "SELECT coalesce((SELECT sl.profile_id FROM desk.workshop_staff ws JOIN "
                    "desk.staff_logins sl "
                    "USING (login_role) WHERE ws.workshop_id = ? ORDER BY 1 LIMIT 1), "
                    "(SELECT min(profile_id) FROM desk.staff_logins), (SELECT min(id) FROM desk.profiles))"),
                {workshop});
            if (!s.exec(
                    QStringLiteral("UPDATE desk.partnership_applications SET status = ?, reason = ?, "
                                   "reviewed_by = ?, reviewed_at = submitted_at + interval '1 day', "
                                   "version = version + 1 WHERE id = ?"),
                    {status,
                     status == u"rejected"
                         ? QVariant(french ? QStringLiteral("Expérience insuffisante pour ce programme.")
                                           : QStringLiteral("Not enough experience for this program yet."))
                         : QVariant(QMetaType::fromType<QString>()),
                     status == u"withdrawn" ? QVariant(QMetaType::fromType<qint64>()) : reviewer, appId}))
                return fail(QStringLiteral("decided application"));
            if (status != u"approved")
                continue;
            // The agreement (terms frozen), its PDF and the partnership.
            const int startAgo = a.daysAgo - 1;
            const QVariant agreementId = s.value(
                QStringLiteral(
                    "INSERT INTO desk.partnership_agreements (workshop_id, program_id, program_version_id, "
                    "application_id, mechanic_id, language, terms, effective_date, end_date, created_at) "
                    "SELECT a.workshop_id, a.program_id, a.program_version_id, a.id, a.mechanic_id, "
                    "CASE WHEN m.province = 'QC' OR m.preferred_language = 'fr' THEN 'fr' ELSE 'en' END, "
                    "desk.agreement_terms(a.program_version_id, a.mechanic_id), current_date - ?::integer, "
                    "current_date - ?::integer + 365, now() - make_interval(days => ?) "
                    "FROM desk.partnership_applications a JOIN desk.mechanics m ON m.id = a.mechanic_id "
                    "WHERE a.id = ? RETURNING id"),
                {startAgo, startAgo, startAgo, appId});
            if (!agreementId.isValid())
                return fail(QStringLiteral("agreement"));
            const int variant =
                (programIndex + appIndex) % 4; // 0,1: active, 2: pending acceptance, 3: suspended
            const QString owner =
                s.value(QStringLiteral("SELECT coalesce((SELECT p.full_name FROM desk.workshop_staff ws "
                                       "JOIN desk.staff_logins sl USING (login_role) JOIN desk.profiles p "
                                       "ON p.id = sl.profile_id WHERE ws.workshop_id = ? LIMIT 1), "
                                       "(SELECT name FROM desk.organizations WHERE id = ?))"),
                        {workshop, workshop})
                    .toString();
            // The PDF is generated at approval, before either side accepts (as in the app).
            const Result<AgreementRow> row =
                PartnershipRepository::loadAgreement(db, agreementId.toLongLong());
            if (!row)
                return fail(QStringLiteral("load agreement: ") + row.error().serverMessage);
            const Result<SplitExample> example =
                PartnershipRepository::agreementExample(db, *row, PartnershipRepository::kExampleGrossCents);
            if (!example)
                return fail(QStringLiteral("agreement example: ") + example.error().serverMessage);
            const QByteArray pdf = AgreementRenderer::render(*row, *example);
            const QVariant docId = s.value(
                QStringLiteral(
                    "INSERT INTO desk.documents (workshop_id, mechanic_id, file_name, mime_type, size_bytes, "
                    "sha256, content, uploaded_at) VALUES (?, ?, ?, 'application/pdf', ?, sha256(?::bytea), "
                    "?, "
                    "now() - make_interval(days => ?)) RETURNING id"),
                {workshop, a.mechanic, AgreementRenderer::fileName(*row), pdf.size(), pdf, pdf, startAgo});
            if (!docId.isValid())
                return fail(QStringLiteral("agreement document"));
            if (!s.exec(QStringLiteral("UPDATE desk.partnership_agreements SET document_id = ?, "
                                       "document_sha256 = (SELECT sha256 FROM desk.documents WHERE id = ?), "
                                       "version = version + 1 WHERE id = ?"),
                        {docId, docId, agreementId}))
                return fail(QStringLiteral("attach"));
            const QString pstatus = variant == 2   ? QStringLiteral("pending")
                                    : variant == 3 ? QStringLiteral("suspended")
                                                   : QStringLiteral("active");
            const QVariant partnershipId = s.value(
                QStringLiteral(
                    "INSERT INTO desk.partnerships (workshop_id, program_id, program_version_id, "
                    "mechanic_id, "
                    "agreement_id, status, can_create_quotes, quote_approval_required, "
                    "max_quote_amount_cents, "
                    "commission_bp, payment_terms, contract_start_date, contract_end_date, approved_by, "
                    "approved_at, status_reason) SELECT g.workshop_id, g.program_id, g.program_version_id, "
                    "g.mechanic_id, g.id, ?, ?, ?, ?, ?, ?, g.effective_date, g.end_date, a.reviewed_by, "
                    "a.reviewed_at, ? FROM desk.partnership_agreements g "
                    "JOIN desk.partnership_applications a ON a.id = g.application_id WHERE g.id = ? "
                    "RETURNING id"),
                {QStringLiteral("pending"), variant != 1, variant != 0,
                 variant != 1 ? QVariant(qint64(250000 + 50000 * variant))
                              : QVariant(QMetaType::fromType<qint64>()),
                 1500 + 250 * (appIndex % 3),
                 appIndex % 3 == 0   ? QStringLiteral("net_30")
                 : appIndex % 3 == 1 ? QStringLiteral("net_60")
                                     : QStringLiteral("immediate"),
                 QVariant(QMetaType::fromType<QString>()), agreementId});
            if (!partnershipId.isValid())
                return fail(QStringLiteral("partnership"));
            if (pstatus == u"pending")
                continue; // awaiting both acceptances
            // The workshop's side (the seeder stands in for the owner at the desk; the server's time),
            // then the mechanic's, which only the web platform records: through the platform
            // service's login, as the platform does. Both accepted: the partnership becomes active.
            if (!s.exec(QStringLiteral("UPDATE desk.partnership_agreements SET workshop_accepted_by = ?, "
                                       "workshop_accepted_at = now(), version = version + 1 WHERE id = ?"),
                        {owner, agreementId}))
                return fail(QStringLiteral("workshop acceptance"));
            if (!acceptAsPlatform(s, agreementId.toLongLong()))
                return fail(QStringLiteral("mechanic acceptance on the platform"));
            if (variant == 3 &&
                (!s.exec(
                     QStringLiteral("UPDATE desk.partnerships SET status = 'suspended', status_reason = ?, "
                                    "version = version + 1 WHERE id = ?"),
                     {QStringLiteral("Customer complaint under review"), partnershipId}) ||
                 !s.exec(QStringLiteral("UPDATE desk.partnership_agreements SET status = 'suspended', "
                                        "version = version + 1 WHERE id = ?"),
                         {agreementId})))
                return fail(QStringLiteral("suspension"));
            // Parts catalog and labour rates.
            const bool fr = row->language == u"fr";
            const struct {
                const char *number, *en, *fr, *category;
                qint64 wholesale, retail;
                int lead;
            } parts[] = {
                {"BP-4410", "Brake pads, ceramic, front", "Plaquettes de frein céramique, avant", "brakes",
                 3850, 8995, 1},
                {"BR-2207", "Brake rotor, front", "Disque de frein avant", "brakes", 5400, 11950, 2},
                {"OF-1036", "Oil filter", "Filtre à huile", "engine", 650, 1695, 0},
                {"SP-7712", "Spark plug, iridium", "Bougie d'allumage iridium", "engine", 1120, 2495, 1},
                {"CA-3310", "Cabin air filter", "Filtre à air d'habitacle", "hvac", 1480, 3495, 0},
                {"SB-5521", "Serpentine belt", "Courroie serpentin", "engine", 2650, 5995, 3},
            };
            for (const auto &part : parts) {
                if (!s.exec(QStringLiteral(
                                "INSERT INTO desk.partnership_parts (partnership_id, part_number, part_name, "
                                "part_category, wholesale_cents, retail_cents, lead_time_days, valid_from, "
                                "valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, current_date - 30, current_date + "
                                "335)"),
                            {partnershipId, QString::fromUtf8(part.number),
                             QString::fromUtf8(fr ? part.fr : part.en), QString::fromUtf8(part.category),
                             part.wholesale, part.retail, part.lead}))
                    return fail(QStringLiteral("part"));
            }
            const struct {
                const char *category;
                qint64 rate;
                int commissionBp;
            } rates[] = {{"diagnostics", 11500, 2000},
                         {"brakes", 12500, 1500},
                         {"engine", 13500, 1500},
                         {"hvac", 12000, 1500}};
            for (const auto &r : rates) {
                if (!s.exec(
                        QStringLiteral(
                            "INSERT INTO desk.partnership_labour_rates (partnership_id, service_category, "
                            "rate_per_hour_cents, mechanic_rate_cents, mechanic_commission_bp, valid_from) "
                            "VALUES (?, ?, ?, ?, ?, current_date - 30)"),
                        {partnershipId, QString::fromUtf8(r.category), r.rate, r.rate - 1500,
                         r.commissionBp}))
                    return fail(QStringLiteral("labour rate"));
            }
        }
        if (qstrcmp(p.status, "published") != 0) {
            // Paused or closed after the applications came in; closing rejected what was pending.
            if (!s.exec(
                    QStringLiteral(
                        "UPDATE desk.partnership_programs SET status = ?, version = version + 1, "
                        "closed_at = CASE WHEN ? = 'closed' THEN now() - interval '3 days' END WHERE id = ?"),
                    {QString::fromUtf8(p.status), QString::fromUtf8(p.status), programId}))
                return fail(QStringLiteral("program status"));
            if (qstrcmp(p.status, "closed") == 0 &&
                !s.exec(
                    QStringLiteral("UPDATE desk.partnership_applications SET status = 'rejected', "
                                   "reason = 'programme fermé / program closed', reviewed_at = now(), "
                                   "reviewed_by = (SELECT min(id) FROM desk.profiles), version = version + 1 "
                                   "WHERE program_id = ? AND status = 'pending'"),
                    {programId}))
                return fail(QStringLiteral("closing"));
        }
    }
    return true;
}

} // namespace adesk
