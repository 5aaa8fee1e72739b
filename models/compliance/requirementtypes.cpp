#include "models/compliance/requirementtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adesk {

QString entityTypeOfPath(RequirementPath path) {
    switch (path) {
    case RequirementPath::Independent:
    case RequirementPath::WorkshopAffiliated:
    case RequirementPath::LicensedMobile:
        return QStringLiteral("mechanic");
    case RequirementPath::Workshop:
        return QStringLiteral("workshop");
    case RequirementPath::MobileService:
        return QStringLiteral("mobile_service");
    }
    return {};
}

ApprovalEffect ApprovalEffect::fromJson(const QByteArray &json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ApprovalEffect e;
    e.code = o.value(u"code").toString();
    e.entityType = o.value(u"entity_type").toString();
    e.tier = fromCode<RequirementPath>(o.value(u"tier").toString());
    e.count = o.value(u"count").toInt();
    for (const QJsonValue &v : o.value(u"types").toArray())
        e.types << v.toString();
    e.status = o.value(u"status").toString();
    return e;
}

QString approvalEffectSentence(const ApprovalEffect &e) {
    if (e.code == u"completes") {
        if (!e.tier)
            return QCoreApplication::translate("Requirements", "Approving completes the requirements.");
        switch (*e.tier) {
        case RequirementPath::WorkshopAffiliated:
            return QCoreApplication::translate(
                "Requirements",
                "Approving completes the requirements: the mechanic becomes workshop-affiliated.");
        case RequirementPath::LicensedMobile:
            return QCoreApplication::translate(
                "Requirements",
                "Approving completes the requirements: the mechanic becomes a licensed mobile mechanic.");
        case RequirementPath::Independent:
            return QCoreApplication::translate(
                "Requirements",
                "Approving completes the requirements: the independent mechanic becomes compliant and may "
                "join partnership programs.");
        case RequirementPath::Workshop:
            return QCoreApplication::translate("Requirements",
                                               "Approving completes the workshop's requirements.");
        case RequirementPath::MobileService:
            return QCoreApplication::translate("Requirements",
                                               "Approving completes the mobile service's requirements.");
        }
    }
    if (e.code == u"still_missing") {
        QStringList labels;
        for (const QString &t : e.types)
            labels << verification::typeLabel(verification::typeFromSql(t)).toLower();
        return QCoreApplication::translate("Requirements", "Approving leaves %n item(s) missing: %1.",
                                           nullptr, e.count)
            .arg(labels.join(QStringLiteral(", ")));
    }
    if (e.code == u"renews")
        return QCoreApplication::translate("Requirements", "Approving renews a document already approved.");
    if (e.code == u"not_required")
        return QCoreApplication::translate(
            "Requirements",
            "This document is not required of this entity: approving it changes no requirement.");
    if (e.code == u"decided")
        return QCoreApplication::translate("Requirements", "This document is already decided.");
    return {};
}

QString checklistStateText(const ChecklistItem &item) {
    if (item.state == ChecklistState::Expiring && item.daysLeft)
        return QCoreApplication::translate("Requirements", "Expiring in %n day(s)", nullptr, *item.daysLeft);
    return labelOf(item.state);
}

} // namespace adesk
