#include "models/matching/matchingtypes.h"

#include <QLocale>

namespace adesk::matching {

namespace {
QString t(const char *text) {
    return QCoreApplication::translate("adesk::matching", text);
}
} // namespace

Bounds boundsOf(const QString &unit) {
    if (unit == u"points")
        return {0, 200};
    if (unit == u"km")
        return {1, 2000};
    if (unit == u"seconds")
        return {30, 3600};
    if (unit == u"count")
        return {1, 100};
    return {0, 50}; // years
}

QString sessionTypeText(const QString &code) {
    if (code == u"chat")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Chat"));
    if (code == u"video")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Video"));
    if (code == u"workshop_visit")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Workshop visit"));
    return code;
}

QString routingText(const QString &code) {
    if (code == u"workshop_only")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Workshop only"));
    if (code == u"hybrid")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Workshop first"));
    if (code == u"broadcast")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Everyone"));
    return code;
}

QString methodText(const QString &code) {
    if (code == u"selected")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Chosen mechanic"));
    if (code == u"priority_broadcast")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Favourite first"));
    if (code == u"smart_broadcast")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Best matches"));
    if (code == u"broadcast")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "All available"));
    return code;
}

QString statusText(const QString &code) {
    if (code == u"pending")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Waiting"));
    if (code == u"accepted")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Accepted"));
    if (code == u"expired")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Expired"));
    if (code == u"cancelled")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Cancelled"));
    return code;
}

QString fallbackText(const QString &code) {
    if (code.isEmpty())
        return t(QT_TRANSLATE_NOOP("adesk::matching", "None"));
    if (code == u"selected_no_response")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Chosen mechanic did not answer"));
    if (code == u"no_local_mechanic")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "No local mechanic"));
    if (code == u"no_brand_specialist_local")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "No local specialist"));
    if (code == u"workshop_unavailable")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Workshop unavailable"));
    return code;
}

QString responseText(const QString &code) {
    if (code.isEmpty())
        return t(QT_TRANSLATE_NOOP("adesk::matching", "No answer yet"));
    if (code == u"accepted")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Accepted"));
    if (code == u"declined")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Declined"));
    if (code == u"timed_out")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "No answer in time"));
    if (code == u"withdrawn")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Withdrawn"));
    return code;
}

/// The matching rule @p code (desk.matching_rules, migrations 0023 and 0025) in words: its name,
/// or with @p note its description; an unknown code (a rule added later) gives an empty string.
QString ruleText(const QString &code, bool note) {
    if (code == u"fsa_same_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Same FSA (first three characters of the postal code)"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Same FSA"));
    if (code == u"fsa_region_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Same first two characters of the FSA"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Same FSA region"));
    if (code == u"fsa_province_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Same first letter of the postal code (province or region)"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Same first letter"));
    if (code == u"distance_same_fsa_km")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Approximate distance within one FSA"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Distance within an FSA"));
    if (code == u"distance_region_km")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Approximate distance within the first two characters"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Distance within a region"));
    if (code == u"distance_province_km")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Approximate distance within the first letter"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Distance within a first letter"));
    if (code == u"distance_unknown_km")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Distance when the postal codes share nothing or one is missing"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Unknown distance"));
    if (code == u"local_radius_km")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "A mechanic within this distance is a local match"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Local radius"));
    if (code == u"available_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Mechanic online and available now"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Available now"));
    if (code == u"brand_specialist_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Specialises in the vehicle's make"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Brand specialist"));
    if (code == u"keyword_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Per service keyword of the concern that the mechanic lists"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Service keyword"));
    if (code == u"keyword_max_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Cap on the service keyword points"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Service keywords at most"));
    if (code == u"rating_points_per_star")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "Per star of the mechanic's rating (5 stars: 20 points)"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Rating"));
    if (code == u"experience_points_per_year")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Per year of experience"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Experience"));
    if (code == u"experience_max_years")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Years of experience counted at most"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Experience counted at most"));
    if (code == u"favourite_points")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "The customer's favourite mechanic"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Favourite"));
    if (code == u"selected_window_seconds")
        return note ? t(QT_TRANSLATE_NOOP(
                          "adesk::matching",
                          "Time the selected or favourite mechanic has alone before the fallback"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Exclusive window"));
    if (code == u"broadcast_top_n")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching", "Mechanics notified by a smart broadcast"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Smart broadcast size"));
    if (code == u"request_expiry_seconds")
        return note ? t(QT_TRANSLATE_NOOP("adesk::matching",
                                          "A request nobody accepted expires this long after its creation"))
                    : t(QT_TRANSLATE_NOOP("adesk::matching", "Request expiry"));
    return {};
}

QString unitText(const QString &unit) {
    if (unit == u"points")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "points"));
    if (unit == u"km")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "km"));
    if (unit == u"seconds")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "seconds"));
    if (unit == u"count")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "mechanics"));
    if (unit == u"years")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "years"));
    return unit;
}

QString valueText(const QString &unit, int value) {
    const auto n = [value](const char *text) {
        return QCoreApplication::translate("adesk::matching", text, nullptr, value);
    };
    if (unit == u"points")
        return n(QT_TRANSLATE_N_NOOP("adesk::matching", "%Ln point(s)"));
    if (unit == u"km")
        return n(QT_TRANSLATE_N_NOOP("adesk::matching", "%Ln km"));
    if (unit == u"seconds")
        return n(QT_TRANSLATE_N_NOOP("adesk::matching", "%Ln second(s)"));
    if (unit == u"count")
        return n(QT_TRANSLATE_N_NOOP("adesk::matching", "%Ln mechanic(s)"));
    if (unit == u"years")
        return n(QT_TRANSLATE_N_NOOP("adesk::matching", "%Ln year(s)"));
    return QLocale().toString(value) + u' ' + unit;
}

QString reasonText(const QString &reason) {
    const QString code = reason.section(u':', 0, 0);
    const QString arg = reason.section(u':', 1);
    if (code == u"favourite")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "The customer's favourite"));
    if (code == u"available")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Available now"));
    if (code == u"same_fsa")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Same area (%1)")).arg(arg);
    if (code == u"nearby")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Nearby (about %1 km)")).arg(arg);
    if (code == u"same_province")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Same region (%1)")).arg(arg);
    if (code == u"brand_specialist")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "%1 specialist")).arg(arg);
    if (code == u"keyword")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Knows \"%1\"")).arg(arg);
    if (code == u"rating")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "Rated %1"))
            .arg(QLocale().toString(arg.toDouble() / 10.0, 'f', 1));
    if (code == u"experience")
        return t(QT_TRANSLATE_NOOP("adesk::matching", "%1 years of experience")).arg(arg);
    return reason;
}

} // namespace adesk::matching
