#pragma once

#include "models/common/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adesk {

/// The terms of one version of a partnership program (desk.partnership_program_versions) plus the
/// program's own fields (name, description, type, max partners). Money in cents, shares in basis
/// points of a job's gross: platformFeeBp + workshopShareBp + mechanicShareBp = 10000, i.e. the
/// workshop and mechanic shares add up to 100 % of what remains after the platform fee (the
/// database CHECK program_versions_shares_add_up holds the same rule).
struct ProgramTerms {
    Q_DECLARE_TR_FUNCTIONS(adesk::ProgramTerms)
public:
    enum class Type { BayRental, RevenueShare, Membership };
    enum class Status { Draft, Published, Paused, Closed };

    QString name;
    QString description;
    /// The program's French texts (a Quebec workshop's program is not offered without nameFr and
    /// termsHtmlFr: desk.require_program_french); French agreements use them.
    QString nameFr;
    QString descriptionFr;
    QString termsHtmlFr;
    Type type = Type::RevenueShare;
    int maxPartners = 0; ///< 0 = no limit
    QString termsHtml;
    qint64 bayRateHourCents = 0; ///< 0 = not offered (bay rental)
    qint64 bayRateDayCents = 0;
    qint64 bayRateMonthCents = 0;
    /// The workshop's platform fee on the version's date: the database sets it when the version is
    /// written (trigger program_versions_fee) whatever the client sends; the editor shows the one
    /// desk.workshop_platform_fee gives for that date.
    int platformFeeBp = 2000;
    int workshopShareBp = 0;
    int mechanicShareBp = 8000;
    qint64 membershipFeeCents = 0;
    int includedBayHours = 0;
    qint64 overageRateHourCents = 0;
    int minRatingBp = 0; ///< 0 = no minimum; 45000 = 4.5 stars
    int minYearsExperience = 0;
    QStringList requiredCertifications; ///< red_seal | provincial_certificate | business_license | insurance
    QStringList eligibleServiceTiers;   ///< empty = any tier

    bool operator==(const ProgramTerms &) const = default;

    /// One problem found while typing: the field (a key of toJson()) and a translated sentence.
    struct Issue {
        QString field;
        QString message;
    };
    /// Everything the database would refuse, checked as the owner types.
    QList<Issue> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// Keys as desk.save_program expects them (column names).
    QJsonObject toJson() const;
    static ProgramTerms fromJson(const QJsonObject &o);

    static QString typeToSql(Type t);
    static Type typeFromSql(const QString &s);
    static QString statusToSql(Status s);
    static Status statusFromSql(const QString &s);
    static QString typeLabel(Type t);
    static QString statusLabel(Status s);
    static QString certificationLabel(const QString &code);
    static QString tierLabel(const QString &code);
    /// Plain-language reason for a code of desk.mechanic_ineligibility ("rating", "cert:red_seal", …).
    static QString ineligibilityLabel(const QString &code);
    static QStringList certificationCodes();
    static QStringList tierCodes();
    /// "4.5" from 45000.
    static QString ratingText(int ratingBp);
};

} // namespace adesk
Q_DECLARE_METATYPE(adesk::ProgramTerms)
