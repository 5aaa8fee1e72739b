#pragma once

#include <QLocale>
#include <QString>

namespace adesk {

/// The name to show for something named in both languages (a partnership program's name and
/// name_fr): the French one when the interface is French (the default locale the translator sets)
/// and it is not empty, else the English one.
inline QString localizedName(const QString &name, const QString &nameFr) {
    return QLocale().language() == QLocale::French && !nameFr.trimmed().isEmpty() ? nameFr : name;
}

} // namespace adesk
