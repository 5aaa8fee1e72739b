#include "app/demo/demoseeder.h"
#include "app/demo/demofeatures.h"

#include "app/batchcommands.h"
#include "app/demo/certificaterenderer.h"
#include "app/demo/demodata.h"
#include "models/core/conninfo.h"
#include "models/core/dbexecutor.h"
#include "models/core/sqlquery.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

// The embedded resources (:/migrations, :/demo) live in the static adesk_models library, whose qrc
// object the linker drops unless something references it. Referencing it here also keeps the
// migrations in every binary that links the seeder.
static void adeskInitDemoResources() {
    static const bool once = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(once)
}

namespace adesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::DemoSeeder", text);
}

QString tr(const char *text, const char *disambiguation, int n) {
    return QCoreApplication::translate("adesk::DemoSeeder", text, disambiguation, n);
}

QString u8(const char *s) {
    return s ? QString::fromUtf8(s) : QString();
}

/// SplitMix64: tiny, portable and fully specified, so the data set is the same on every platform.
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return between(0, 99) < percent; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[next() % N]; }

private:
    quint64 m_state;
};

// ------------------------------------------------------------------------------------------------
// The plan: everything is decided in memory first (entities, verifications, documents), then
// written in one transaction.
// ------------------------------------------------------------------------------------------------

enum class Scenario { Compliant, New, InReview, Rejected, Lapsed };

struct Entity {
    bool mechanic = false;
    int index = 0; ///< in kMechanics or kOrganizations
    QString name;
    QString language;
    QString province;
    QString city;
    QString address;       ///< full one-line address
    int organization = -1; ///< employer / affiliation (mechanics), itself (organizations)
    Scenario scenario = Scenario::New;
};

struct PlannedDocument {
    enum class Source { Generated, Resource, Corrupt, Truncated };
    Source source = Source::Generated;
    CertificateData certificate;
    QString resource; ///< :/demo/… for Source::Resource
    QString fileName;
    QString mimeType = QStringLiteral("application/pdf");
    QByteArray bytes;
};

struct PlannedVerification {
    int entity = 0; ///< index in the entity list
    QString type;
    QString status;
    QString reason;
    QString rejectionNote;
    QString notes;
    QString licenseNumber;
    QString policyNumber;
    std::optional<qint64> coverageCents;
    QDate expiry;
    QDateTime submittedAt;
    QDateTime verifiedAt;
    QDateTime infoRequestedAt;
    QString infoRequestNote;
    int reviewer = -1; ///< index in kStaff
    int document = -1;
};

struct Plan {
    std::vector<Entity> entities;
    std::vector<PlannedVerification> verifications;
    std::vector<PlannedDocument> documents;
};

const demo::Municipality &municipalityFor(const QString &city) {
    for (const auto &m : demo::kMunicipalities)
        if (city == u8(m.city))
            return m;
    return demo::kMunicipalities[0];
}

const demo::Insurer &insurerFor(const QString &province, int salt) {
    const demo::Insurer *first = nullptr;
    int seen = 0;
    for (const auto &i : demo::kInsurers) {
        if (province != u8(i.province))
            continue;
        if (!first)
            first = &i;
        if (seen++ == salt % 2)
            return i;
    }
    return first ? *first : demo::kInsurers[0];
}

const demo::TradeAuthority &tradeAuthorityFor(const QString &province) {
    for (const auto &t : demo::kTradeAuthorities)
        if (province == u8(t.province))
            return t;
    return demo::kTradeAuthorities[0];
}

const demo::TradeAuthority &landRegistryFor(const QString &province) {
    for (const auto &t : demo::kLandRegistries)
        if (province == u8(t.province))
            return t;
    return demo::kLandRegistries[0];
}

/// Name of the official who signs a public body's document.
QString officialName(bool french, int salt) {
    static const char *const en[] = {"Andrew Patterson", "Linda Nakamura", "Robert Ferguson",
                                     "Claire O'Neill",   "Samir Haddad",   "Deborah Walsh"};
    static const char *const fr[] = {"Nicole Desrosiers", "Jacques Lapointe", "Hélène Thibault",
                                     "François Drolet",   "Sylvie Marchand",  "Denis Beaulieu"};
    return u8(french ? fr[salt % 6] : en[salt % 6]);
}

QString organizationAddress(const demo::Organization &o) {
    return QStringLiteral("%1, %2 %3 %4").arg(u8(o.address), u8(o.city), u8(o.province), u8(o.postalCode));
}

class Planner {
public:
    Planner(const QDate &today, const QDateTime &now)
        : m_today(today)
        , m_now(now)
        , m_rng(0xAD0C'2024'DE30ull) {}

    Plan build();

private:
    int addVerification(int entity, const QString &type, const QString &status);
    void setDates(PlannedVerification &v, const QDate &expiry, const QDateTime &submitted);
    QDateTime decidedAfter(const QDateTime &submitted);
    QDateTime pendingSubmittedAt();
    QDateTime submittedOn(const QDate &day);
    void reject(PlannedVerification &v, const QString &reason);
    void attachDocument(PlannedVerification &v);
    int reviewerFor(const Entity &e) { return e.language == u"fr" && m_rng.chance(80) ? 1 : 0; }
    QString numberFor(const Entity &e, const QString &type, const QDate &effective);
    void planMechanic(int entity);
    void planOrganization(int entity);
    void attachScans();

    QDate m_today;
    QDateTime m_now;
    Rng m_rng;
    Plan m_plan;
    int m_serial = 0;
};

QDateTime Planner::submittedOn(const QDate &day) {
    // Business hours in Eastern time, stored in UTC.
    const QTime t(13 + int(m_rng.between(0, 8)), int(m_rng.between(0, 59)), int(m_rng.between(0, 59)));
    QDateTime dt(day, t, QTimeZone::utc());
    if (dt > m_now.addSecs(-3600))
        dt = m_now.addSecs(-3600 - m_rng.between(0, 3600));
    return dt;
}

QDateTime Planner::pendingSubmittedAt() {
    // Spread over the last 10 days: most are past the 48-hour review target, some are fresh.
    return m_now.addSecs(-m_rng.between(20 * 60, 10 * 24 * 3600));
}

QDateTime Planner::decidedAfter(const QDateTime &submitted) {
    QDateTime at = submitted.addSecs(m_rng.between(3, 60) * 3600 + m_rng.between(0, 3599));
    if (at > m_now.addSecs(-600))
        at = m_now.addSecs(-600);
    return at;
}

QString Planner::numberFor(const Entity &e, const QString &type, const QDate &effective) {
    const int year = (effective.isValid() ? effective : m_today).year();
    const qint64 serial = m_rng.between(10000, 99999);
    if (type == u"insurance") {
        const auto &ins = insurerFor(e.province, e.index);
        return QStringLiteral("%1-%2-%3")
            .arg(u8(ins.prefix), e.mechanic ? QStringLiteral("PL") : QStringLiteral("GL"))
            .arg(m_rng.between(1000000, 9999999));
    }
    if (type == u"business_license") {
        const auto &m = municipalityFor(e.city);
        return QStringLiteral("%1-%2-%3-%4")
            .arg(u8(m.prefix), e.language == u"fr" ? QStringLiteral("PE") : QStringLiteral("BL"))
            .arg(year)
            .arg(serial, 5, 10, QLatin1Char('0'));
    }
    if (type == u"zoning")
        return QStringLiteral("ZN-%1-%2").arg(year).arg(serial);
    if (type == u"ownership")
        return QStringLiteral("%1-%2")
            .arg(m_rng.between(10000, 99999))
            .arg(m_rng.between(1000, 9999), 4, 10, QLatin1Char('0'));
    if (type == u"certification")
        return QStringLiteral("RS-%1-%2").arg(e.province).arg(m_rng.between(100000, 999999));
    return {};
}

int Planner::addVerification(int entity, const QString &type, const QString &status) {
    PlannedVerification v;
    v.entity = entity;
    v.type = type;
    v.status = status;
    m_plan.verifications.push_back(v);
    return int(m_plan.verifications.size()) - 1;
}

/// Fills the numbers and dates of a verification from its expiry (invalid for types without one)
/// and submission time, then plans its document.
void Planner::setDates(PlannedVerification &v, const QDate &expiry, const QDateTime &submitted) {
    const Entity &e = m_plan.entities[size_t(v.entity)];
    const bool expires = v.type == u"insurance" || v.type == u"business_license";
    v.expiry = expires ? expiry : QDate();
    v.submittedAt = submitted;
    const QDate effective =
        v.expiry.isValid() ? v.expiry.addYears(-1) : submitted.date().addDays(-m_rng.between(3, 40));
    if (v.type == u"insurance") {
        v.policyNumber = numberFor(e, v.type, effective);
        v.coverageCents = e.mechanic ? (m_rng.chance(70) ? 200000000 : 100000000)
                                     : demo::kOrganizations[e.index].insuranceCents;
    } else if (v.type == u"business_license" || v.type == u"zoning" || v.type == u"certification" ||
               v.type == u"ownership") {
        v.licenseNumber = numberFor(e, v.type, effective);
    }
    if (v.status == u"approved" || v.status == u"rejected" || v.status == u"expired") {
        v.reviewer = reviewerFor(e);
        v.verifiedAt = decidedAfter(submitted);
    }
}

void Planner::reject(PlannedVerification &v, const QString &reason) {
    const Entity &e = m_plan.entities[size_t(v.entity)];
    const bool fr = v.reviewer == 1;
    v.status = QStringLiteral("rejected");
    v.reason = reason;
    struct Note {
        const char *reason;
        const char *en;
        const char *fr;
    };
    static const Note notes[] = {
        {"name_mismatch", "The insured name on the certificate is not the registered business name.",
         "Le nom inscrit sur le certificat n'est pas la raison sociale enregistrée."},
        {"poor_quality", "Photo is blurry; the policy number cannot be read. Please upload a PDF.",
         "La photo est floue, le numéro est illisible. Veuillez téléverser un PDF."},
        {"wrong_document", "This is not the requested document.", "Ce n'est pas le document demandé."},
        {"insufficient_coverage", "Liability limit is below the $2,000,000 minimum.",
         "La limite de garantie est inférieure au minimum de 2 000 000 $."},
        {"missing_expiry_date", nullptr, nullptr},
        {"missing_policy_number", nullptr, nullptr},
        {"potentially_edited", "The expiry date is in a different font from the rest of the certificate.",
         "La date d'expiration n'est pas dans la même police que le reste du certificat."},
        {"expired", nullptr, nullptr},
        {"other", "The certificate covers a different location than the workshop's registered address.",
         "Le certificat vise un autre emplacement que l'adresse enregistrée de l'atelier."},
    };
    for (const Note &n : notes) {
        if (reason == u8(n.reason) && n.en)
            v.rejectionNote = fr ? u8(n.fr) : u8(n.en);
    }
    // Make the data agree with the reason.
    if (reason == u"insufficient_coverage")
        v.coverageCents = 50000000;
    else if (reason == u"missing_expiry_date")
        v.expiry = QDate();
    else if (reason == u"missing_policy_number")
        v.policyNumber.clear();
    else if (reason == u"expired")
        v.expiry = v.submittedAt.date().addDays(-m_rng.between(3, 40));
    Q_UNUSED(e)
}

void Planner::attachDocument(PlannedVerification &v) {
    const Entity &e = m_plan.entities[size_t(v.entity)];
    const bool fr = e.language == u"fr";
    PlannedDocument doc;
    CertificateData &c = doc.certificate;
    c.language = e.language;
    c.holderName = e.name;
    c.holderAddress = e.address;
    c.expiryDate = v.expiry;
    c.effectiveDate =
        v.expiry.isValid() ? v.expiry.addYears(-1) : v.submittedAt.date().addDays(-m_rng.between(2, 30));
    c.reference = QStringLiteral("%1-%2")
                      .arg(v.submittedAt.date().toString(u"yyyyMMdd"))
                      .arg(++m_serial, 5, 10, QLatin1Char('0'));
    const QString slug = v.type;
    // A land title or a trade certificate: issued by a provincial office under the licence number,
    // signed by one of its officials, no expiry.
    const auto issuedByProvince = [&](CertificateData::Kind kind, const demo::TradeAuthority &office,
                                      int signatorySalt) {
        c.kind = kind;
        c.issuerName = u8(office.name);
        c.issuerAddress = u8(office.address);
        c.number = v.licenseNumber;
        c.expiryDate = QDate();
        c.signatory = officialName(fr, e.index + signatorySalt);
        c.signatoryTitle = u8(office.signatory);
    };
    if (v.type == u"insurance") {
        const auto &ins = insurerFor(e.province, e.index);
        c.kind = CertificateData::Kind::Insurance;
        c.issuerName = u8(ins.name);
        c.issuerAddress = u8(ins.address);
        c.number = v.policyNumber;
        c.coverageCents = v.coverageCents.value_or(0);
        c.detail = e.mechanic ? (fr ? QStringLiteral("Responsabilité civile professionnelle")
                                    : QStringLiteral("Professional and general liability"))
                              : (fr ? QStringLiteral("Responsabilité civile des garagistes (FPQ no 4)")
                                    : QStringLiteral("Garage automobile liability (OAP 4)"));
        c.signatory = u8(ins.signatory);
        doc.fileName = fr ? QStringLiteral("certificat-assurance-%1.pdf")
                                .arg(c.number.isEmpty() ? QStringLiteral("2") : c.number)
                          : QStringLiteral("certificate-of-insurance-%1.pdf")
                                .arg(c.number.isEmpty() ? QStringLiteral("2") : c.number);
    } else if (v.type == u"business_license" || v.type == u"zoning") {
        const auto &m = municipalityFor(e.city);
        c.kind = v.type == u"zoning" ? CertificateData::Kind::Zoning : CertificateData::Kind::BusinessLicence;
        c.issuerName = u8(m.name);
        c.issuerAddress = u8(m.address);
        c.number = v.licenseNumber;
        if (v.type == u"zoning")
            c.detail = fr ? QStringLiteral("Atelier de réparation de véhicules automobiles (usage C.7)")
                          : QStringLiteral("Automotive repair garage (permitted use)");
        else if (e.mechanic)
            c.detail = fr ? QStringLiteral("Services de mécanique automobile")
                          : QStringLiteral("Automotive repair services");
        else if (u8(demo::kOrganizations[e.index].type) == u"mobile_service")
            c.detail = fr ? QStringLiteral("Mécanique mobile") : QStringLiteral("Mobile vehicle repair");
        else
            c.detail =
                fr ? QStringLiteral("Atelier de réparation automobile") : QStringLiteral("Auto repair shop");
        c.signatory = officialName(fr, e.index);
        c.signatoryTitle = v.type == u"zoning" ? (fr ? QStringLiteral("Inspectrice en urbanisme")
                                                     : QStringLiteral("Zoning Examiner"))
                                               : (fr ? QStringLiteral("Greffière adjointe aux permis")
                                                     : QStringLiteral("Deputy Licence Issuer"));
        doc.fileName =
            v.type == u"zoning"
                ? (fr ? QStringLiteral("conformite-zonage.pdf") : QStringLiteral("zoning-confirmation.pdf"))
                : (fr ? QStringLiteral("permis-exploitation-%1.pdf").arg(c.effectiveDate.year())
                      : QStringLiteral("business-licence-%1.pdf").arg(c.effectiveDate.year()));
    } else if (v.type == u"employment") {
        const auto &o = demo::kOrganizations[e.organization >= 0 ? e.organization : 0];
        c.kind = CertificateData::Kind::Employment;
        c.language = u8(o.language);
        c.issuerName = u8(o.name);
        c.issuerAddress = QStringLiteral("%1 · %2").arg(organizationAddress(o), u8(o.phone));
        c.holderAddress = organizationAddress(o);
        c.detail = c.language == u"fr" ? QStringLiteral("mécanicien(ne) automobile")
                                       : QStringLiteral("automotive service technician");
        c.effectiveDate = v.submittedAt.date().addDays(-m_rng.between(60, 2500));
        c.issuedOn = v.submittedAt.date().addDays(-m_rng.between(1, 10));
        c.expiryDate = QDate();
        c.signatory = u8(o.ownerName);
        doc.fileName = c.language == u"fr" ? QStringLiteral("attestation-emploi.pdf")
                                           : QStringLiteral("proof-of-employment.pdf");
    } else if (v.type == u"ownership") {
        issuedByProvince(CertificateData::Kind::Ownership, landRegistryFor(e.province), 3);
        c.detail = fr ? QStringLiteral("Propriété commerciale — garage")
                      : QStringLiteral("Commercial property — garage");
        c.effectiveDate = v.submittedAt.date().addYears(-int(m_rng.between(2, 25)));
        doc.fileName = fr ? QStringLiteral("preuve-propriete.pdf") : QStringLiteral("proof-of-ownership.pdf");
    } else {
        issuedByProvince(CertificateData::Kind::Certification, tradeAuthorityFor(e.province), 5);
        c.detail = fr ? QStringLiteral("Mécanicien(ne) de véhicules automobiles")
                      : QStringLiteral("Automotive Service Technician (310S)");
        c.effectiveDate = v.submittedAt.date().addYears(-int(m_rng.between(1, 15)));
        doc.fileName =
            fr ? QStringLiteral("certificat-sceau-rouge.pdf") : QStringLiteral("red-seal-certificate.pdf");
    }
    Q_UNUSED(slug)
    if (v.reason == u"name_mismatch")
        c.holderName = e.mechanic ? e.name.section(u' ', 0, 0) + QStringLiteral(" Auto Repair")
                                  : e.name + (fr ? QStringLiteral(" (9134-5521 Québec inc.)")
                                                 : QStringLiteral(" Holdings Ltd."));
    if (v.reason == u"wrong_document" && v.type == u"insurance") {
        // A business licence uploaded where the insurance certificate belongs.
        const auto &m = municipalityFor(e.city);
        c.kind = CertificateData::Kind::BusinessLicence;
        c.issuerName = u8(m.name);
        c.issuerAddress = u8(m.address);
        c.number = numberFor(e, QStringLiteral("business_license"), c.effectiveDate);
        c.detail =
            fr ? QStringLiteral("Atelier de réparation automobile") : QStringLiteral("Auto repair shop");
        c.signatory = officialName(fr, e.index);
        c.signatoryTitle =
            fr ? QStringLiteral("Greffière adjointe aux permis") : QStringLiteral("Deputy Licence Issuer");
    }
    if (v.reason == u"poor_quality") {
        doc.source = PlannedDocument::Source::Resource;
        doc.resource = QStringLiteral(":/demo/out-cmyk-cmyk.jpg");
        doc.mimeType = QStringLiteral("image/jpeg");
        doc.fileName = QStringLiteral("IMG_%1.jpg").arg(m_rng.between(1000, 9999));
    } else if (v.reason == u"wrong_document" && v.type != u"insurance") {
        doc.source = PlannedDocument::Source::Resource;
        doc.resource = QStringLiteral(":/demo/kroller.png");
        doc.mimeType = QStringLiteral("image/png");
        doc.fileName = QStringLiteral("photo.png");
    }
    m_plan.documents.push_back(doc);
    v.document = int(m_plan.documents.size()) - 1;
}

void Planner::planMechanic(int entity) {
    Entity &e = m_plan.entities[size_t(entity)];
    const demo::Mechanic &m = demo::kMechanics[e.index];
    const QStringList required{QStringLiteral("business_license"), QStringLiteral("insurance"),
                               QStringLiteral("employment")};
    auto futureExpiry = [&](bool soon) {
        return soon ? m_today.addDays(m_rng.between(2, 29)) : m_today.addDays(m_rng.between(45, 330));
    };
    auto approved = [&](const QString &type, bool soon) {
        auto &v = m_plan.verifications[size_t(addVerification(entity, type, QStringLiteral("approved")))];
        const QDate expiry = futureExpiry(soon);
        const QDate day = type == u"employment" ? m_today.addDays(-m_rng.between(20, 300))
                                                : expiry.addYears(-1).addDays(-m_rng.between(1, 20));
        setDates(v, expiry, submittedOn(day));
        return &v;
    };
    auto pending = [&](const QString &type) {
        auto &v = m_plan.verifications[size_t(addVerification(entity, type, QStringLiteral("pending")))];
        setDates(v, m_today.addDays(m_rng.between(90, 380)), pendingSubmittedAt());
        return &v;
    };
    auto expired = [&](const QString &type, int daysAgo) {
        auto &v = m_plan.verifications[size_t(addVerification(entity, type, QStringLiteral("expired")))];
        const QDate expiry = m_today.addDays(-daysAgo);
        setDates(v, expiry, submittedOn(expiry.addYears(-1).addDays(-m_rng.between(1, 20))));
        return &v;
    };
    auto rejected = [&](const QString &type, const QString &reason, const QDate &day) {
        auto &v = m_plan.verifications[size_t(addVerification(entity, type, QStringLiteral("rejected")))];
        setDates(v, day.addDays(m_rng.between(200, 360)), submittedOn(day));
        reject(v, reason);
        return &v;
    };
    static const char *const reasons[] = {
        "name_mismatch",         "poor_quality",        "insufficient_coverage",
        "missing_policy_number", "potentially_edited",  "expired",
        "wrong_document",        "missing_expiry_date", "other"};

    switch (e.scenario) {
    case Scenario::Compliant: {
        // Last year's documents (expired), then the current ones (approved; some expire soon).
        expired(QStringLiteral("insurance"), int(m_rng.between(20, 300)));
        if (m_rng.chance(50))
            expired(QStringLiteral("insurance"), int(m_rng.between(380, 650)));
        expired(QStringLiteral("business_license"), int(m_rng.between(20, 300)));
        if (m_rng.chance(70))
            rejected(QStringLiteral("insurance"), u8(reasons[m_rng.next() % 9]),
                     m_today.addDays(-m_rng.between(200, 330)));
        const bool soon = m_rng.chance(45);
        for (const QString &t : required)
            approved(t, soon && t == u"insurance");
        break;
    }
    case Scenario::New:
        for (const QString &t : required)
            pending(t);
        break;
    case Scenario::InReview: {
        approved(QStringLiteral("business_license"), m_rng.chance(20));
        pending(QStringLiteral("insurance"));
        pending(QStringLiteral("employment"));
        if (m_rng.chance(50)) {
            // Pointers into the list move as it grows: address the row by its index.
            const size_t last = m_plan.verifications.size() - 1;
            auto *v = &m_plan.verifications[m_rng.chance(50) ? last - 1 : last];
            v->infoRequestedAt = decidedAfter(v->submittedAt);
            v->infoRequestNote =
                e.language == u"fr"
                    ? QStringLiteral("Veuillez téléverser toutes les pages du document signé.")
                    : QStringLiteral("Please upload all pages of the signed document.");
        }
        break;
    }
    case Scenario::Rejected: {
        const QDate day = m_today.addDays(-m_rng.between(12, 60));
        rejected(QStringLiteral("insurance"), u8(reasons[m_rng.next() % 9]), day);
        approved(QStringLiteral("business_license"), false);
        if (m_rng.chance(60))
            rejected(QStringLiteral("employment"), QStringLiteral("name_mismatch"), day.addDays(1));
        else
            approved(QStringLiteral("employment"), false);
        pending(QStringLiteral("insurance")); // the corrected upload
        break;
    }
    case Scenario::Lapsed:
        expired(QStringLiteral("insurance"), int(m_rng.between(3, 40)));
        expired(QStringLiteral("business_license"), int(m_rng.between(200, 300)));
        approved(QStringLiteral("business_license"), false);
        approved(QStringLiteral("employment"), false);
        if (m_rng.chance(60))
            pending(QStringLiteral("insurance"));
        break;
    }
    if (m.redSeal) {
        if (e.scenario == Scenario::New)
            pending(QStringLiteral("certification"));
        else
            approved(QStringLiteral("certification"), false);
    }
}

void Planner::planOrganization(int entity) {
    Entity &e = m_plan.entities[size_t(entity)];
    const bool mobile = u8(demo::kOrganizations[e.index].type) == u"mobile_service";
    QStringList required{QStringLiteral("business_license"), QStringLiteral("insurance")};
    if (!mobile)
        required << QStringLiteral("zoning");
    auto add = [&](const QString &type, const QString &status, const QDate &expiry, const QDateTime &at) {
        auto &v = m_plan.verifications[size_t(addVerification(entity, type, status))];
        setDates(v, expiry, at);
        return &v;
    };
    auto approvedAt = [&](const QDate &expiry) {
        return submittedOn(expiry.addYears(-1).addDays(-m_rng.between(1, 25)));
    };

    // Two years of history for every workshop: documents that expired and were renewed.
    for (const QString &t : {QStringLiteral("business_license"), QStringLiteral("insurance")}) {
        const QDate old = m_today.addDays(-m_rng.between(380, 700));
        add(t, QStringLiteral("expired"), old, approvedAt(old));
    }
    if (e.scenario == Scenario::Compliant || e.scenario == Scenario::Lapsed) {
        // A first upload of last year's certificate that was turned down.
        const QDate day = m_today.addDays(-m_rng.between(380, 700));
        reject(
            *add(QStringLiteral("insurance"), QStringLiteral("rejected"), day.addDays(365), submittedOn(day)),
            m_rng.chance(50) ? QStringLiteral("poor_quality") : QStringLiteral("name_mismatch"));
    }
    // Proof of ownership (or lease) of the premises.
    if (!mobile) {
        if (e.scenario == Scenario::New)
            add(QStringLiteral("ownership"), QStringLiteral("pending"), QDate(), pendingSubmittedAt());
        else
            add(QStringLiteral("ownership"), QStringLiteral("approved"), QDate(),
                submittedOn(m_today.addDays(-m_rng.between(200, 700))));
    }
    switch (e.scenario) {
    case Scenario::Compliant:
    case Scenario::InReview: {
        for (const QString &t : required) {
            const bool soon = t == u"insurance" && m_rng.chance(50);
            const QDate expiry =
                soon ? m_today.addDays(m_rng.between(4, 28)) : m_today.addDays(m_rng.between(60, 330));
            if (e.scenario == Scenario::InReview && t != u"business_license")
                add(t, QStringLiteral("pending"), m_today.addDays(m_rng.between(200, 380)),
                    pendingSubmittedAt());
            else
                add(t, QStringLiteral("approved"), expiry,
                    t == u"zoning" ? submittedOn(m_today.addDays(-m_rng.between(30, 400)))
                                   : approvedAt(expiry));
        }
        if (e.scenario == Scenario::Compliant) {
            // The renewal of the certificate that expires soon is already waiting.
            add(QStringLiteral("insurance"), QStringLiteral("pending"),
                m_today.addDays(m_rng.between(330, 380)), pendingSubmittedAt());
        }
        break;
    }
    case Scenario::New:
        for (const QString &t : required)
            add(t, QStringLiteral("pending"), m_today.addDays(m_rng.between(120, 380)), pendingSubmittedAt());
        break;
    case Scenario::Rejected: {
        const QDate day = m_today.addDays(-m_rng.between(12, 40));
        const QString rejectedType = mobile ? QStringLiteral("insurance") : QStringLiteral("zoning");
        reject(*add(rejectedType, QStringLiteral("rejected"), m_today.addDays(300), submittedOn(day)),
               mobile ? QStringLiteral("insufficient_coverage") : QStringLiteral("wrong_document"));
        const QDate exp = m_today.addDays(m_rng.between(100, 300));
        add(QStringLiteral("business_license"), QStringLiteral("approved"), exp, approvedAt(exp));
        if (!mobile) {
            const QDate ins = m_today.addDays(m_rng.between(100, 300));
            add(QStringLiteral("insurance"), QStringLiteral("approved"), ins, approvedAt(ins));
        }
        add(rejectedType, QStringLiteral("pending"), m_today.addDays(m_rng.between(300, 380)),
            pendingSubmittedAt());
        break;
    }
    case Scenario::Lapsed: {
        const QDate gone = m_today.addDays(-m_rng.between(2, 25));
        add(QStringLiteral("insurance"), QStringLiteral("expired"), gone, approvedAt(gone));
        const QDate exp = m_today.addDays(m_rng.between(100, 300));
        add(QStringLiteral("business_license"), QStringLiteral("approved"), exp, approvedAt(exp));
        if (!mobile)
            add(QStringLiteral("zoning"), QStringLiteral("approved"), QDate(),
                submittedOn(m_today.addDays(-m_rng.between(100, 400))));
        add(QStringLiteral("insurance"), QStringLiteral("pending"), m_today.addDays(m_rng.between(330, 380)),
            pendingSubmittedAt());
        break;
    }
    }
}

/// Scanned and broken uploads on some pending items, so the viewer's paths all show in the demo.
void Planner::attachScans() {
    struct Scan {
        PlannedDocument::Source source;
        const char *resource;
        const char *mime;
        const char *fileName;
    };
    static const Scan scans[] = {
        {PlannedDocument::Source::Resource, ":/demo/jpeg.pdf", "application/pdf", "scan-0001.pdf"},
        {PlannedDocument::Source::Resource, ":/demo/out-rgb-rgb.jpg", "image/jpeg", "IMG_2207.jpg"},
        {PlannedDocument::Source::Resource, ":/demo/doublepage.pdf", "application/pdf",
         "certificate-scan.pdf"},
        {PlannedDocument::Source::Corrupt, nullptr, "application/pdf", "insurance-certificate.pdf"},
        {PlannedDocument::Source::Resource, ":/demo/orientation.pdf", "application/pdf",
         "licence-rotated.pdf"},
        {PlannedDocument::Source::Resource, ":/demo/PasswordEncrypted.pdf", "application/pdf",
         "secured-certificate.pdf"},
        {PlannedDocument::Source::Resource, ":/demo/searchAcrossLines.pdf", "application/pdf",
         "policy-wording.pdf"},
        {PlannedDocument::Source::Truncated, nullptr, "application/pdf", "upload-interrupted.pdf"},
        {PlannedDocument::Source::Resource, ":/demo/kroller.png", "image/png", "IMG_0042.png"},
        {PlannedDocument::Source::Resource, ":/demo/out-cmyk-cmyk.jpg", "image/jpeg", "scan_cmyk.jpg"},
    };
    size_t next = 0;
    int pendingSeen = 0;
    for (auto &v : m_plan.verifications) {
        if (v.status != u"pending" || v.document < 0 || next >= std::size(scans))
            continue;
        if (pendingSeen++ % 6 != 2)
            continue;
        PlannedDocument &d = m_plan.documents[size_t(v.document)];
        const Scan &s = scans[next++];
        d.source = s.source;
        d.resource = u8(s.resource);
        d.mimeType = u8(s.mime);
        d.fileName = u8(s.fileName);
    }
}

Plan Planner::build() {
    // Entities: organizations first, then mechanics (the order the rows are inserted in).
    static const Scenario orgScenarios[] = {Scenario::Compliant, Scenario::InReview,  Scenario::Compliant,
                                            Scenario::InReview,  Scenario::Rejected,  Scenario::New,
                                            Scenario::Compliant, Scenario::Lapsed,    Scenario::New,
                                            Scenario::Rejected,  Scenario::Compliant, Scenario::Lapsed};
    int i = 0;
    for (const auto &o : demo::kOrganizations) {
        Entity e;
        e.index = i;
        e.name = u8(o.name);
        e.language = u8(o.language);
        e.province = u8(o.province);
        e.city = u8(o.city);
        e.address = organizationAddress(o);
        e.organization = i;
        e.scenario = orgScenarios[i % std::size(orgScenarios)];
        m_plan.entities.push_back(e);
        ++i;
    }
    static const Scenario mechScenarios[] = {Scenario::Compliant, Scenario::New,      Scenario::InReview,
                                             Scenario::Compliant, Scenario::Rejected, Scenario::New,
                                             Scenario::Lapsed,    Scenario::InReview};
    i = 0;
    for (const auto &m : demo::kMechanics) {
        Entity e;
        e.mechanic = true;
        e.index = i;
        e.name = u8(m.name);
        e.language = u8(m.language);
        e.province = u8(m.province);
        e.city = u8(m.city);
        e.address = QStringLiteral("%1, %2 %3 %4").arg(u8(m.street), e.city, e.province, u8(m.postalCode));
        e.organization = m.organization;
        if (e.organization < 0) {
            // An independent's proof of employment comes from a workshop in their province.
            for (int o = 0; o < int(std::size(demo::kOrganizations)); ++o)
                if (u8(demo::kOrganizations[o].province) == e.province) {
                    e.organization = o;
                    break;
                }
        }
        e.scenario = mechScenarios[(i * 3 + i / 8) % std::size(mechScenarios)];
        m_plan.entities.push_back(e);
        ++i;
    }
    for (int n = 0; n < int(m_plan.entities.size()); ++n) {
        if (m_plan.entities[size_t(n)].mechanic)
            planMechanic(n);
        else
            planOrganization(n);
    }
    // Chronological ids, as a real queue would have.
    std::stable_sort(m_plan.verifications.begin(), m_plan.verifications.end(),
                     [](const PlannedVerification &a, const PlannedVerification &b) {
                         return a.submittedAt < b.submittedAt;
                     });
    for (auto &v : m_plan.verifications)
        attachDocument(v);
    attachScans();
    return std::move(m_plan);
}

// ------------------------------------------------------------------------------------------------
// Writing
// ------------------------------------------------------------------------------------------------

QByteArray resourceBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Whether a planned document's bytes come from CertificateRenderer (on worker threads).
bool isRendered(const PlannedDocument &d) {
    return d.source == PlannedDocument::Source::Generated || d.source == PlannedDocument::Source::Truncated;
}

/// Fills the bytes of the documents that are not rendered (resources, the corrupt upload).
void loadOtherDocuments(Plan &plan) {
    for (auto &d : plan.documents) {
        switch (d.source) {
        case PlannedDocument::Source::Generated:
        case PlannedDocument::Source::Truncated:
            break;
        case PlannedDocument::Source::Resource:
            d.bytes = resourceBytes(d.resource);
            break;
        case PlannedDocument::Source::Corrupt: {
            // A PDF header followed by noise: the viewer must say it cannot read it.
            Rng noise(0xC0FFEE);
            d.bytes = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
            for (int k = 0; k < 4000; ++k)
                d.bytes.append(char(noise.next() & 0xff));
            d.bytes.append("\n%%EOF\n");
            break;
        }
        }
    }
}

/// What a certificate's PDF depends on (CertificateRenderer::render is deterministic): the key of
/// the certificates DemoSeeder::prerender() made.
QByteArray certificateKey(const CertificateData &c) {
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << int(c.kind) << c.language << c.issuerName << c.issuerAddress << c.holderName << c.holderAddress
        << c.number << c.coverageCents << c.effectiveDate << c.expiryDate << c.issuedOn << c.detail
        << c.signatory << c.signatoryTitle << c.reference;
    return key;
}

/// DemoSeeder::prerender()'s certificates, rendering on the global thread pool, and their keys.
struct Prerendered {
    QMutex mutex;
    QList<QByteArray> keys;
    QFuture<QByteArray> pdfs;
};

Prerendered &prerendered() {
    static Prerendered p;
    return p;
}

/// Hands over the certificates prerender() has made so far (key -> PDF), once, and stops it: the
/// rest render with the others on every core (a first use from the prepared cluster reaches the
/// documents before one thread has made them all). Empty when none were prerendered.
std::shared_ptr<const QHash<QByteArray, QByteArray>> takePrerendered() {
    auto ready = std::make_shared<QHash<QByteArray, QByteArray>>();
    Prerendered &p = prerendered();
    const QMutexLocker lock(&p.mutex);
    if (p.keys.isEmpty())
        return ready;
    p.pdfs.cancel(); // the certificate being rendered ends; no other starts
    p.pdfs.waitForFinished();
    for (qsizetype i = 0; i < p.keys.size(); ++i)
        if (p.pdfs.isResultReadyAt(int(i)))
            ready->insert(p.keys.at(i), p.pdfs.resultAt(int(i)));
    p.keys.clear();
    p.pdfs = QFuture<QByteArray>();
    return ready;
}

/// Starts rendering @p generated (isRendered documents) on the global thread pool (every core):
/// the database work goes on meanwhile (finishRendering waits). A certificate prerender() already
/// made (the same data) is taken as it is. @p generated and the documents must outlive the
/// returned future.
QFuture<void> startRendering(std::vector<PlannedDocument *> &generated) {
    return QtConcurrent::map(generated, [ready = takePrerendered()](PlannedDocument *d) {
        const auto it = ready->constFind(certificateKey(d->certificate));
        d->bytes = it != ready->constEnd() ? *it : CertificateRenderer::render(d->certificate);
    });
}

/// Waits for startRendering's work and cuts the interrupted upload short.
void finishRendering(Plan &plan, QFuture<void> &rendering) {
    rendering.waitForFinished();
    for (auto &d : plan.documents)
        if (d.source == PlannedDocument::Source::Truncated)
            d.bytes.truncate(d.bytes.size() * 3 / 5); // the upload stopped part way
}

/// Runs statements unprepared (SET, DO, GRANT cannot be prepared).
DbError execAll(QSqlDatabase &db, const QStringList &statements) {
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return SqlQuery::errorFrom(q.lastError(), db);
    }
    return {};
}

QVariant nullable(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QVariant nullable(const QDate &d) {
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}

/// COPY … FROM STDIN in text format on the connection's libpq handle.
class CopyIn {
public:
    CopyIn(PGconn *conn)
        : m_conn(conn) {}
    DbError begin(const QByteArray &statement) {
        PGresult *res = PQexec(m_conn, statement.constData());
        const bool ok = PQresultStatus(res) == PGRES_COPY_IN;
        DbError e;
        if (!ok)
            e = errorOf(res);
        PQclear(res);
        return e;
    }
    static void field(QByteArray &line, const QString &s) {
        if (s.isNull()) {
            line += "\\N";
            return;
        }
        const QByteArray u = s.toUtf8();
        for (char c : u) {
            switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
            }
        }
    }
    DbError put(const QByteArray &chunk) {
        if (PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1)
            return DbError::other(QString::fromUtf8(PQerrorMessage(m_conn)));
        return {};
    }
    DbError end() {
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return DbError::other(QString::fromUtf8(PQerrorMessage(m_conn)));
        DbError e;
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && !e.isError())
                e = errorOf(res);
            PQclear(res);
        }
        return e;
    }

private:
    DbError errorOf(PGresult *res) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        if (PQstatus(m_conn) == CONNECTION_BAD)
            return DbError::connectionLost(QString::fromUtf8(PQerrorMessage(m_conn)));
        return DbError::fromSqlState(QString::fromLatin1(state ? state : "XX000"),
                                     QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)));
    }
    PGconn *m_conn;
};

QString quoteLiteral(const QString &s) {
    QString q = s;
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

QString quoteIdent(const QString &s) {
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

QStringList DemoSeeder::loginRoles() {
    QStringList out;
    for (const auto &s : demo::kStaff)
        out << u8(s.login);
    return out;
}

namespace {

/// @p sql's one boolean, read as the owner role (staff_logins has FORCE RLS).
Result<bool> ownerReads(QSqlDatabase &db, const QString &sql) {
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (DbError e = execAll(db, {QStringLiteral("SET LOCAL ROLE adesk_owner")}); e.isError())
        return e;
    SqlQuery q(db, sql);
    if (!q.exec())
        return q.error();
    q.next();
    const bool answer = q.value(0).toBool();
    tx.commit();
    return answer;
}

} // namespace

Result<bool> DemoSeeder::isSeeded(QSqlDatabase &db) {
    return ownerReads(
        db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM desk.staff_logins WHERE login_role = 'demo_admin')"));
}

void DemoSeeder::prerender(const QDate &today, const QDateTime &now) {
    Prerendered &p = prerendered();
    const QMutexLocker lock(&p.mutex);
    if (!p.keys.isEmpty())
        return;
    Planner planner(today, now.toUTC());
    const Plan plan = planner.build();
    QList<CertificateData> certificates;
    for (const PlannedDocument &d : plan.documents)
        if (isRendered(d)) {
            certificates << d.certificate;
            p.keys << certificateKey(d.certificate);
        }
    // One thread: the cluster's initdb and migrations keep the other core (measured with two: the
    // cluster took 1.74 s to start against 1.55-1.61 s, and the first rows came later).
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    p.pdfs = QtConcurrent::mapped(&pool, certificates,
                                  [](const CertificateData &c) { return CertificateRenderer::render(c); });
}

void DemoSeeder::discardPrerendered() {
    Prerendered &p = prerendered();
    const QMutexLocker lock(&p.mutex);
    if (p.keys.isEmpty())
        return;
    p.pdfs.cancel(); // the certificate being rendered ends; no other starts
    p.pdfs.waitForFinished();
    p.keys.clear();
    p.pdfs = QFuture<QByteArray>();
}

Result<bool> DemoSeeder::isHistorySeeded(QSqlDatabase &db) {
    return ownerReads(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM desk.sessions)"));
}

DbError DemoSeeder::seedFeature(QSqlDatabase &db, const FeatureDemoSeed &feature, const Progress &say) {
    QElapsedTimer timer;
    timer.start();
    QString problem;
    if (!feature.seed(db, &problem))
        return DbError::other(QStringLiteral("seed-demo (%1): %2").arg(feature.name, problem));
    say(tr("seed-demo: %1 demo data loaded in %2 ms").arg(feature.name).arg(timer.elapsed()));
    return {};
}

/// The history part (DemoSeeder::Part::History) in a transaction of its own, after the core part
/// committed: the history features in their order.
Result<DemoSeeder::Summary> DemoSeeder::seedHistory(QSqlDatabase &db, const Progress &say) {
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (DbError e = execAll(db, {QStringLiteral("SET LOCAL ROLE adesk_owner")}); e.isError())
        return e;
    SqlQuery q(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM desk.staff_logins WHERE login_role = ?), "
                                  "EXISTS (SELECT 1 FROM desk.sessions)"));
    q.bind(QStringLiteral("demo_admin"));
    if (!q.exec() || !q.next())
        return q.error();
    if (!q.value(0).toBool())
        return DbError::fromSqlState(QStringLiteral("22023"),
                                     tr("The demo's history is loaded after its core data set, "
                                        "which this database does not hold: run seed-demo."));
    if (q.value(1).toBool())
        return Summary{}; // loaded already
    // As in seed(), after its logins: the features' statements name desk's tables unqualified.
    if (DbError e = execAll(db, {QStringLiteral("SET LOCAL client_min_messages = warning"),
                                 QStringLiteral("SET LOCAL search_path = desk, public")});
        e.isError())
        return e;
    bool history = false;
    for (const FeatureDemoSeed &feature : featureDemoSeeds()) {
        history = history || feature.history; // from the first history feature on (demofeatures.h)
        if (!history)
            continue;
        if (DbError e = seedFeature(db, feature, say); e.isError())
            return e;
    }
    if (!tx.commit())
        return tx.error();
    say(tr("seed-demo: the demo's history loaded in %1 ms").arg(timer.elapsed()));
    return DemoSeeder::Summary{};
}

QString DemoSeeder::demoLoginsRefusal(const QString &listenAddresses) {
    if (conninfo::listensOnlyLocally(listenAddresses))
        return {};
    return tr("This server accepts connections from other machines (listen_addresses = '%1'). seed-demo "
              "creates logins whose password is \"%2\" only on a server that no other machine can reach "
              "(listen_addresses empty or localhost only), such as the embedded demo database (--demo).")
        .arg(listenAddresses, conninfo::demoPassword());
}

Result<DemoSeeder::Summary> DemoSeeder::seed(QSqlDatabase &db, const Progress &progress, Part part) {
    auto say = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    if (part == Part::History)
        return seedHistory(db, say);
    adeskInitDemoResources();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return DbError::other(tr("seed-demo renders PDF certificates and needs a QGuiApplication "
                                 "(fonts); it was started without one."));
    QElapsedTimer timer;
    timer.start();

    Transaction tx(db);
    if (!tx.active())
        return tx.error();

    // Refuse to mix demo data into a database that has real data.
    {
        if (DbError e = execAll(db, {QStringLiteral("SET LOCAL ROLE adesk_owner")}); e.isError()) {
            if (e.sqlState == u"22023" || e.sqlState == u"42704")
                return DbError::fromSqlState(e.sqlState,
                                             tr("The database has no Auto Doctor Desk schema: run "
                                                "`autodoctor-desk migrate` first."));
            return e;
        }
        SqlQuery q(db, QStringLiteral("SELECT (SELECT count(*) FROM desk.organizations), "
                                      "(SELECT count(*) FROM desk.mechanics), current_date, now()"));
        if (!q.exec()) {
            if (q.error().sqlState == u"42P01" || q.error().sqlState == u"3F000")
                return DbError::fromSqlState(q.error().sqlState,
                                             tr("The database has no Auto Doctor Desk schema: run "
                                                "`autodoctor-desk migrate` first."));
            return q.error();
        }
        q.next();
        if (q.value(0).toLongLong() > 0 || q.value(1).toLongLong() > 0)
            return DbError::fromSqlState(
                QStringLiteral("22023"),
                tr("The database already holds %1 and %2; the demo data set is only loaded into an empty "
                   "database. Use --scale N to add benchmark rows to a demo database.")
                    .arg(tr("%n organization(s)", nullptr, q.value(0).toInt()),
                         tr("%n mechanic(s)", nullptr, q.value(1).toInt())));
        const QDate today = q.value(2).toDate();
        const QDateTime now = q.value(3).toDateTime().toUTC();
        // The demo logins' password is public: create them only where no other machine can connect.
        SqlQuery listen(db, QStringLiteral("SELECT current_setting('listen_addresses')"));
        if (!listen.exec() || !listen.next())
            return listen.error();
        if (const QString refused = demoLoginsRefusal(listen.value(0).toString()); !refused.isEmpty())
            return DbError::fromSqlState(QStringLiteral("42501"), refused);
        // Back to the session role: creating login roles needs CREATEROLE, which adesk_owner lacks.
        if (DbError e = execAll(db, {QStringLiteral("RESET ROLE")}); e.isError())
            return e;

        Planner planner(today, now);
        Plan plan = planner.build();
        say(tr("seed-demo: planned %1 verifications for %2 organizations and %3 mechanics")
                .arg(plan.verifications.size())
                .arg(std::size(demo::kOrganizations))
                .arg(std::size(demo::kMechanics)));

        // The certificates render on worker threads while the features' rows are written (from
        // the first feature that renders no PDF itself): their documents rows get their bytes once
        // the rendering is done (finishDocuments), before the first feature that reads them.
        loadOtherDocuments(plan);
        std::vector<PlannedDocument *> generated;
        for (auto &d : plan.documents)
            if (isRendered(d))
                generated.push_back(&d);
        QElapsedTimer renderTimer;
        QFuture<void> rendering; // finished (cancelled) until beginRendering
        struct StopRendering {
            QFuture<void> &future;
            ~StopRendering() {
                future.cancel(); // an early return: nothing more to render
                future.waitForFinished();
            }
        } stopRendering{rendering};
        bool renderingStarted = false;
        const auto beginRendering = [&] {
            if (renderingStarted)
                return;
            renderingStarted = true;
            renderTimer.start();
            rendering = startRendering(generated);
        };

        // Login roles are cluster-wide: create them once, reuse them in every database.
        QStringList roleSql;
        for (const auto &s : demo::kStaff) {
            const QString login = u8(s.login);
            // Another seed-demo in another database of the same cluster may create the same role at
            // the same moment: the loser's CREATE fails with unique_violation once the winner
            // commits, and then reuses the role; its ALTER or GRANT of a role row the winner changed
            // meanwhile fails with "tuple concurrently updated" (XX000): the winner set the same.
            roleSql
                << QStringLiteral(
                       "DO $$ BEGIN "
                       "  BEGIN "
                       "    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                       "      CREATE ROLE %2 LOGIN PASSWORD 'demo'; "
                       "    END IF; "
                       "  EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; "
                       "  END; "
                       "  BEGIN "
                       "    ALTER ROLE %2 LOGIN PASSWORD 'demo'; "
                       "  EXCEPTION WHEN internal_error THEN NULL; "
                       "  END; "
                       "  BEGIN "
                       "    GRANT %3 TO %2; "
                       "  EXCEPTION WHEN unique_violation OR duplicate_object OR internal_error THEN NULL; "
                       "  END; "
                       "END $$")
                       .arg(quoteLiteral(login), quoteIdent(login), quoteIdent(u8(s.groupRole)));
        }
        roleSql << QStringLiteral("SET LOCAL client_min_messages = warning");
        roleSql << QStringLiteral("SET LOCAL ROLE adesk_owner");
        roleSql << QStringLiteral("SET LOCAL search_path = desk, public");
        if (DbError e = execAll(db, roleSql); e.isError())
            return e;

        // Profiles: staff, workshop owners, mechanics.
        SqlQuery profile(
            db, QStringLiteral("INSERT INTO desk.profiles (full_name, email, role, preferred_language, "
                               "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        auto addProfile = [&](const QString &name, const QString &email, const QString &role,
                              const QString &lang, const QDateTime &created) -> std::optional<qint64> {
            profile.bind(name).bind(nullable(email)).bind(role).bind(lang).bind(created);
            if (!profile.exec() || !profile.next())
                return std::nullopt;
            return profile.value(0).toLongLong();
        };
        auto emailFor = [](const QString &name, const QString &domain) {
            QString local = name.normalized(QString::NormalizationForm_D).toLower();
            local.remove(QRegularExpression(QStringLiteral("[^a-z \\-]")));
            local = local.simplified().replace(u' ', u'.');
            return local + u'@' + domain;
        };
        std::vector<qint64> staffProfile;
        for (const auto &s : demo::kStaff) {
            if (s.organization >= 0) {
                staffProfile.push_back(-1); // owners get their profile with their workshop below
                continue;
            }
            auto id = addProfile(u8(s.name), u8(s.email), u8(s.role), u8(s.language), now.addDays(-900));
            if (!id)
                return profile.error();
            staffProfile.push_back(*id);
        }

        // Organizations (+ their owner's profile).
        SqlQuery org(
            db,
            QStringLiteral(
                "INSERT INTO desk.organizations (name, organization_type, email, phone, address_line, city, "
                "province, postal_code, time_zone, preferred_language, business_license_number, "
                "business_license_expiry, business_license_verified, zoning_compliance_verified, "
                "liability_insurance_amount_cents, liability_insurance_expiry, "
                "environmental_compliance_verified, mvis_license_number, allows_physical_repairs, "
                "platform_fee_bp, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?) RETURNING id"));
        std::vector<qint64> orgId;
        std::vector<qint64> ownerProfile;
        for (int o = 0; o < int(std::size(demo::kOrganizations)); ++o) {
            const auto &d = demo::kOrganizations[o];
            // Compliance fields as the approved, unexpired verifications leave them.
            QString licence;
            QDate licenceExpiry;
            bool licenceOk = false;
            bool zoningOk = false;
            std::optional<qint64> insurance;
            QDate insuranceExpiry;
            for (const auto &v : plan.verifications) {
                const Entity &e = plan.entities[size_t(v.entity)];
                if (e.mechanic || e.index != o || v.status != u"approved")
                    continue;
                if (v.type == u"business_license") {
                    licence = v.licenseNumber;
                    licenceExpiry = v.expiry;
                    licenceOk = true;
                } else if (v.type == u"zoning") {
                    zoningOk = true;
                } else if (v.type == u"insurance") {
                    insurance = v.coverageCents;
                    insuranceExpiry = v.expiry;
                }
            }
            const QDateTime created = now.addDays(-800 + o * 17);
            org.bind(u8(d.name))
                .bind(u8(d.type))
                .bind(u8(d.email))
                .bind(u8(d.phone))
                .bind(u8(d.address))
                .bind(u8(d.city))
                .bind(u8(d.province))
                .bind(u8(d.postalCode))
                .bind(u8(d.timeZone))
                .bind(u8(d.language))
                .bind(nullable(licence))
                .bind(nullable(licenceExpiry))
                .bind(licenceOk)
                .bind(zoningOk)
                .bind(insurance ? QVariant(*insurance) : QVariant(QMetaType::fromType<qlonglong>()))
                .bind(nullable(insuranceExpiry))
                .bind(zoningOk && o % 3 != 2)
                .bind(nullable(u8(d.mvisLicence)))
                .bind(true)
                .bind(d.platformFeeBp)
                .bind(created);
            if (!org.exec() || !org.next())
                return org.error();
            orgId.push_back(org.value(0).toLongLong());
            auto owner = addProfile(u8(d.ownerName), emailFor(u8(d.ownerName), u8(d.email).section(u'@', 1)),
                                    QStringLiteral("workshop_owner"), u8(d.language), created);
            if (!owner)
                return profile.error();
            ownerProfile.push_back(*owner);
        }
        for (size_t s = 0; s < std::size(demo::kStaff); ++s)
            if (demo::kStaff[s].organization >= 0)
                staffProfile[s] = ownerProfile[size_t(demo::kStaff[s].organization)];

        // Staff logins and the workshops the owners manage.
        SqlQuery login(db, QStringLiteral("INSERT INTO desk.staff_logins (login_role, profile_id, desk_role) "
                                          "VALUES (?, ?, ?)"));
        SqlQuery staff(
            db, QStringLiteral("INSERT INTO desk.workshop_staff (login_role, workshop_id) VALUES (?, ?)"));
        for (size_t s = 0; s < std::size(demo::kStaff); ++s) {
            const auto &d = demo::kStaff[s];
            login.bind(u8(d.login)).bind(staffProfile[s]).bind(u8(d.role));
            if (!login.exec())
                return login.error();
            if (d.organization >= 0) {
                staff.bind(u8(d.login)).bind(orgId[size_t(d.organization)]);
                if (!staff.exec())
                    return staff.error();
            }
        }

        // Mechanics, with a status consistent with their verifications.
        SqlQuery mech(
            db,
            QStringLiteral(
                "INSERT INTO desk.mechanics (profile_id, display_name, email, service_tier, workshop_id, "
                "account_type, workshop_verified, can_perform_physical_work, business_license_number, "
                "insurance_policy_number, insurance_expiry_date, compliance_status, red_seal_certified, "
                "years_experience, rating_bp, city, province, postal_code, preferred_language, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        std::vector<qint64> mechId;
        Rng ratings(0x5EED);
        for (int m = 0; m < int(std::size(demo::kMechanics)); ++m) {
            const auto &d = demo::kMechanics[m];
            const QStringList required{QStringLiteral("business_license"), QStringLiteral("insurance"),
                                       QStringLiteral("employment")};
            int approvedRequired = 0;
            bool anyRejected = false;
            bool anyExpired = false;
            QString licence;
            QString policy;
            QDate policyExpiry;
            for (const auto &v : plan.verifications) {
                const Entity &e = plan.entities[size_t(v.entity)];
                if (!e.mechanic || e.index != m)
                    continue;
                if (v.status == u"approved" && required.contains(v.type)) {
                    ++approvedRequired;
                    if (v.type == u"business_license")
                        licence = v.licenseNumber;
                    if (v.type == u"insurance") {
                        policy = v.policyNumber;
                        policyExpiry = v.expiry;
                    }
                }
                anyRejected = anyRejected || v.status == u"rejected";
                // Only a lapse of the current document counts (not last year's renewed one).
                anyExpired = anyExpired || (v.status == u"expired" && v.expiry >= today.addDays(-60));
            }
            const bool complete = approvedRequired == required.size();
            const QString tier = u8(d.tier);
            const bool hasOrg = d.organization >= 0;
            QString status = QStringLiteral("pending");
            if (complete)
                status = QStringLiteral("approved");
            else if (anyExpired)
                status = QStringLiteral("expired");
            else if (anyRejected)
                status = QStringLiteral("rejected");
            const bool verified = complete && hasOrg;
            const QString name = u8(d.name);
            const QDateTime created = now.addDays(-700 + m * 11);
            auto pid = addProfile(name, emailFor(name, QStringLiteral("mechanics.theautodoctor.ca")),
                                  QStringLiteral("mechanic"), u8(d.language), created);
            if (!pid)
                return profile.error();
            mech.bind(*pid)
                .bind(name)
                .bind(emailFor(name, QStringLiteral("mechanics.theautodoctor.ca")))
                .bind(tier)
                .bind(hasOrg ? QVariant(orgId[size_t(d.organization)])
                             : QVariant(QMetaType::fromType<qlonglong>()))
                .bind(hasOrg ? QStringLiteral("workshop") : QStringLiteral("independent"))
                .bind(verified)
                .bind(verified && tier != u"virtual_only")
                .bind(nullable(licence))
                .bind(nullable(policy))
                .bind(nullable(policyExpiry))
                .bind(status)
                .bind(d.redSeal)
                .bind(d.yearsExperience)
                .bind(int(ratings.between(38000, 50000)))
                .bind(u8(d.city))
                .bind(u8(d.province))
                .bind(u8(d.postalCode))
                .bind(u8(d.language))
                .bind(created);
            if (!mech.exec() || !mech.next())
                return mech.error();
            mechId.push_back(mech.value(0).toLongLong());
        }
        say(tr("seed-demo: %1 organizations, %2 mechanics, %3 staff logins")
                .arg(orgId.size())
                .arg(mechId.size())
                .arg(std::size(demo::kStaff)));

        // Documents.
        SqlQuery docQ(
            db, QStringLiteral("INSERT INTO desk.documents (workshop_id, mechanic_id, file_name, mime_type, "
                               "size_bytes, sha256, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                               "RETURNING id"));
        std::vector<qint64> docId(plan.documents.size(), -1);
        static const QByteArray kPending(""); // a rendered document's bytes until finishDocuments
        for (const auto &v : plan.verifications) {
            const PlannedDocument &d = plan.documents[size_t(v.document)];
            const QByteArray &bytes = isRendered(d) ? kPending : d.bytes;
            const Entity &e = plan.entities[size_t(v.entity)];
            const qint64 ws = e.mechanic ? (demo::kMechanics[e.index].organization >= 0
                                                ? orgId[size_t(demo::kMechanics[e.index].organization)]
                                                : -1)
                                         : orgId[size_t(e.index)];
            docQ.bind(ws >= 0 ? QVariant(ws) : QVariant(QMetaType::fromType<qlonglong>()))
                .bind(e.mechanic ? QVariant(mechId[size_t(e.index)])
                                 : QVariant(QMetaType::fromType<qlonglong>()))
                .bind(d.fileName)
                .bind(d.mimeType)
                .bind(qint64(bytes.size()))
                .bind(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256))
                .bind(bytes)
                .bind(v.submittedAt);
            if (!docQ.exec() || !docQ.next())
                return docQ.error();
            docId[size_t(v.document)] = docQ.value(0).toLongLong();
        }

        // Verifications, with COPY (the same path as --scale).
        PGconn *conn = nativeHandle(db);
        if (!conn)
            return DbError::other(tr("seed-demo needs a PostgreSQL connection"));
        CopyIn copy(conn);
        if (DbError e = copy.begin(
                "COPY desk.compliance_verifications (entity_type, entity_id, mechanic_id, workshop_id, "
                "verification_type, document_id, document_name, entity_name, province, license_number, "
                "policy_number, "
                "coverage_amount_cents, expiry_date, status, rejection_reason_code, rejection_note, "
                "info_requested_at, "
                "info_request_note, notes, verified_by, verified_at, submitted_at, updated_at) FROM STDIN");
            e.isError())
            return e;
        QByteArray buffer;
        auto ts = [](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
        };
        for (const auto &v : plan.verifications) {
            const Entity &e = plan.entities[size_t(v.entity)];
            const PlannedDocument &d = plan.documents[size_t(v.document)];
            const qint64 entityId = e.mechanic ? mechId[size_t(e.index)] : orgId[size_t(e.index)];
            const int orgIndex = e.mechanic ? demo::kMechanics[e.index].organization : e.index;
            const QString entityType = e.mechanic ? QStringLiteral("mechanic")
                                       : u8(demo::kOrganizations[e.index].type) == u"mobile_service"
                                           ? QStringLiteral("mobile_service")
                                           : QStringLiteral("workshop");
            const QString notes =
                v.status == u"approved" && v.reviewer >= 0 && v.type == u"insurance"
                    ? (v.reviewer == 1 ? QStringLiteral("Vérifié auprès de l'assureur.")
                                       : QStringLiteral("Confirmed with the insurer by phone."))
                    : QString();
            const QStringList fields{
                entityType,
                QString::number(entityId),
                e.mechanic ? QString::number(entityId) : QString(),
                orgIndex >= 0 ? QString::number(orgId[size_t(orgIndex)]) : QString(),
                v.type,
                QString::number(docId[size_t(v.document)]),
                d.fileName,
                e.name,
                e.province,
                v.licenseNumber.isEmpty() ? QString() : v.licenseNumber,
                v.policyNumber.isEmpty() ? QString() : v.policyNumber,
                v.coverageCents ? QString::number(*v.coverageCents) : QString(),
                v.expiry.isValid() ? v.expiry.toString(Qt::ISODate) : QString(),
                v.status,
                v.reason.isEmpty() ? QString() : v.reason,
                v.rejectionNote.isEmpty() ? QString() : v.rejectionNote,
                ts(v.infoRequestedAt),
                v.infoRequestNote.isEmpty() ? QString() : v.infoRequestNote,
                notes,
                v.reviewer >= 0 ? QString::number(staffProfile[size_t(v.reviewer)]) : QString(),
                ts(v.verifiedAt),
                ts(v.submittedAt),
                ts(v.verifiedAt.isValid()
                       ? v.verifiedAt
                       : (v.infoRequestedAt.isValid() ? v.infoRequestedAt : v.submittedAt)),
            };
            for (int f = 0; f < fields.size(); ++f) {
                if (f)
                    buffer += '\t';
                CopyIn::field(buffer, fields[f]);
            }
            buffer += '\n';
        }
        if (DbError e = copy.put(buffer); e.isError())
            return e;
        if (DbError e = copy.end(); e.isError())
            return e;

        // Audit trail and notifications for the decided ones, dated when they happened.
        const QStringList history{
            QStringLiteral(
                "INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail) "
                "SELECT v.verified_at, sl.login_role, "
                "       CASE v.status WHEN 'rejected' THEN 'verification.reject' ELSE 'verification.approve' "
                "END, "
                "       'compliance_verifications', v.id, v.workshop_id, "
                "       jsonb_build_object('from_status', 'pending', "
                "                          'to_status', CASE v.status WHEN 'rejected' THEN 'rejected' ELSE "
                "'approved' END, "
                "                          'reason_code', v.rejection_reason_code, 'note', v.rejection_note, "
                "                          'entity_type', v.entity_type, 'entity_id', v.entity_id, 'seeded', "
                "true) "
                "  FROM desk.compliance_verifications v JOIN desk.staff_logins sl ON sl.profile_id = "
                "v.verified_by "
                " WHERE v.status IN ('approved', 'rejected', 'expired') ORDER BY v.verified_at, v.id"),
            QStringLiteral(
                "INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail) "
                "SELECT (v.expiry_date + 1)::timestamp AT TIME ZONE 'America/Toronto' + interval '3 hours', "
                "       'adesk_owner', 'verification.expire', 'compliance_verifications', v.id, "
                "v.workshop_id, "
                "       jsonb_build_object('from_status', 'approved', 'to_status', 'expired', "
                "                          'expiry_date', v.expiry_date, 'entity_type', v.entity_type, "
                "                          'entity_id', v.entity_id, 'seeded', true) "
                "  FROM desk.compliance_verifications v WHERE v.status = 'expired' ORDER BY v.expiry_date, "
                "v.id"),
            QStringLiteral(
                "SELECT count(desk.notify_entity(v, CASE v.status WHEN 'expired' THEN 'expired' ELSE "
                "'approved' END, NULL)) "
                "  FROM (SELECT * FROM desk.compliance_verifications WHERE status IN ('approved', 'expired') "
                "         ORDER BY id) v"),
            QStringLiteral(
                "SELECT count(desk.notify_entity(v, 'rejected', concat_ws(' — ', "
                "           (SELECT CASE WHEN coalesce(m.preferred_language, o.preferred_language) = 'fr' "
                "                        THEN r.label_fr ELSE r.label_en END "
                "              FROM desk.rejection_reasons r WHERE r.code = v.rejection_reason_code), "
                "           v.rejection_note))) "
                "  FROM (SELECT * FROM desk.compliance_verifications WHERE status = 'rejected' ORDER BY id) "
                "v "
                "  LEFT JOIN desk.mechanics m ON v.entity_type = 'mechanic' AND m.id = v.entity_id "
                "  LEFT JOIN desk.organizations o ON v.entity_type <> 'mechanic' AND o.id = v.entity_id"),
            QStringLiteral(
                "SELECT count(desk.notify_entity(v, 'info_requested', v.info_request_note)) "
                "  FROM (SELECT * FROM desk.compliance_verifications WHERE info_requested_at IS NOT NULL "
                "         ORDER BY id) v"),
            QStringLiteral(
                "UPDATE desk.mechanic_notifications n "
                "   SET created_at = CASE WHEN n.notification_type = 'verification_expired' "
                "                         THEN (v.expiry_date + 1)::timestamp AT TIME ZONE 'America/Toronto' "
                "                              + interval '3 hours' "
                "                         WHEN n.notification_type = 'verification_info_requested' THEN "
                "v.info_requested_at "
                "                         ELSE v.verified_at END, "
                "       read = (v.status <> 'pending' AND coalesce(v.verified_at, v.submitted_at) "
                "               < now() - interval '14 days') "
                "  FROM desk.compliance_verifications v WHERE v.id = n.verification_id"),
        };
        if (DbError e = execAll(db, history); e.isError())
            return e;

        Summary summary;
        summary.organizations = int(orgId.size());
        summary.mechanics = int(mechId.size());
        summary.verifications = int(plan.verifications.size());
        summary.documents = int(plan.documents.size());
        // The rendered certificates' bytes into their documents rows: one COPY and one UPDATE.
        bool documentsDone = false;
        auto finishDocuments = [&]() -> DbError {
            documentsDone = true;
            beginRendering();
            finishRendering(plan, rendering);
            say(tr("seed-demo: rendered %1 documents in %2 ms")
                    .arg(plan.documents.size())
                    .arg(renderTimer.elapsed()));
            if (DbError e = execAll(db, {QStringLiteral("CREATE TEMP TABLE seed_document_bytes (id bigint, "
                                                        "content bytea) ON COMMIT DROP")});
                e.isError())
                return e;
            CopyIn bytesCopy(conn);
            if (DbError e = bytesCopy.begin("COPY seed_document_bytes (id, content) FROM STDIN"); e.isError())
                return e;
            for (size_t k = 0; k < plan.documents.size(); ++k) {
                if (!isRendered(plan.documents[k]))
                    continue;
                // bytea's hex input, its backslash escaped for COPY's text format.
                QByteArray row =
                    QByteArray::number(docId[k]) + "\t\\\\x" + plan.documents[k].bytes.toHex() + '\n';
                if (DbError e = bytesCopy.put(row); e.isError())
                    return e;
            }
            if (DbError e = bytesCopy.end(); e.isError())
                return e;
            return execAll(db,
                           {QStringLiteral("UPDATE desk.documents d SET content = b.content, size_bytes = "
                                           "octet_length(b.content), sha256 = sha256(b.content) "
                                           "FROM seed_document_bytes b WHERE d.id = b.id")});
        };

        // The features' demo data (bays, partnerships, earnings, T4A), in the same transaction.
        for (const FeatureDemoSeed &feature : featureDemoSeeds()) {
            if (part == Part::Core && feature.history)
                break; // the history features come last (demofeatures.h)
            // Not beside a feature that renders PDFs itself: they would compete for the font
            // engine and the cores with nothing gained (measured: the partnerships demo took 2.5x).
            if (!feature.rendersPdfs)
                beginRendering();
            if (feature.readsDocumentContent && !documentsDone)
                if (DbError e = finishDocuments(); e.isError())
                    return e;
            if (DbError e = seedFeature(db, feature, say); e.isError())
                return e;
        }
        if (!documentsDone)
            if (DbError e = finishDocuments(); e.isError())
                return e;
        if (!tx.commit())
            return tx.error();
        say(tr("seed-demo: loaded %1 verifications and %2 documents in %3 ms")
                .arg(summary.verifications)
                .arg(summary.documents)
                .arg(timer.elapsed()));
        return summary;
    }
}

Result<qint64> DemoSeeder::addScale(QSqlDatabase &db, qint64 rows, const Progress &progress) {
    auto say = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (DbError e = execAll(db, {QStringLiteral("SET LOCAL ROLE adesk_owner"),
                                 QStringLiteral("SET LOCAL search_path = desk, public"),
                                 QStringLiteral("SET LOCAL client_min_messages = warning"),
                                 // Fewer, larger flushes of the trigram index's pending list.
                                 QStringLiteral("SET LOCAL gin_pending_list_limit = '64MB'")});
        e.isError())
        return e;
    SqlQuery state(
        db, QStringLiteral("SELECT (SELECT count(*) FROM desk.mechanics), current_date, now(), "
                           "EXISTS (SELECT 1 FROM desk.staff_logins WHERE login_role = 'demo_admin')"));
    if (!state.exec()) {
        if (state.error().sqlState == u"42P01" || state.error().sqlState == u"3F000")
            return DbError::fromSqlState(
                state.error().sqlState,
                tr("--scale adds rows to the demo data set: run `migrate` and `seed-demo` "
                   "first."));
        return state.error();
    }
    state.next();
    if (!state.value(3).toBool())
        return DbError::fromSqlState(QStringLiteral("22023"),
                                     tr("--scale adds rows to the demo data set: run `seed-demo` first."));
    const qint64 existingMechanics = state.value(0).toLongLong();
    const QDate today = state.value(1).toDate();
    const QDateTime now = state.value(2).toDateTime().toUTC();
    Rng rng(0x5CA1E000ull + quint64(existingMechanics));

    // Extra mechanics to spread the rows over: one per 20 rows, up to 50,000.
    const qint64 extra = std::clamp<qint64>(rows / 20, rows > 0 ? 1 : 0, 50000);
    if (extra > 0) {
        if (DbError e =
                execAll(db, {QStringLiteral("CREATE TEMP TABLE scale_mechanics (seq integer, full_name text, "
                                            "email text, lang text, tier text, workshop_id bigint, "
                                            "city text, province text, postal_code text) ON COMMIT DROP")});
            e.isError())
            return e;
        // Workshops to affiliate with.
        SqlQuery ws(
            db, QStringLiteral("SELECT id, province, city, postal_code FROM desk.organizations ORDER BY id"));
        if (!ws.exec())
            return ws.error();
        struct Ws {
            qint64 id;
            QString province, city, postal;
        };
        std::vector<Ws> workshops;
        while (ws.next())
            workshops.push_back({ws.value(0).toLongLong(), ws.value(1).toString(), ws.value(2).toString(),
                                 ws.value(3).toString()});
        if (workshops.empty())
            return DbError::other(tr("the demo data set has no organizations"));
        CopyIn copy(nativeHandle(db));
        if (DbError e = copy.begin("COPY scale_mechanics FROM STDIN"); e.isError())
            return e;
        QByteArray buf;
        for (qint64 k = 0; k < extra; ++k) {
            const Ws &w = workshops[size_t(rng.next() % workshops.size())];
            const bool fr = w.province == u"QC";
            const QString first = fr ? u8(rng.pick(demo::kFirstNamesFr)) : u8(rng.pick(demo::kFirstNamesEn));
            const QString last = fr ? u8(rng.pick(demo::kLastNamesFr)) : u8(rng.pick(demo::kLastNamesEn));
            const int t = int(rng.between(0, 9));
            const QString tier =
                t < 5 ? QStringLiteral("virtual_only")
                      : (t < 9 ? QStringLiteral("workshop_affiliated") : QStringLiteral("virtual_only"));
            const QStringList f{
                QString::number(existingMechanics + k + 1),
                first + u' ' + last,
                QStringLiteral("mechanic%1@scale.theautodoctor.ca").arg(existingMechanics + k + 1),
                fr ? QStringLiteral("fr") : QStringLiteral("en"),
                tier,
                tier == u"workshop_affiliated" ? QString::number(w.id) : QString(),
                w.city,
                w.province,
                w.postal};
            for (int i = 0; i < f.size(); ++i) {
                if (i)
                    buf += '\t';
                CopyIn::field(buf, f[i]);
            }
            buf += '\n';
        }
        if (DbError e = copy.put(buf); e.isError())
            return e;
        if (DbError e = copy.end(); e.isError())
            return e;
        if (DbError e = execAll(
                db, {QStringLiteral(
                         "CREATE TEMP TABLE scale_profiles ON COMMIT DROP AS "
                         "WITH p AS (INSERT INTO desk.profiles (full_name, email, role, preferred_language) "
                         "SELECT full_name, email, 'mechanic', lang FROM scale_mechanics ORDER BY seq "
                         "RETURNING id, email) SELECT * FROM p"),
                     QStringLiteral(
                         "INSERT INTO desk.mechanics (profile_id, display_name, email, service_tier, "
                         "workshop_id, account_type, compliance_status, years_experience, city, province, "
                         "postal_code, preferred_language) "
                         "SELECT p.id, s.full_name, s.email, s.tier, s.workshop_id, "
                         "CASE WHEN s.workshop_id IS NULL THEN 'independent' ELSE 'workshop' END, "
                         "'pending', s.seq % 30, s.city, s.province, s.postal_code, s.lang "
                         "FROM scale_mechanics s JOIN scale_profiles p USING (email) ORDER BY s.seq")});
            e.isError())
            return e;
        say(tr("seed-demo: scale: added %1 mechanics").arg(extra));
    }

    // Entities and a few existing documents to point at.
    struct Target {
        QString type;
        qint64 id;
        qint64 workshop; // -1 = none
        QString name;
        QString province;
    };
    std::vector<Target> targets;
    SqlQuery ent(
        db, QStringLiteral(
                "SELECT 'mechanic', m.id, m.workshop_id, m.display_name, coalesce(m.province, o.province) "
                "  FROM desk.mechanics m LEFT JOIN desk.organizations o ON o.id = m.workshop_id "
                "UNION ALL SELECT organization_type, id, id, name, province FROM desk.organizations "
                "ORDER BY 1, 2"));
    if (!ent.exec())
        return ent.error();
    while (ent.next())
        targets.push_back({ent.value(0).toString(), ent.value(1).toLongLong(),
                           ent.value(2).isNull() ? -1 : ent.value(2).toLongLong(), ent.value(3).toString(),
                           ent.value(4).toString()});
    std::vector<std::pair<qint64, QString>> docs;
    SqlQuery dq(db,
                QStringLiteral("SELECT id, file_name FROM desk.documents WHERE mime_type = 'application/pdf' "
                               "ORDER BY id LIMIT 24"));
    if (!dq.exec())
        return dq.error();
    while (dq.next())
        docs.push_back({dq.value(0).toLongLong(), dq.value(1).toString()});
    SqlQuery admins(
        db, QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE desk_role = 'platform_admin' "
                           "ORDER BY login_role"));
    if (!admins.exec())
        return admins.error();
    std::vector<qint64> reviewers;
    while (admins.next())
        reviewers.push_back(admins.value(0).toLongLong());
    if (targets.empty() || reviewers.empty())
        return DbError::other(tr("the demo data set is incomplete (no entities or admins)"));

    CopyIn copy(nativeHandle(db));
    if (DbError e = copy.begin(
            "COPY desk.compliance_verifications (entity_type, entity_id, mechanic_id, workshop_id, "
            "verification_type, document_id, document_name, entity_name, province, "
            "license_number, policy_number, coverage_amount_cents, expiry_date, status, "
            "rejection_reason_code, verified_by, verified_at, submitted_at, updated_at) "
            "FROM STDIN");
        e.isError())
        return e;
    static const char *const mechTypes[] = {"business_license", "insurance", "employment", "certification"};
    static const char *const orgTypes[] = {"business_license", "insurance", "zoning", "ownership"};
    static const char *const reasons[] = {"expired",
                                          "name_mismatch",
                                          "poor_quality",
                                          "wrong_document",
                                          "insufficient_coverage",
                                          "missing_expiry_date",
                                          "missing_policy_number",
                                          "potentially_edited",
                                          "other"};
    static const char *const insurerPrefixes[] = {"MSI", "NTA", "ABV", "MGQ", "PHI", "PGM", "ASI"};
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QByteArray buf;
    buf.reserve(4 << 20);
    const qint64 step = std::max<qint64>(rows / 10, 1);
    for (qint64 r = 0; r < rows; ++r) {
        const Target &t = targets[size_t(rng.next() % targets.size())];
        const bool mech = t.type == u"mechanic";
        const QString type = u8(mech ? rng.pick(mechTypes) : rng.pick(orgTypes));
        const int roll = int(rng.between(0, 99));
        const QString status = roll < 30   ? QStringLiteral("pending")
                               : roll < 75 ? QStringLiteral("approved")
                               : roll < 87 ? QStringLiteral("rejected")
                                           : QStringLiteral("expired");
        qint64 submitted;
        if (status == u"pending")
            submitted = nowSecs - rng.between(60, 30 * 86400);
        else
            submitted = nowSecs - rng.between(31 * 86400, 3 * 365 * 86400);
        const QDateTime sub = QDateTime::fromSecsSinceEpoch(submitted, QTimeZone::utc());
        QDate expiry;
        const bool expires = type == u"insurance" || type == u"business_license";
        if (expires) {
            if (status == u"expired")
                expiry = today.addDays(-rng.between(1, 700));
            else
                expiry =
                    std::max(sub.date().addDays(rng.between(30, 400)), today.addDays(rng.between(1, 400)));
        }
        const bool decided = status != u"pending";
        const qint64 verified = submitted + rng.between(3600, 5 * 86400);
        const auto &doc =
            docs.empty() ? std::pair<qint64, QString>{-1, QString()} : docs[size_t(rng.next() % docs.size())];
        QString licence;
        QString policy;
        QString coverage;
        if (type == u"insurance") {
            policy =
                QStringLiteral("%1-%2-%3")
                    .arg(u8(rng.pick(insurerPrefixes)), mech ? QStringLiteral("PL") : QStringLiteral("GL"))
                    .arg(rng.between(1000000, 9999999));
            coverage = QString::number(rng.chance(80) ? 200000000 : (rng.chance(50) ? 500000000 : 100000000));
        } else if (type != u"employment" && type != u"ownership") {
            licence = QStringLiteral("%1-%2")
                          .arg(type == u"certification" ? QStringLiteral("RS") : QStringLiteral("BL"))
                          .arg(rng.between(100000, 999999));
        }
        const QString reason = status == u"rejected" ? u8(rng.pick(reasons)) : QString();
        const QString ts = QDateTime::fromSecsSinceEpoch(decided ? verified : submitted, QTimeZone::utc())
                               .toString(Qt::ISODate);
        const QStringList f{
            mech ? QStringLiteral("mechanic") : t.type,
            QString::number(t.id),
            mech ? QString::number(t.id) : QString(),
            t.workshop >= 0 ? QString::number(t.workshop) : QString(),
            type,
            doc.first >= 0 ? QString::number(doc.first) : QString(),
            doc.second.isEmpty() ? QString() : doc.second,
            t.name,
            t.province.isEmpty() ? QString() : t.province,
            licence.isEmpty() ? QString() : licence,
            policy.isEmpty() ? QString() : policy,
            coverage.isEmpty() ? QString() : coverage,
            expiry.isValid() ? expiry.toString(Qt::ISODate) : QString(),
            status,
            reason.isEmpty() ? QString() : reason,
            decided ? QString::number(reviewers[size_t(rng.next() % reviewers.size())]) : QString(),
            decided ? ts : QString(),
            sub.toString(Qt::ISODate),
            ts,
        };
        for (int i = 0; i < f.size(); ++i) {
            if (i)
                buf += '\t';
            CopyIn::field(buf, f[i]);
        }
        buf += '\n';
        if (buf.size() > (4 << 20) - 4096) {
            if (DbError e = copy.put(buf); e.isError())
                return e;
            buf.clear();
        }
        if ((r + 1) % step == 0 && rows >= 10000)
            say(tr("seed-demo: scale: %1/%2 rows sent (%3 s)")
                    .arg(r + 1)
                    .arg(rows)
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    if (!buf.isEmpty())
        if (DbError e = copy.put(buf); e.isError())
            return e;
    if (DbError e = copy.end(); e.isError())
        return e;
    if (!tx.commit())
        return tx.error();
    say(tr("seed-demo: scale: added %1 verifications in %2 s")
            .arg(rows)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return rows;
}

// ------------------------------------------------------------------------------------------------
// `autodoctor-desk seed-demo [--scale N]`
// ------------------------------------------------------------------------------------------------

int runSeedDemo(const BatchContext &ctx) {
    return runSeedDemoWithProgress(ctx, {});
}

int runSeedDemoWithProgress(const BatchContext &ctx, const std::function<void(const QString &)> &more,
                            DemoSeeder::Part part) {
    auto print = [](FILE *f, const QString &s) {
        std::fputs(s.toLocal8Bit().constData(), f);
        std::fputc('\n', f);
        std::fflush(f);
    };
    qint64 scale = -1;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        QString value;
        if (a == u"--scale" && i + 1 < ctx.args.size())
            value = ctx.args[++i];
        else if (a.startsWith(u"--scale="))
            value = a.mid(8);
        else {
            print(stderr, tr("seed-demo: unknown argument '%1'. Usage: seed-demo [--scale N]").arg(a));
            return 2;
        }
        bool ok = false;
        scale = value.toLongLong(&ok);
        if (!ok || scale < 0 || scale > 100'000'000) {
            print(stderr, tr("seed-demo: --scale needs a row count between 0 and 100000000"));
            return 2;
        }
    }
    const auto progress = [print, &more](const QString &line) {
        print(stdout, line);
        if (more)
            more(line);
    };
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("seed-demo")), 1);
    if (scale >= 0) {
        auto r = exec.run<qint64>([&](QSqlDatabase &db) { return DemoSeeder::addScale(db, scale, progress); },
                                  DbExecutor::Retry::Never)
                     .result();
        if (!r.ok()) {
            print(stderr, tr("seed-demo: %1").arg(r.error().serverMessage));
            return 1;
        }
        return 0;
    }
    if (ctx.demo && part != DemoSeeder::Part::History) {
        // `--demo seed-demo`: the embedded cluster seeds itself on first use; say so, do not fail.
        auto seeded = exec.run<bool>([](QSqlDatabase &db) { return DemoSeeder::isSeeded(db); }).result();
        if (seeded.ok() && seeded.value()) {
            print(stdout, tr("seed-demo: the demo data set is already loaded in the demo database"));
            return 0;
        }
    }
    auto r =
        exec.run<DemoSeeder::Summary>([&](QSqlDatabase &db) { return DemoSeeder::seed(db, progress, part); },
                                      DbExecutor::Retry::Never)
            .result();
    if (!r.ok()) {
        print(stderr, tr("seed-demo: %1").arg(r.error().serverMessage));
        return 1;
    }
    if (part == DemoSeeder::Part::History)
        return 0; // its logins came with the core part
    print(stdout,
          tr("seed-demo: demo logins (password \"demo\"): %1").arg(DemoSeeder::loginRoles().join(u", ")));
    return 0;
}

} // namespace adesk
