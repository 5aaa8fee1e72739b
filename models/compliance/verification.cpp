#include "models/compliance/verification.h"

#include <QCoreApplication>

namespace adesk::verification {

Status statusFromSql(const QString &s) {
    if (s == u"approved")
        return Status::Approved;
    if (s == u"rejected")
        return Status::Rejected;
    if (s == u"expired")
        return Status::Expired;
    if (s == u"superseded")
        return Status::Superseded;
    return Status::Pending;
}

QString statusToSql(Status s) {
    switch (s) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

QString statusLabel(Status s) {
    switch (s) {
    case Status::Pending:
        return QCoreApplication::translate("Verification", "Pending");
    case Status::Approved:
        return QCoreApplication::translate("Verification", "Approved");
    case Status::Rejected:
        return QCoreApplication::translate("Verification", "Rejected");
    case Status::Expired:
        return QCoreApplication::translate("Verification", "Expired");
    case Status::Superseded:
        return QCoreApplication::translate("Verification", "Superseded");
    }
    return {};
}

Type typeFromSql(const QString &s) {
    if (s == u"insurance")
        return Type::Insurance;
    if (s == u"zoning")
        return Type::Zoning;
    if (s == u"certification")
        return Type::Certification;
    if (s == u"employment")
        return Type::Employment;
    if (s == u"ownership")
        return Type::Ownership;
    if (s == u"environmental_compliance")
        return Type::EnvironmentalCompliance;
    if (s == u"mvis_license")
        return Type::MvisLicense;
    return Type::BusinessLicense;
}

QString typeToSql(Type t) {
    switch (t) {
    case Type::BusinessLicense:
        return QStringLiteral("business_license");
    case Type::Insurance:
        return QStringLiteral("insurance");
    case Type::Zoning:
        return QStringLiteral("zoning");
    case Type::Certification:
        return QStringLiteral("certification");
    case Type::Employment:
        return QStringLiteral("employment");
    case Type::Ownership:
        return QStringLiteral("ownership");
    case Type::EnvironmentalCompliance:
        return QStringLiteral("environmental_compliance");
    case Type::MvisLicense:
        return QStringLiteral("mvis_license");
    }
    return {};
}

QString typeLabel(Type t) {
    switch (t) {
    case Type::BusinessLicense:
        return QCoreApplication::translate("Verification", "Business licence");
    case Type::Insurance:
        return QCoreApplication::translate("Verification", "Insurance");
    case Type::Zoning:
        return QCoreApplication::translate("Verification", "Zoning");
    case Type::Certification:
        return QCoreApplication::translate("Verification", "Certification");
    case Type::Employment:
        return QCoreApplication::translate("Verification", "Employment");
    case Type::Ownership:
        return QCoreApplication::translate("Verification", "Ownership");
    case Type::EnvironmentalCompliance:
        return QCoreApplication::translate("Verification", "Environmental compliance");
    case Type::MvisLicense:
        return QCoreApplication::translate("Verification", "MVIS licence");
    }
    return {};
}

const QList<Type> &allTypes() {
    static const QList<Type> types = {Type::BusinessLicense,         Type::Insurance,  Type::Zoning,
                                      Type::Certification,           Type::Employment, Type::Ownership,
                                      Type::EnvironmentalCompliance, Type::MvisLicense};
    return types;
}

EntityType entityTypeFromSql(const QString &s) {
    if (s == u"workshop")
        return EntityType::Workshop;
    if (s == u"mobile_service")
        return EntityType::MobileService;
    return EntityType::Mechanic;
}

QString entityTypeToSql(EntityType e) {
    switch (e) {
    case EntityType::Mechanic:
        return QStringLiteral("mechanic");
    case EntityType::Workshop:
        return QStringLiteral("workshop");
    case EntityType::MobileService:
        return QStringLiteral("mobile_service");
    }
    return {};
}

QString entityTypeLabel(EntityType e) {
    switch (e) {
    case EntityType::Mechanic:
        return QCoreApplication::translate("Verification", "Mechanic");
    case EntityType::Workshop:
        return QCoreApplication::translate("Verification", "Workshop");
    case EntityType::MobileService:
        return QCoreApplication::translate("Verification", "Mobile service");
    }
    return {};
}

const QStringList &provinceCodes() {
    static const QStringList codes = {QStringLiteral("AB"), QStringLiteral("BC"), QStringLiteral("MB"),
                                      QStringLiteral("NB"), QStringLiteral("NL"), QStringLiteral("NS"),
                                      QStringLiteral("NT"), QStringLiteral("NU"), QStringLiteral("ON"),
                                      QStringLiteral("PE"), QStringLiteral("QC"), QStringLiteral("SK"),
                                      QStringLiteral("YT")};
    return codes;
}

QString provinceName(const QString &code) {
    static const char *const names[][2] = {
        {"AB", QT_TRANSLATE_NOOP("Verification", "Alberta")},
        {"BC", QT_TRANSLATE_NOOP("Verification", "British Columbia")},
        {"MB", QT_TRANSLATE_NOOP("Verification", "Manitoba")},
        {"NB", QT_TRANSLATE_NOOP("Verification", "New Brunswick")},
        {"NL", QT_TRANSLATE_NOOP("Verification", "Newfoundland and Labrador")},
        {"NS", QT_TRANSLATE_NOOP("Verification", "Nova Scotia")},
        {"NT", QT_TRANSLATE_NOOP("Verification", "Northwest Territories")},
        {"NU", QT_TRANSLATE_NOOP("Verification", "Nunavut")},
        {"ON", QT_TRANSLATE_NOOP("Verification", "Ontario")},
        {"PE", QT_TRANSLATE_NOOP("Verification", "Prince Edward Island")},
        {"QC", QT_TRANSLATE_NOOP("Verification", "Quebec")},
        {"SK", QT_TRANSLATE_NOOP("Verification", "Saskatchewan")},
        {"YT", QT_TRANSLATE_NOOP("Verification", "Yukon")},
    };
    for (const auto &n : names) {
        if (code == QLatin1String(n[0]))
            return QCoreApplication::translate("Verification", n[1]);
    }
    return code;
}

} // namespace adesk::verification
