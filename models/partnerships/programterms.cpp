#include "models/partnerships/programterms.h"

#include "models/common/basispoints.h"

#include <QJsonArray>

namespace adesk {

QList<ProgramTerms::Issue> ProgramTerms::validate() const {
    QList<Issue> out;
    if (name.trimmed().isEmpty())
        out.append({QStringLiteral("name"), tr("Give the program a name.")});
    else if (name.trimmed().size() > 120)
        out.append({QStringLiteral("name"), tr("The name is longer than 120 characters.")});
    if (maxPartners < 0)
        out.append(
            {QStringLiteral("max_partners"), tr("The maximum number of partners cannot be negative.")});
    if (workshopShareBp < 0 || mechanicShareBp < 0 || workshopShareBp > 10000 || mechanicShareBp > 10000)
        out.append({QStringLiteral("workshop_share_bp"), tr("Shares must be between 0 % and 100 %.")});
    const int remaining = 10000 - platformFeeBp;
    if (workshopShareBp + mechanicShareBp != remaining)
        out.append({QStringLiteral("mechanic_share_bp"),
                    tr("The workshop and mechanic shares add up to %1 but must add up to %2 "
                       "(100 % of what remains after the %3 platform fee).")
                        .arg(BasisPoints(workshopShareBp + mechanicShareBp).toString(),
                             BasisPoints(remaining).toString(), BasisPoints(platformFeeBp).toString())});
    switch (type) {
    case Type::BayRental:
        if (bayRateHourCents < 0 || bayRateDayCents < 0 || bayRateMonthCents < 0)
            out.append({QStringLiteral("bay_rate_hour_cents"), tr("Bay prices must be positive.")});
        if (bayRateHourCents <= 0 && bayRateDayCents <= 0 && bayRateMonthCents <= 0)
            out.append({QStringLiteral("bay_rate_hour_cents"),
                        tr("Set a bay price per hour, per day or per month.")});
        if (workshopShareBp != 0)
            out.append(
                {QStringLiteral("workshop_share_bp"),
                 tr("In a bay rental the mechanic keeps the job revenue: the workshop's share is 0 %.")});
        break;
    case Type::Membership:
        if (membershipFeeCents <= 0)
            out.append(
                {QStringLiteral("membership_fee_cents"), tr("Set a positive monthly membership fee.")});
        if (includedBayHours < 0 || includedBayHours > 744)
            out.append({QStringLiteral("included_bay_hours"),
                        tr("Included bay-hours must be between 0 and 744 a month.")});
        if (overageRateHourCents <= 0)
            out.append({QStringLiteral("overage_rate_hour_cents"),
                        tr("Set a positive hourly rate for bay-hours beyond those included.")});
        break;
    case Type::RevenueShare:
        break;
    }
    if (minRatingBp < 0 || minRatingBp > 50000)
        out.append({QStringLiteral("min_rating_bp"), tr("The minimum rating is between 0 and 5 stars.")});
    if (minYearsExperience < 0 || minYearsExperience > 70)
        out.append({QStringLiteral("min_years_experience"), tr("Years of experience are between 0 and 70.")});
    return out;
}

namespace {
QJsonValue centsOrNull(qint64 c) {
    return c > 0 ? QJsonValue(c) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject ProgramTerms::toJson() const {
    QJsonObject o;
    o[u"name"] = name.trimmed();
    o[u"description"] = description;
    o[u"program_type"] = typeToSql(type);
    o[u"max_partners"] = maxPartners > 0 ? QJsonValue(maxPartners) : QJsonValue(QJsonValue::Null);
    o[u"terms_html"] = termsHtml;
    o[u"name_fr"] = nameFr.trimmed();
    o[u"description_fr"] = descriptionFr;
    o[u"terms_html_fr"] = termsHtmlFr;
    const bool bay = type == Type::BayRental;
    const bool member = type == Type::Membership;
    o[u"bay_rate_hour_cents"] = bay ? centsOrNull(bayRateHourCents) : QJsonValue(QJsonValue::Null);
    o[u"bay_rate_day_cents"] = bay ? centsOrNull(bayRateDayCents) : QJsonValue(QJsonValue::Null);
    o[u"bay_rate_month_cents"] = bay ? centsOrNull(bayRateMonthCents) : QJsonValue(QJsonValue::Null);
    o[u"workshop_share_bp"] = workshopShareBp;
    o[u"mechanic_share_bp"] = mechanicShareBp;
    o[u"membership_fee_cents"] = member ? centsOrNull(membershipFeeCents) : QJsonValue(QJsonValue::Null);
    o[u"included_bay_hours"] = member ? QJsonValue(includedBayHours) : QJsonValue(QJsonValue::Null);
    o[u"overage_rate_hour_cents"] = member ? centsOrNull(overageRateHourCents) : QJsonValue(QJsonValue::Null);
    o[u"min_rating_bp"] = minRatingBp > 0 ? QJsonValue(minRatingBp) : QJsonValue(QJsonValue::Null);
    o[u"min_years_experience"] = minYearsExperience;
    o[u"required_certifications"] = QJsonArray::fromStringList(requiredCertifications);
    o[u"eligible_service_tiers"] = QJsonArray::fromStringList(eligibleServiceTiers);
    return o;
}

ProgramTerms ProgramTerms::fromJson(const QJsonObject &o) {
    ProgramTerms t;
    t.name = o.value(u"program_name").toString(o.value(u"name").toString());
    t.description = o.value(u"program_description").toString(o.value(u"description").toString());
    t.type = typeFromSql(o.value(u"program_type").toString());
    t.maxPartners = o.value(u"max_partners").toInt();
    t.termsHtml = o.value(u"terms_html").toString();
    t.nameFr = o.value(u"program_name_fr").toString(o.value(u"name_fr").toString());
    t.descriptionFr = o.value(u"program_description_fr").toString(o.value(u"description_fr").toString());
    t.termsHtmlFr = o.value(u"terms_html_fr").toString();
    t.bayRateHourCents = o.value(u"bay_rate_hour_cents").toInteger();
    t.bayRateDayCents = o.value(u"bay_rate_day_cents").toInteger();
    t.bayRateMonthCents = o.value(u"bay_rate_month_cents").toInteger();
    t.platformFeeBp = o.value(u"platform_fee_bp").toInt(2000);
    t.workshopShareBp = o.value(u"workshop_share_bp").toInt();
    t.mechanicShareBp = o.value(u"mechanic_share_bp").toInt();
    t.membershipFeeCents = o.value(u"membership_fee_cents").toInteger();
    t.includedBayHours = o.value(u"included_bay_hours").toInt();
    t.overageRateHourCents = o.value(u"overage_rate_hour_cents").toInteger();
    t.minRatingBp = o.value(u"min_rating_bp").toInt();
    t.minYearsExperience = o.value(u"min_years_experience").toInt();
    for (const QJsonValue &v : o.value(u"required_certifications").toArray())
        t.requiredCertifications << v.toString();
    for (const QJsonValue &v : o.value(u"eligible_service_tiers").toArray())
        t.eligibleServiceTiers << v.toString();
    return t;
}

QString ProgramTerms::typeToSql(Type t) {
    switch (t) {
    case Type::BayRental:
        return QStringLiteral("bay_rental");
    case Type::RevenueShare:
        return QStringLiteral("revenue_share");
    case Type::Membership:
        return QStringLiteral("membership");
    }
    return {};
}

ProgramTerms::Type ProgramTerms::typeFromSql(const QString &s) {
    if (s == u"bay_rental")
        return Type::BayRental;
    if (s == u"membership")
        return Type::Membership;
    return Type::RevenueShare;
}

QString ProgramTerms::statusToSql(Status s) {
    switch (s) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Published:
        return QStringLiteral("published");
    case Status::Paused:
        return QStringLiteral("paused");
    case Status::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

ProgramTerms::Status ProgramTerms::statusFromSql(const QString &s) {
    if (s == u"published")
        return Status::Published;
    if (s == u"paused")
        return Status::Paused;
    if (s == u"closed")
        return Status::Closed;
    return Status::Draft;
}

QString ProgramTerms::typeLabel(Type t) {
    switch (t) {
    case Type::BayRental:
        return tr("Bay rental");
    case Type::RevenueShare:
        return tr("Revenue share");
    case Type::Membership:
        return tr("Membership");
    }
    return {};
}

QString ProgramTerms::statusLabel(Status s) {
    switch (s) {
    case Status::Draft:
        return tr("Draft");
    case Status::Published:
        return tr("Published");
    case Status::Paused:
        return tr("Paused");
    case Status::Closed:
        return tr("Closed");
    }
    return {};
}

QStringList ProgramTerms::certificationCodes() {
    return {QStringLiteral("red_seal"), QStringLiteral("provincial_certificate"),
            QStringLiteral("business_license"), QStringLiteral("insurance")};
}

QStringList ProgramTerms::tierCodes() {
    return {QStringLiteral("virtual_only"), QStringLiteral("workshop_affiliated"),
            QStringLiteral("licensed_mobile")};
}

QString ProgramTerms::certificationLabel(const QString &code) {
    if (code == u"red_seal")
        return tr("Red Seal");
    if (code == u"provincial_certificate")
        return tr("Provincial certificate of qualification");
    if (code == u"business_license")
        return tr("Business licence");
    if (code == u"insurance")
        return tr("Liability insurance");
    return code;
}

QString ProgramTerms::tierLabel(const QString &code) {
    if (code == u"virtual_only")
        return tr("Virtual only");
    if (code == u"workshop_affiliated")
        return tr("Workshop-affiliated");
    if (code == u"licensed_mobile")
        return tr("Licensed mobile");
    return code;
}

QString ProgramTerms::ineligibilityLabel(const QString &code) {
    if (code == u"compliance")
        return tr("compliance not approved");
    if (code == u"rating")
        return tr("rating below the minimum");
    if (code == u"experience")
        return tr("not enough years of experience");
    if (code == u"tier")
        return tr("service tier not eligible");
    if (code.startsWith(u"cert:"))
        return tr("missing %1").arg(certificationLabel(code.mid(5)));
    return code;
}

QString ProgramTerms::ratingText(int ratingBp) {
    return QLocale().toString(double(ratingBp) / 10000.0, 'f', 1);
}

} // namespace adesk
