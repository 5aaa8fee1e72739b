#include "models/partnerships/partnershiptypes.h"

namespace adesk {

namespace {

struct Category {
    const char *code;
    const char *label;
};

constexpr Category kCategories[] = {
    {"brakes", QT_TRANSLATE_NOOP("Partnerships", "Brakes")},
    {"diagnostics", QT_TRANSLATE_NOOP("Partnerships", "Diagnostics")},
    {"electrical", QT_TRANSLATE_NOOP("Partnerships", "Electrical")},
    {"engine", QT_TRANSLATE_NOOP("Partnerships", "Engine")},
    {"hvac", QT_TRANSLATE_NOOP("Partnerships", "Heating and air conditioning")},
    {"suspension", QT_TRANSLATE_NOOP("Partnerships", "Suspension")},
    {"tires", QT_TRANSLATE_NOOP("Partnerships", "Tires")},
    {"transmission", QT_TRANSLATE_NOOP("Partnerships", "Transmission")},
};

} // namespace

QString categoryLabel(const QString &category) {
    for (const Category &c : kCategories)
        if (category == QLatin1StringView(c.code))
            return QCoreApplication::translate("Partnerships", c.label);
    return category;
}

QString categoryFromLabel(const QString &text) {
    const QString t = text.trimmed();
    for (const Category &c : kCategories) {
        if (t.compare(QCoreApplication::translate("Partnerships", c.label), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1StringView(c.label), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(c.code);
    }
    return text;
}

} // namespace adesk
